package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.industry.DevelopmentRecords;
import cn.gov.gansu.gaoxin.industry.RecordKind;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 发展记录 page (clauses 12, 14–18): a zone's records filtered by year and kind, paged, exportable,
 * and a form for the province administrator and the zone's officers. Reads and writes only through
 * {@link DevelopmentRecords}, which checks role and scope again.
 */
@Controller
class DevelopmentPages implements ConsolePage {

    static final List<String> EXPORT_HEADERS = List.of("记录号", "高新区", "年度", "条款", "类型", "类别", "名称", "金额（元）", "日期",
            "地区/国家", "人员", "链接", "说明");

    private final DevelopmentRecords records;
    private final ZoneDirectory zones;
    private final cn.gov.gansu.gaoxin.industry.DevelopmentImport imports;

    DevelopmentPages(DevelopmentRecords records, ZoneDirectory zones, cn.gov.gansu.gaoxin.industry.DevelopmentImport imports) {
        this.records = records;
        this.zones = zones;
        this.imports = imports;
    }

    /** Excel import into the zone: the page again with the validation report (nothing written when it lists errors). */
    @PostMapping("/development/import")
    String importFile(@RequestParam String zone, @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        try {
            cn.gov.gansu.gaoxin.industry.DevelopmentImport.Report report = imports.importFile(zone, file == null ? null : file.getBytes());
            model.addAttribute("importReport", report);
            if (!report.errors().isEmpty()) {
                response.setStatus(400);
            }
            return render(zone, null, null, 1, 20, model, Map.of(), null);
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(zone, null, null, 1, 20, model, Map.of(), e.getMessage());
        }
    }


    @GetMapping("/development")
    String page(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        return render(zone, year, kind, page, size, model, Map.of(), null);
    }

    @PostMapping("/development")
    String record(@RequestParam String zone, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Integer year = null;
        try {
            year = form.get("year") == null || form.get("year").isBlank() ? null : Integer.valueOf(form.get("year").trim());
        } catch (NumberFormatException e) {
            response.setStatus(400);
            return render(zone, null, null, 1, 20, model, form, "字段“year”：年度须为整数");
        }
        LocalDate date = null;
        try {
            date = form.get("date") == null || form.get("date").isBlank() ? null : LocalDate.parse(form.get("date").trim());
        } catch (java.time.format.DateTimeParseException e) {
            response.setStatus(400);
            return render(zone, null, null, 1, 20, model, form, "字段“date”：日期格式须为 2025-11-03");
        }
        try {
            records.record(zone, new DevelopmentRecords.NewRecord(year, form.get("kind"), form.get("category"), form.get("name"),
                    form.get("amountYuan"), date, form.get("region"), form.get("people"), form.get("link"), form.get("note")));
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(zone, null, null, 1, 20, model, form, e.getMessage());
        }
        redirect.addFlashAttribute("done", "已登记。");
        return "redirect:/development?zone=" + zone + (year == null ? "" : "&year=" + year);
    }

    @GetMapping("/api/zones/{code}/development-records/export")
    void export(@PathVariable String code, @RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
            HttpServletResponse response) throws IOException {
        DataScope scope = CurrentUser.scope();
        String name = zones.find(code).map(Zone::name).orElse(code);
        List<List<Object>> rows = new ArrayList<>();
        for (DevelopmentRecords.DevelopmentRecord r : Lists.all(paging -> records.list(scope, code, year, kind, paging),
                DevelopmentRecords.Page::items)) {
            rows.add(java.util.Arrays.asList(r.id(), name, r.year(), "第" + r.clause() + "条", r.kindName(),
                    r.categoryName() == null ? "" : r.categoryName(), r.name(), r.amount() == null ? "" : r.amount(),
                    r.date() == null ? "" : r.date().toString(), n(r.region()), n(r.people()), n(r.link()), n(r.note())));
        }
        response.setContentType(EnterpriseExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("发展记录-" + code + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).head(EXPORT_HEADERS.stream().map(List::of).toList()).autoCloseStream(false).build()) {
            writer.write(rows, FastExcel.writerSheet("发展记录").build());
        }
        out.flush();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private String render(String zone, Integer year, String kind, int page, int size, Model model, Map<String, String> form,
            String error) {
        DataScope scope = CurrentUser.scope();
        int s = Lists.size(size);
        List<Zone> visible = zones.list(scope, null, null, null);
        String code = zone != null && !zone.isBlank() ? zone : visible.isEmpty() ? null : visible.get(0).code();
        String k = kind == null || kind.isBlank() ? null : kind;
        model.addAttribute("zones", visible);
        model.addAttribute("zone", code);
        model.addAttribute("year", year);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("size", s);
        model.addAttribute("sizes", Lists.SIZES);
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("canWrite", scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER));
        Map<String, String> categories = new LinkedHashMap<>();
        for (RecordKind rk : RecordKind.values()) {
            rk.categories().forEach((c, n) -> categories.put(c, rk.chineseName() + "·" + n));
        }
        model.addAttribute("categories", categories);
        model.addAttribute("active", "development");
        if (code == null) {
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 1);
            model.addAttribute("pages", 1);
            return "development";
        }
        DevelopmentRecords.Page p = records.list(scope, code, year, k, new Paging(Math.max(0, page - 1), s));
        model.addAttribute("rows", p.items());
        model.addAttribute("total", p.total());
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pages", Lists.pages(p.total(), s));
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/development").queryParam("zone", code);
        if (year != null) {
            base.queryParam("year", year);
        }
        if (k != null) {
            base.queryParam("kind", k);
        }
        model.addAttribute("pager", new Lists.Pager(base.build().toUriString()));
        model.addAttribute("exportLink", UriComponentsBuilder.fromPath("/api/zones/" + code + "/development-records/export")
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(k)).build().toUriString());
        return "development";
    }
}
