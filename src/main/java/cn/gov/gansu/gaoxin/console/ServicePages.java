package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.commissioner.Commissioner;
import cn.gov.gansu.gaoxin.commissioner.CommissionerManagement;
import cn.gov.gansu.gaoxin.commissioner.Dispatch;
import cn.gov.gansu.gaoxin.commissioner.Need;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 科技专员 (clause 7) pages (the clause-6 pages are {@link TransferPages}): the commissioners, a year's needs and its latest dispatch plan, which
 * 省科技厅管理员 can (re)compute. Thin: every read and action goes through the modules' public API.
 */
@Controller
class ServicePages implements ConsolePage {

    private final CommissionerManagement commissioners;
    private final ZoneDirectory zones;

    ServicePages(CommissionerManagement commissioners, ZoneDirectory zones) {
        this.commissioners = commissioners;
        this.zones = zones;
    }

    @GetMapping("/commissioners")
    String commissioners(@RequestParam(required = false) Integer year, Model model) {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() : year;
        List<Commissioner> all = commissioners.commissioners();
        Map<Long, Commissioner> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<Need> needs = commissioners.needs(y);
        Map<Long, Need> needById = new HashMap<>();
        needs.forEach(n -> needById.put(n.id(), n));
        model.addAttribute("year", y);
        model.addAttribute("commissioners", all);
        model.addAttribute("byId", byId);
        model.addAttribute("needs", needs);
        model.addAttribute("needById", needById);
        model.addAttribute("plan", commissioners.latest(y).orElse(null));
        model.addAttribute("canDispatch", scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "commissioners");
        return "commissioners";
    }

    @PostMapping("/commissioners/dispatch")
    String dispatch(@RequestParam int year) {
        commissioners.dispatch(year);
        return "redirect:/commissioners?year=" + year;
    }

    @GetMapping("/commissioners/export")
    void exportPlan(@RequestParam int year, HttpServletResponse response) throws IOException {
        Map<Long, String> names = new HashMap<>();
        commissioners.commissioners().forEach(c -> names.put(c.id(), c.name()));
        Map<Long, Need> needs = new HashMap<>();
        commissioners.needs(year).forEach(n -> needs.put(n.id(), n));
        ZoneNames zoneNames = new ZoneNames(zones);
        List<List<Object>> rows = new ArrayList<>();
        Dispatch plan = commissioners.latest(year).orElse(null);
        if (plan != null) {
            for (Dispatch.Line l : plan.assignments()) {
                Need n = needs.get(l.need());
                rows.add(List.of(l.need(), n == null ? "" : n.enterprise(), n == null ? "" : zoneNames.of(n.zone()),
                        n == null ? "" : n.field(), names.getOrDefault(l.commissioner(), ""), l.fit()));
            }
            for (Long u : plan.unassigned()) {
                Need n = needs.get(u);
                rows.add(List.of(u, n == null ? "" : n.enterprise(), n == null ? "" : zoneNames.of(n.zone()),
                        n == null ? "" : n.field(), "（未分配）", 0));
            }
        }
        xlsx(response, year + "年科技专员选派", List.of("需求编号", "企业统一社会信用代码", "所属高新区", "需求领域", "科技专员", "适配度"), rows);
    }

    private static void xlsx(HttpServletResponse response, String name, List<String> headers, List<List<Object>> rows)
            throws IOException {
        String file = name + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(EnterpriseExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).head(headers.stream().map(List::of).toList()).autoCloseStream(false)
                .build()) {
            WriteSheet sheet = FastExcel.writerSheet(name).build();
            writer.write(rows, sheet);
        }
        out.flush();
    }
}
