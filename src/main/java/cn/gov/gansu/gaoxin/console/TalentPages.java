package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.talent.PermitStatus;
import cn.gov.gansu.gaoxin.talent.Talent;
import cn.gov.gansu.gaoxin.talent.TalentKind;
import cn.gov.gansu.gaoxin.talent.Talents;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 人才 pages (clauses 7–9): the talent records in the caller's scope (filter by 高新区, 类型, 许可状态,
 * 开始年度, 所在载体; paged; 导出Excel), the per-zone counts of the year, the form that records any
 * kind (team members name their workstation or joint training platform) and, for foreign talent,
 * the next permit step, 修改 (a pre-filled form page) and 撤销 (with a reason) per row. Thin: every read and write goes through {@link Talents}.
 */
@Controller
class TalentPages implements ConsolePage {

    private final Talents talents;
    private final PlatformRegistry platforms;
    private final ZoneDirectory zones;
    private final cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    TalentPages(Talents talents, PlatformRegistry platforms, ZoneDirectory zones, cn.gov.gansu.gaoxin.identity.AuditTrail audit) {
        this.audit = audit;
        this.talents = talents;
        this.platforms = platforms;
        this.zones = zones;
    }

    /** The list's filter, for the page, its links and the export. */
    record Query(String zone, TalentKind kind, PermitStatus permit, Integer year, Long carrier) {

        static Query of(String zone, String kind, String permit, String year, String carrier) {
            return new Query(Lists.blank(zone), Lists.parse(TalentKind.class, kind, "kind"),
                    Lists.parse(PermitStatus.class, permit, "permit"), Lists.number0(year, "year"), carrier == null || carrier.isBlank() ? null : (long) Lists.number(carrier, "carrier"));
        }

        Talents.Filter filter() {
            return new Talents.Filter(zone, kind, permit, carrier, year);
        }

        String link(String path, Integer size, Integer page) {
            return Lists.link(path, "zone", zone, "kind", kind, "permit", permit, "year", year, "carrier", carrier, "size", size,
                    "page", page);
        }

        public String link(int size, int page) {
            return link("/talents", size, page);
        }

        public String exportLink() {
            return link("/talents/export", null, null);
        }
    }

    @GetMapping("/talents")
    String list(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String permit, @RequestParam(required = false) String year,
            @RequestParam(required = false) String carrier, @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer countYear, Model model) {
        DataScope scope = CurrentUser.scope();
        Query q = Query.of(zone, kind, permit, year, carrier);
        Lists.clamped(page, size, paging -> talents.list(q.filter(), paging), Talents.Page::total).addTo(model, Talents.Page::items);
        int cy = countYear == null ? (q.year() == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() : q.year()) : countYear;
        model.addAttribute("q", q);
        model.addAttribute("countYear", cy);
        model.addAttribute("counts", talents.counts(cy, q.zone()));
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("kindOptions", TalentKind.values());
        model.addAttribute("permitOptions", PermitStatus.values());
        Map<String, PlatformKind> platformKinds = new java.util.HashMap<>();
        for (PlatformKind k : PlatformKind.values()) {
            platformKinds.put(k.name(), k);
        }
        model.addAttribute("platformKinds", platformKinds);
        model.addAttribute("carriers", carriers(scope));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("canWrite", !scope.readOnly() && (scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER)));
        model.addAttribute("myZone", scope.zone());
        model.addAttribute("active", "talents");
        return "talents";
    }

    /** The workstations, postdoc stations and joint training platforms the caller may name (first 500). */
    private List<cn.gov.gansu.gaoxin.platform.Platform> carriers(DataScope scope) {
        if (scope.is(Role.ENTERPRISE)) {
            return List.of();
        }
        List<cn.gov.gansu.gaoxin.platform.Platform> out = new ArrayList<>();
        for (PlatformKind k : Talents.CARRIER_KINDS) {
            out.addAll(platforms.list(scope, new PlatformRegistry.Filter(null, k, null), new Paging(0, Paging.MAX_SIZE)).items());
        }
        return out;
    }

    @PostMapping("/talents")
    String record(@RequestParam Map<String, String> p, RedirectAttributes redirect) {
        try {
            Talent t = talents.record(new Talents.NewTalent(p.get("kind"), p.get("name"), p.get("zone"),
                    Lists.blank(p.get("enterprise")), Lists.blank(p.get("institution")), Lists.blank(p.get("programme")),
                    Lists.blank(p.get("field")), Lists.blank(p.get("nationality")), null, Lists.date(p.get("startedOn")), p.get("carrier") == null || p.get("carrier").isBlank() ? null
                            : (long) Lists.number(p.get("carrier"), "carrier")));
            redirect.addFlashAttribute("doneKey", "talents.done.recorded");
            return "redirect:/talents?zone=" + t.zone() + "&kind=" + t.kind().name();
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/talents";
        }
    }

    /** 修改: the record's form, pre-filled; 404 outside the caller's scope, 409 once withdrawn (through the error page). */
    @GetMapping("/talents/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        DataScope scope = CurrentUser.scope();
        Talent t = talents.editable(id);
        model.addAttribute("t", t);
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("kindOptions", TalentKind.values());
        model.addAttribute("carriers", carriers(scope));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "talents");
        return "talent-edit";
    }

    @PostMapping("/talents/{id}/edit")
    String correct(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        try {
            Talent t = talents.correct(id, new Talents.NewTalent(p.get("kind"), p.get("name"), p.get("zone"),
                    Lists.blank(p.get("enterprise")), Lists.blank(p.get("institution")), Lists.blank(p.get("programme")),
                    Lists.blank(p.get("field")), Lists.blank(p.get("nationality")), null, Lists.date(p.get("startedOn")),
                    p.get("carrier") == null || p.get("carrier").isBlank() ? null : (long) Lists.number(p.get("carrier"), "carrier")));
            redirect.addFlashAttribute("doneKey", "talents.done.corrected");
            return "redirect:/talents?zone=" + t.zone() + "&kind=" + t.kind().name();
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/talents/" + id + "/edit";
        }
    }

    @PostMapping("/talents/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            talents.withdraw(id, reason);
            redirect.addFlashAttribute("doneKey", "talents.done.withdrawn");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/talents";
    }

    @PostMapping("/talents/{id}/permit")
    String permit(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
        try {
            talents.movePermit(id, status);
            redirect.addFlashAttribute("doneKey", "talents.done.permit");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/talents?kind=FOREIGN_EXPERT";
    }

    @PostMapping("/talents/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String endedOn, RedirectAttributes redirect) {
        try {
            LocalDate on;
            try {
                on = endedOn == null || endedOn.isBlank() ? null : LocalDate.parse(endedOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("字段“endedOn”：日期无效，格式应为 2025-11-03");
            }
            talents.end(id, on);
            redirect.addFlashAttribute("doneKey", "talents.done.ended");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/talents";
    }

    @GetMapping("/talents/export")
    void export(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String permit, @RequestParam(required = false) String year,
            @RequestParam(required = false) String carrier, HttpServletResponse response) throws IOException {
        Query q = Query.of(zone, kind, permit, year, carrier);
        ZoneNames names = new ZoneNames(zones);
        List<Talent> all = Lists.all(paging -> talents.list(q.filter(), paging), Talents.Page::items);
        List<List<Object>> rows = new ArrayList<>();
        for (Talent t : all) {
            rows.add(java.util.Arrays.asList(t.id(), t.kind().chineseName(), t.name(), names.of(t.zone()), t.enterprise(),
                    t.institution(), t.programme(), t.field(), t.nationality(),
                    t.permitStatus() == null ? null : t.permitStatus().chineseName(), t.startedOn().toString(), t.carrier(),
                    t.endedOn() == null ? null : t.endedOn().toString()));
        }
        Lists.export(audit, response, "TALENT", "人才", Lists.criteria("zone", zone, "kind", kind, "permit", permit, "year", year,
                "carrier", carrier), List.of(Excel.Column.integer("编号", 8),
                Excel.Column.text("类型", 16), Excel.Column.text("姓名", 16), Excel.Column.text("所属高新区", 12),
                Excel.Column.text("企业统一社会信用代码", 22), Excel.Column.text("高校、院所", 20), Excel.Column.text("人才项目", 20),
                Excel.Column.text("专业领域", 14), Excel.Column.text("国籍", 10), Excel.Column.text("许可状态", 14),
                Excel.Column.text("开始日期", 12), Excel.Column.integer("所在载体编号", 12), Excel.Column.text("结束日期", 12)), rows);
    }
}
