package cn.gov.gansu.gaoxin.reporting;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.gansu.gaoxin.shared.pdf.Pdf;

/**
 * 高新区年度报告 as PDF (issue 12 item 7), built from the same {@link ZoneProfiles.Profile}s as the
 * Excel report and the page: first the zones compared, one bar chart for every figure that at least
 * two zones report as a number, not all zero (amounts in 元 shown in 万元; a zone without the figure reads 未报送,
 * never 0), then each zone's year clause by clause. Pure: profiles in, bytes out.
 */
final class AnnualReportPdf {

    /** At most this many comparison charts (the 21 clauses report a few dozen figures). */
    static final int MAX_CHARTS = 24;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private AnnualReportPdf() {
    }

    static void write(List<ZoneProfiles.Profile> profiles, int year, String generatedOn, OutputStream out) {
        try (Pdf pdf = Pdf.a4(out, "高新区年度报告（" + year + "年度）")) {
            pdf.heading("甘肃省高新区高质量发展年度报告（" + year + "年度）")
                    .note("收录高新区 " + profiles.size() + " 个　　生成日期：" + generatedOn);
            if (profiles.isEmpty()) {
                pdf.paragraph("数据范围内没有高新区。", false);
                return;
            }
            if (profiles.size() == 1) {
                zone(pdf, profiles.get(0), year);
                return;
            }
            List<Figure> figures = figures(profiles);
            pdf.section("一、各高新区主要数据对比");
            if (figures.isEmpty()) {
                pdf.paragraph("本年度各高新区尚无可比较的数值。", false);
            }
            for (Figure f : figures.subList(0, Math.min(MAX_CHARTS, figures.size()))) {
                pdf.barChart("第" + f.clause() + "条 · " + f.title(), f.zones(), f.values(), f.unit());
            }
            if (figures.size() > MAX_CHARTS) {
                pdf.remark("另有 " + (figures.size() - MAX_CHARTS) + " 项数值见各高新区分条情况及 Excel 版年度报告。");
            }
            pdf.newPage().section("二、各高新区分条情况");
            boolean first = true;
            for (ZoneProfiles.Profile p : profiles) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                zone(pdf, p, year);
            }
        }
    }

    /** One zone's year, clause by clause, with the note on what — means. */
    private static void zone(Pdf pdf, ZoneProfiles.Profile p, int year) {
        pdf.section(p.zoneName() + " · " + year + "年度");
        List<List<String>> rows = new ArrayList<>();
        for (ZoneProfiles.Clause c : p.clauses()) {
            if (c.items().isEmpty()) {
                rows.add(List.of("第" + c.clause() + "条", c.title(), "本年无记录", ""));
            }
            for (ZoneProfiles.Line l : c.items()) {
                rows.add(List.of("第" + c.clause() + "条", c.title(), l.label(), AnnualReport.text(l.value())));
            }
        }
        pdf.table(List.of("条款", "条款标题", "项目", "数值"), new float[] {0.8f, 2.6f, 2.8f, 2.6f}, rows, Set.of(), null)
                .remark("本报告由" + Pdf.PLATFORM + "根据平台记录和计算结果生成；“—”表示未报送或无记录，不按零计。");
    }

    /** A figure compared across zones: label without its unit, the unit, and one value per zone (null: not reported). */
    record Figure(String clause, String title, String unit, List<String> zones, List<BigDecimal> values) {
    }

    /** Every label that at least two zones report as a number, in clause order; 元 converted to 万元. */
    static List<Figure> figures(List<ZoneProfiles.Profile> profiles) {
        Map<String, String> clauseOf = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> byLabel = new LinkedHashMap<>();
        for (ZoneProfiles.Profile p : profiles) {
            for (ZoneProfiles.Clause c : p.clauses()) {
                for (ZoneProfiles.Line l : c.items()) {
                    BigDecimal v = number(l.value());
                    if (v != null) {
                        clauseOf.putIfAbsent(l.label(), c.clause());
                        byLabel.computeIfAbsent(l.label(), k -> new LinkedHashMap<>()).put(p.zone(), v);
                    }
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        byLabel.forEach((label, values) -> {
            if (values.size() < 2 || values.values().stream().allMatch(v -> v.signum() == 0)) {
                return;   // one zone has nothing to compare with; all zeros draw no bars
            }
            String unit = "";
            String title = label;
            boolean yuan = false;
            int open = label.lastIndexOf('（');
            if (open > 0 && label.endsWith("）")) {
                unit = label.substring(open + 1, label.length() - 1);
                title = label.substring(0, open);
                if (unit.equals("元")) {
                    unit = "万元";
                    yuan = true;
                }
            }
            List<String> zones = new ArrayList<>();
            List<BigDecimal> vs = new ArrayList<>();
            for (ZoneProfiles.Profile p : profiles) {
                zones.add(p.zoneName());
                BigDecimal v = values.get(p.zone());
                vs.add(v == null ? null : yuan ? v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP) : v);
            }
            figures.add(new Figure(clauseOf.get(label), title, unit, zones, vs));
        });
        figures.sort(java.util.Comparator.comparingInt(f -> clauseNumber(f.clause())));
        return figures;
    }

    /** A number a report line carries (a count, a decimal, a money string); anything else is not charted. */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof String s && s.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            return new BigDecimal(s);
        }
        return null;
    }

    private static int clauseNumber(String clause) {
        try {
            return Integer.parseInt(clause);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
