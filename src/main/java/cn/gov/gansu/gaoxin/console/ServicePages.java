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
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.transfer.Achievement;
import cn.gov.gansu.gaoxin.transfer.TransferManagement;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 成果与需求 (clause 6) and 科技专员 (clause 7) pages: the achievements library (filter by 所属高新区,
 * 技术领域, 标题; paged; 导出Excel), the demands in the caller's scope with each demand's matches
 * and the words that matched, the commissioners, a year's needs and its latest dispatch plan, which
 * 省科技厅管理员 can (re)compute. Thin: every read and action goes through the modules' public API.
 */
@Controller
class ServicePages implements ConsolePage {

    private static final List<Integer> SIZES = List.of(10, 20, 50, 100);
    private static final int DEFAULT_SIZE = 20;

    private final TransferManagement transfer;
    private final CommissionerManagement commissioners;
    private final ZoneDirectory zones;

    ServicePages(TransferManagement transfer, CommissionerManagement commissioners, ZoneDirectory zones) {
        this.transfer = transfer;
        this.commissioners = commissioners;
        this.zones = zones;
    }

    /** The achievements filter, for the page, its links and the export. */
    record Query(String zone, String field, String title) {

        static Query of(String zone, String field, String title) {
            return new Query(blank(zone), blank(field), blank(title));
        }

        TransferManagement.AchievementFilter filter() {
            return new TransferManagement.AchievementFilter(zone, field, title);
        }

        String link(String path, Integer size, Integer page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            if (zone != null) {
                b.queryParam("zone", zone);
            }
            if (field != null) {
                b.queryParam("field", field);
            }
            if (title != null) {
                b.queryParam("title", title);
            }
            if (size != null) {
                b.queryParam("size", size);
            }
            if (page != null) {
                b.queryParam("page", page);
            }
            return b.encode().build().toUriString();
        }

        public String link(int size, int page) {
            return link("/transfer", size, page);
        }

        public String exportLink() {
            return link("/transfer/achievements/export", null, null);
        }
    }

    @GetMapping("/transfer")
    String transfer(@RequestParam(required = false) String zone, @RequestParam(required = false) String field,
            @RequestParam(required = false) String title, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "1") int dpage, Model model) {
        DataScope scope = CurrentUser.scope();
        Query q = Query.of(zone, field, title);
        int pageSize = SIZES.contains(size) ? size : DEFAULT_SIZE;
        int pageNo = Math.max(1, page);
        var found = transfer.achievements(q.filter(), new Paging(pageNo - 1, pageSize));
        int demandPage = Math.max(1, dpage);
        var demands = transfer.demands(null, new Paging(demandPage - 1, 20));
        model.addAttribute("q", q);
        model.addAttribute("rows", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", pageNo);
        model.addAttribute("pages", Math.max(1, (found.total() + pageSize - 1) / pageSize));
        model.addAttribute("size", pageSize);
        model.addAttribute("sizes", SIZES);
        model.addAttribute("demands", demands.items());
        model.addAttribute("demandTotal", demands.total());
        model.addAttribute("dpage", demandPage);
        model.addAttribute("dpages", Math.max(1, (demands.total() + 19) / 20));
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "transfer");
        return "transfer";
    }

    @GetMapping("/transfer/demands/{id}")
    String demand(@PathVariable long id, Model model) {
        var demand = transfer.demand(id).orElseThrow(() -> new NotFound("技术需求 " + id + " 不存在或不在您的数据范围内"));
        model.addAttribute("demand", demand);
        model.addAttribute("matches", transfer.matches(id, 10));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "transfer");
        return "transfer-demand";
    }

    @GetMapping("/transfer/achievements/export")
    void exportAchievements(@RequestParam(required = false) String zone, @RequestParam(required = false) String field,
            @RequestParam(required = false) String title, HttpServletResponse response) throws IOException {
        Query q = Query.of(zone, field, title);
        ZoneNames names = new ZoneNames(zones);
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; ; p++) {
            var chunk = transfer.achievements(q.filter(), new Paging(p, Paging.MAX_SIZE));
            for (Achievement a : chunk.items()) {
                rows.add(List.of(a.id(), a.title(), a.field() == null ? "" : a.field(), a.owner(),
                        a.ownerUscc() == null ? "" : a.ownerUscc(), a.zone() == null ? "" : names.of(a.zone()),
                        a.recordedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString()));
            }
            if (chunk.items().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        xlsx(response, "科技成果", List.of("编号", "成果名称", "技术领域", "持有方", "持有方统一社会信用代码", "所属高新区", "登记日期"), rows);
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

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
