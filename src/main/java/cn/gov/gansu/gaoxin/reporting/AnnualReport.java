package cn.gov.gansu.gaoxin.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import org.springframework.stereotype.Component;

/**
 * 高新区年度报告 (Excel, and PDF with charts): the zones' years clause by clause, built from the same
 * {@link ZoneProfiles} as the page and the API — one sheet with every zone in the caller's scope
 * (zone, clause, title, item, value), then one sheet per zone.
 */
@Component
public class AnnualReport {

    static final List<String> HEADERS = List.of("高新区", "条款", "条款标题", "项目", "数值");

    private final ZoneProfiles profiles;
    private final ZoneDirectory zones;

    AnnualReport(ZoneProfiles profiles, ZoneDirectory zones) {
        this.profiles = profiles;
        this.zones = zones;
    }

    /**
     * The annual report as data, for a renderer (PDF, charts): the title, every zone in the scope with its
     * 21 clauses, and Chinese charts that compare the zones.
     */
    public record Model(int year, String title, List<ZoneProfiles.Profile> zones, List<Chart> charts) {
    }

    /**
     * One bar chart across zones: {@code title} (Chinese), the unit (家, 元, 项… or "" ), one category per
     * zone (Chinese name), one series per figure. A value is null where the zone reported nothing under
     * that label that year — shown as missing, never as zero.
     */
    public record Chart(String clause, String title, String unit, List<String> categories, List<Series> series) {
    }

    /** A named row of values, one per category (null = not reported). */
    public record Series(String name, List<java.math.BigDecimal> values) {
    }

    /** The annual report of the zones the signed-in user's scope holds. */
    public Model report(int year) {
        return report(cn.gov.gansu.gaoxin.identity.CurrentUser.scope(), year);
    }

    /** The annual report of the zones {@code scope} holds. */
    public Model report(DataScope scope, int year) {
        if (year < 2000 || year > 2100) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("参数“year”：须为2000至2100之间的年度");
        }
        List<ZoneProfiles.Profile> all = profiles(scope, null, year);
        return new Model(year, year + "年度甘肃省高新区高质量发展报告", List.copyOf(all), charts(all));
    }

    /** One chart per figure (a number, or money in 元) that some zone reported, in clause order. */
    static List<Chart> charts(List<ZoneProfiles.Profile> all) {
        java.util.Map<String, String[]> labels = new java.util.LinkedHashMap<>();   // label → clause, title
        for (ZoneProfiles.Profile p : all) {
            for (ZoneProfiles.Clause c : p.clauses()) {
                for (ZoneProfiles.Line l : c.items()) {
                    if (number(l.value()) != null) {
                        labels.putIfAbsent(c.clause() + "|" + l.label(), new String[] {c.clause(), l.label()});
                    }
                }
            }
        }
        List<String> categories = all.stream().map(ZoneProfiles.Profile::zoneName).toList();
        List<Chart> charts = new ArrayList<>();
        labels.values().stream().sorted(java.util.Comparator.comparingInt(a -> Integer.parseInt(a[0]))).forEach(a -> {
            List<java.math.BigDecimal> values = new ArrayList<>();
            for (ZoneProfiles.Profile p : all) {
                java.math.BigDecimal v = null;
                for (ZoneProfiles.Clause c : p.clauses()) {
                    if (c.clause().equals(a[0])) {
                        for (ZoneProfiles.Line l : c.items()) {
                            if (l.label().equals(a[1]) && number(l.value()) != null) {
                                v = number(l.value());
                            }
                        }
                    }
                }
                values.add(v);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("（([^（）]+)）").matcher(a[1]);
            String unit = "";
            while (m.find()) {
                unit = m.group(1);
            }
            charts.add(new Chart(a[0], "第" + a[0] + "条 各高新区" + a[1], unit.length() <= 3 ? unit : "", categories,
                    List.of(new Series(a[1], java.util.Collections.unmodifiableList(values)))));
        });
        return List.copyOf(charts);
    }

    /** A count or an amount in 元 as a number; anything else (words, lists, percentages) null. */
    static java.math.BigDecimal number(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return java.math.BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof java.math.BigDecimal d) {
            return d;
        }
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return java.math.BigDecimal.valueOf(d);
        }
        if (value instanceof String s && s.matches("-?\\d+\\.\\d{2}")) {
            return new java.math.BigDecimal(s);
        }
        return null;
    }

    /** Writes the workbook of the zones the scope holds ({@code only}: one zone, already checked, or null for all). */
    public void write(DataScope scope, String only, int year, OutputStream out) throws IOException {
        List<ZoneProfiles.Profile> all = profiles(scope, only, year);
        try (ExcelWriter writer = FastExcel.write(out).head(HEADERS.stream().map(List::of).toList()).autoCloseStream(false).build()) {
            List<List<Object>> rows = new ArrayList<>();
            all.forEach(p -> rows.addAll(rows(p)));
            writer.write(rows, FastExcel.writerSheet(0, year + "年度各高新区").build());
            int n = 1;
            if (all.size() > 1) {
                for (ZoneProfiles.Profile p : all) {
                    WriteSheet sheet = FastExcel.writerSheet(n++, sheetName(p.zoneName())).build();
                    writer.write(rows(p), sheet);
                }
            }
        }
        out.flush();
    }

    /** The same report as a PDF with comparison charts ({@link AnnualReportPdf}). */
    public void writePdf(DataScope scope, String only, int year, OutputStream out) {
        Model model = only == null ? report(scope, year)
                : new Model(year, year + "年度高新区年度画像", List.of(profiles.profile(scope, only, year)), List.of());
        AnnualReportPdf.write(model, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), out);
    }

    private List<ZoneProfiles.Profile> profiles(DataScope scope, String only, int year) {
        List<ZoneProfiles.Profile> all = new ArrayList<>();
        if (only != null) {
            all.add(profiles.profile(scope, only, year));
        } else {
            for (Zone z : zones.list(scope, null, null, null)) {
                all.add(profiles.profile(z, year));
            }
        }
        return all;
    }

    static List<List<Object>> rows(ZoneProfiles.Profile p) {
        List<List<Object>> rows = new ArrayList<>();
        for (ZoneProfiles.Clause c : p.clauses()) {
            if (c.items().isEmpty()) {
                rows.add(List.of(p.zoneName(), "第" + c.clause() + "条", c.title(), "本年无记录", ""));
            }
            for (ZoneProfiles.Line l : c.items()) {
                rows.add(List.of(p.zoneName(), "第" + c.clause() + "条", c.title(), l.label(), text(l.value())));
            }
        }
        return rows;
    }

    /** A value as officials read it: lists joined with 、, unknown as —. */
    public static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "—" : String.join("、", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String sheetName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", "");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
