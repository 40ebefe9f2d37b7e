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
        AnnualReportPdf.write(profiles(scope, only, year), year,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), out);
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
