package cn.gov.gansu.gaoxin.reporting;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.gansu.gaoxin.shared.pdf.Pdf;

/**
 * 高新区年度报告 as PDF (issue 12 item 7), rendered from the report's {@link AnnualReport.Model} — the
 * same profiles as the Excel report and the page: first the zones compared, one bar chart for every
 * figure of the model that at least two zones report, not all zero (amounts in 元 shown in 万元; a zone
 * without the figure reads 未报送, never 0), then each zone's year clause by clause. Pure: model in,
 * bytes out.
 */
final class AnnualReportPdf {

    /** At most this many comparison charts (the 21 clauses report a few dozen figures). */
    static final int MAX_CHARTS = 24;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private AnnualReportPdf() {
    }

    static void write(AnnualReport.Model model, String generatedOn, OutputStream out) {
        List<ZoneProfiles.Profile> profiles = model.zones();
        int year = model.year();
        try (Pdf pdf = Pdf.a4(out, model.title())) {
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
            List<Figure> figures = figures(model.charts());
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

    /** A figure as drawn: the label without its unit, the unit, and one value per zone (null: not reported). */
    record Figure(String clause, String title, String unit, List<String> zones, List<BigDecimal> values) {
    }

    /** The model's charts worth drawing: reported by two zones or more, not all zero; 元 converted to 万元. */
    static List<Figure> figures(List<AnnualReport.Chart> charts) {
        List<Figure> figures = new ArrayList<>();
        for (AnnualReport.Chart c : charts) {
            for (AnnualReport.Series s : c.series()) {
                List<BigDecimal> values = s.values();
                long reported = values.stream().filter(v -> v != null).count();
                if (reported < 2 || values.stream().allMatch(v -> v == null || v.signum() == 0)) {
                    continue;   // one zone has nothing to compare with; all zeros draw no bars
                }
                String label = s.name();
                String unit = c.unit();
                String title = label;
                int open = label.lastIndexOf('（');
                if (open > 0 && label.endsWith("）")) {
                    title = label.substring(0, open);
                }
                boolean yuan = "元".equals(unit);
                List<BigDecimal> shown = new ArrayList<>();
                for (BigDecimal v : values) {
                    shown.add(v == null ? null : yuan ? v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP) : v);
                }
                figures.add(new Figure(c.clause(), title, yuan ? "万元" : unit, c.categories(), shown));
            }
        }
        return figures;
    }
}
