package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.transfer.Achievement;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes;
import cn.gov.gansu.gaoxin.transfer.Campaigns;
import cn.gov.gansu.gaoxin.transfer.Demand;
import cn.gov.gansu.gaoxin.transfer.MatchmakingEvents;
import cn.gov.gansu.gaoxin.transfer.TransferInstitutions;
import cn.gov.gansu.gaoxin.transfer.TransferManagement;
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
 * 成果转化 (clause 6) pages: the achievements library (filters by zone, field, title, owner type,
 * maturity, transfer mode and price; paged; Excel), registering achievements and demands, the
 * demands in scope with their matches; collection campaigns (open, submit, review, publish);
 * matchmaking events (registration, attendance, outcomes); technology-transfer institutions with
 * what they brokered per year. Thin: every read and action goes through the transfer module's API,
 * which checks roles and scope.
 */
@Controller
class TransferPages implements ConsolePage {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TransferManagement transfer;
    private final Campaigns campaigns;
    private final MatchmakingEvents events;
    private final TransferInstitutions institutions;
    private final ZoneDirectory zones;
    private final cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    TransferPages(TransferManagement transfer, Campaigns campaigns, MatchmakingEvents events, TransferInstitutions institutions,
            ZoneDirectory zones, cn.gov.gansu.gaoxin.identity.AuditTrail audit) {
        this.audit = audit;
        this.transfer = transfer;
        this.campaigns = campaigns;
        this.events = events;
        this.institutions = institutions;
        this.zones = zones;
    }

    /** The achievements filter, for the page, its links and the export. */
    record Query(String zone, String field, String title, String ownerType, String maturity, String transferMode, String priceMin,
            String priceMax) {

        static Query of(String zone, String field, String title, String ownerType, String maturity, String transferMode,
                String priceMin, String priceMax) {
            return new Query(Lists.blank(zone), Lists.blank(field), Lists.blank(title), Lists.blank(ownerType),
                    Lists.blank(maturity), Lists.blank(transferMode), Lists.blank(priceMin), Lists.blank(priceMax));
        }

        TransferManagement.AchievementFilter filter() {
            return new TransferManagement.AchievementFilter(zone, field, title,
                    AchievementCodes.parse(AchievementCodes.OwnerType.class, ownerType, "ownerType", "持有方类型"),
                    AchievementCodes.parse(AchievementCodes.Maturity.class, maturity, "maturity", "成熟度"),
                    AchievementCodes.parse(AchievementCodes.TransferMode.class, transferMode, "transferMode", "转化方式"),
                    money(priceMin, "priceMin"), money(priceMax, "priceMax"));
        }

        String link(String path, Integer size, Integer page) {
            return Lists.link(path, "zone", zone, "field", field, "title", title, "ownerType", ownerType, "maturity", maturity,
                    "transferMode", transferMode, "priceMin", priceMin, "priceMax", priceMax, "size", size, "page", page);
        }

        public String link(int size, int page) {
            return link("/transfer", size, page);
        }

        public String exportLink() {
            return link("/transfer/achievements/export", null, null);
        }
    }

    private static cn.gov.gansu.gaoxin.shared.Money money(String raw, String name) {
        if (raw == null) {
            return null;
        }
        try {
            return cn.gov.gansu.gaoxin.shared.Money.parse(raw);
        } catch (InvalidInput e) {
            throw new InvalidInput("参数“" + name + "”：" + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ library and demands

    @GetMapping("/transfer")
    String transfer(@RequestParam(required = false) String zone, @RequestParam(required = false) String field,
            @RequestParam(required = false) String title, @RequestParam(required = false) String ownerType,
            @RequestParam(required = false) String maturity, @RequestParam(required = false) String transferMode,
            @RequestParam(required = false) String priceMin, @RequestParam(required = false) String priceMax,
            @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int dpage, Model model) {
        DataScope scope = CurrentUser.scope();
        Query q = Query.of(zone, field, title, ownerType, maturity, transferMode, priceMin, priceMax);
        Lists.clamped(page, size, paging -> {
            try {
                return transfer.achievements(q.filter(), paging);
            } catch (InvalidInput e) {
                model.addAttribute("filterError", e.getMessage());
                return new TransferManagement.Page<Achievement>(List.of(), 0);
            }
        }, TransferManagement.Page::total).addTo(model, TransferManagement.Page::items);
        int demandPage = Math.max(1, dpage);
        var demands = transfer.demands(null, new Paging(demandPage - 1, 20));
        model.addAttribute("q", q);
        model.addAttribute("demands", demands.items());
        model.addAttribute("demandTotal", demands.total());
        model.addAttribute("dpage", demandPage);
        model.addAttribute("dpages", Math.max(1, (demands.total() + 19) / 20));
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("ownerTypes", AchievementCodes.OwnerType.values());
        model.addAttribute("maturities", AchievementCodes.Maturity.values());
        model.addAttribute("modes", AchievementCodes.TransferMode.values());
        model.addAttribute("canRecord", scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER) || scope.is(Role.ENTERPRISE));
        model.addAttribute("ownEnterprise", scope.is(Role.ENTERPRISE) ? scope.enterprise() : null);
        model.addAttribute("active", "transfer");
        return "transfer";
    }

    @PostMapping("/transfer/achievements")
    String recordAchievement(@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String field,
            @RequestParam(required = false) String ownerType, @RequestParam(required = false) String maturity,
            @RequestParam(required = false) String transferMode, @RequestParam(required = false) String priceYuan,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer", () -> {
            Achievement a = transfer.recordAchievement(new TransferManagement.NewAchievement(title, summary, owner, field,
                    Lists.blank(ownerType), Lists.blank(maturity), Lists.blank(transferMode), Lists.blank(priceYuan)));
            return "已登记科技成果 " + a.id() + "“" + a.title() + "”";
        });
    }

    @PostMapping("/transfer/demands")
    String recordDemand(@RequestParam(required = false) String enterprise, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer", () -> {
            Demand d = transfer.recordDemand(new TransferManagement.NewDemand(enterprise, title, description));
            return "已登记技术需求 " + d.id() + "“" + d.title() + "”";
        });
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
            @RequestParam(required = false) String title, @RequestParam(required = false) String ownerType,
            @RequestParam(required = false) String maturity, @RequestParam(required = false) String transferMode,
            @RequestParam(required = false) String priceMin, @RequestParam(required = false) String priceMax,
            HttpServletResponse response) throws IOException {
        Query q = Query.of(zone, field, title, ownerType, maturity, transferMode, priceMin, priceMax);
        var filter = q.filter();
        ZoneNames names = new ZoneNames(zones);
        try (Excel.Sheet sheet = Excel.open(response, "科技成果", "科技成果", List.of(Excel.Column.integer("编号", 10),
                Excel.Column.text("成果名称", 40), Excel.Column.text("成果简介", 60), Excel.Column.text("持有方", 30),
                Excel.Column.text("持有方类型", 12), Excel.Column.text("持有方统一社会信用代码", 22), Excel.Column.text("所属高新区", 16),
                Excel.Column.text("技术领域", 16), Excel.Column.text("成熟度", 12), Excel.Column.text("转化方式", 12),
                Excel.Column.money("挂牌价格（元）"), Excel.Column.text("登记日期", 12)))) {
            for (int p = 0; ; p++) {
                var chunk = transfer.achievements(filter, new Paging(p, Paging.MAX_SIZE));
                List<List<Object>> rows = new ArrayList<>();
                for (Achievement a : chunk.items()) {
                    rows.add(Arrays.asList(a.id(), a.title(), a.summary(), a.owner(), chinese(a.ownerType()), a.ownerUscc(),
                            a.zone() == null ? null : names.of(a.zone()), a.field(), chinese(a.maturity()), chinese(a.transferMode()),
                            a.price() == null ? null : a.price().yuan(), a.recordedAt().atZone(CHINA).toLocalDate().toString()));
                }
                sheet.write(rows);
                if (chunk.items().size() < Paging.MAX_SIZE) {
                    break;
                }
            }
        }
    }

    @GetMapping("/transfer/demands/export")
    void exportDemands(HttpServletResponse response) throws IOException {
        ZoneNames names = new ZoneNames(zones);
        try (Excel.Sheet sheet = Excel.open(response, "技术需求", "技术需求", List.of(Excel.Column.integer("编号", 10),
                Excel.Column.text("企业统一社会信用代码", 22), Excel.Column.text("所属高新区", 16), Excel.Column.text("需求名称", 40),
                Excel.Column.text("需求描述", 60), Excel.Column.text("登记日期", 12)))) {
            for (int p = 0; ; p++) {
                var chunk = transfer.demands(null, new Paging(p, Paging.MAX_SIZE));
                List<List<Object>> rows = new ArrayList<>();
                for (Demand d : chunk.items()) {
                    rows.add(Arrays.asList(d.id(), d.enterprise(), names.of(d.zone()), d.title(), d.description(),
                            d.recordedAt().atZone(CHINA).toLocalDate().toString()));
                }
                sheet.write(rows);
                if (chunk.items().size() < Paging.MAX_SIZE) {
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ campaigns

    /** The campaigns filter (title words, field, status, the year the campaign closes), for the page, its links and the export. */
    record CampaignQuery(String title, String field, String status, String year) {

        static CampaignQuery of(String title, String field, String status, String year) {
            return new CampaignQuery(Lists.blank(title), Lists.blank(field), Lists.blank(status), Lists.blank(year));
        }

        Campaigns.CampaignFilter filter() {
            Integer y = filterYear(year);
            return new Campaigns.CampaignFilter(title, field, Lists.parse(Campaigns.Status.class, status, "status"),
                    y == null ? null : LocalDate.of(y, 1, 1), y == null ? null : LocalDate.of(y, 12, 31));
        }

        String link(String path, Integer size, Integer page) {
            return Lists.link(path, "title", title, "field", field, "status", status, "year", year, "size", size, "page", page);
        }

        public String link(int size, int page) {
            return link("/transfer/campaigns", size, page);
        }

        public String exportLink() {
            return link("/transfer/campaigns/export", null, null);
        }
    }

    /** A year typed in a filter (2000–2100), null when blank; anything else is a 400. */
    private static Integer filterYear(String raw) {
        Integer y = Lists.number0(raw, "year");
        if (y != null && (y < 2000 || y > 2100)) {
            throw new InvalidInput("参数“year”须为2000至2100之间的年份");
        }
        return y;
    }

    @GetMapping("/transfer/campaigns")
    String campaigns(@RequestParam(required = false) String title, @RequestParam(required = false) String field,
            @RequestParam(required = false) String status, @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size, @RequestParam(defaultValue = "1") int page, Model model) {
        DataScope scope = CurrentUser.scope();
        CampaignQuery q = CampaignQuery.of(title, field, status, year);
        Lists.clamped(page, size, paging -> {
            try {
                return campaigns.list(q.filter(), paging);
            } catch (InvalidInput e) {
                model.addAttribute("filterError", e.getMessage());
                return new TransferManagement.Page<Campaigns.Campaign>(List.of(), 0);
            }
        }, TransferManagement.Page::total).addTo(model, TransferManagement.Page::items);
        model.addAttribute("q", q);
        model.addAttribute("statuses", Campaigns.Status.values());
        model.addAttribute("canOpen", scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("active", "transfer-campaigns");
        return "transfer-campaigns";
    }

    @GetMapping("/transfer/campaigns/export")
    void exportCampaigns(@RequestParam(required = false) String title, @RequestParam(required = false) String field,
            @RequestParam(required = false) String status, @RequestParam(required = false) String year, HttpServletResponse response)
            throws IOException {
        CampaignQuery q = CampaignQuery.of(title, field, status, year);
        var filter = q.filter();
        List<List<Object>> rows = new ArrayList<>();
        for (Campaigns.Campaign c : Lists.all(paging -> campaigns.list(filter, paging), TransferManagement.Page::items)) {
            rows.add(Arrays.asList(c.id(), c.title(), c.field(), c.closesOn().toString(), c.status().chineseName(),
                    c.submissions().size(),
                    c.submissions().stream().filter(s -> s.status() == Campaigns.SubmissionStatus.ACCEPTED).count()));
        }
        Lists.export(audit, response, "ACHIEVEMENT_CAMPAIGN", "科技成果征集", Lists.criteria("title", q.title(), "field", q.field(),
                "status", q.status(), "year", q.year()), List.of(Excel.Column.integer("编号", 10), Excel.Column.text("征集名称", 40),
                Excel.Column.text("技术领域", 16), Excel.Column.text("截止日期", 12), Excel.Column.text("状态", 10),
                Excel.Column.integer("申报", 8), Excel.Column.integer("入选", 8)), rows);
    }

    @PostMapping("/transfer/campaigns")
    String openCampaign(@RequestParam(required = false) String title, @RequestParam(required = false) String field,
            @RequestParam(required = false) String closesOn, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/campaigns", () -> {
            var c = campaigns.open(new Campaigns.NewCampaign(title, field, date(closesOn, "closesOn", "截止日期")));
            return "已发起成果征集“" + c.title() + "”";
        });
    }

    @GetMapping("/transfer/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        DataScope scope = CurrentUser.scope();
        var c = campaigns.find(id).orElseThrow(() -> new NotFound("征集活动 " + id + " 不存在"));
        model.addAttribute("c", c);
        model.addAttribute("canReview", scope.is(Role.PROVINCE_ADMIN) && c.status() == Campaigns.Status.OPEN);
        model.addAttribute("canSubmit", c.status() == Campaigns.Status.OPEN
                && (scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER) || scope.is(Role.ENTERPRISE)));
        model.addAttribute("active", "transfer-campaigns");
        return "transfer-campaign";
    }

    @PostMapping("/transfer/campaigns/{id}/submissions")
    String submit(@PathVariable long id, @RequestParam(required = false) String achievement, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/campaigns/" + id, () -> {
            campaigns.submit(id, number(achievement, "achievement", "成果编号"));
            return "已申报成果 " + achievement.strip();
        });
    }

    @PostMapping("/transfer/campaigns/{id}/submissions/{achievement}/review")
    String review(@PathVariable long id, @PathVariable long achievement, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/campaigns/" + id, () -> {
            campaigns.review(id, achievement, new Campaigns.Review(decision, comment));
            return "已审核成果 " + achievement;
        });
    }

    @PostMapping("/transfer/campaigns/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/campaigns/" + id, () -> {
            var c = campaigns.publish(id);
            return "已发布征集结果“" + c.title() + "”";
        });
    }

    @GetMapping("/transfer/campaigns/{id}/export")
    void exportCampaign(@PathVariable long id, HttpServletResponse response) throws IOException {
        var c = campaigns.find(id).orElseThrow(() -> new NotFound("征集活动 " + id + " 不存在"));
        try (Excel.Sheet sheet = Excel.open(response, "成果征集-" + c.id(), "申报成果", List.of(Excel.Column.integer("成果编号", 10),
                Excel.Column.text("成果名称", 40), Excel.Column.text("持有方", 30), Excel.Column.text("审核状态", 12),
                Excel.Column.text("审核意见", 40)))) {
            sheet.write(c.submissions().stream().map(s -> Arrays.<Object>asList(s.achievement(), s.title(), s.owner(),
                    s.status().chineseName(), s.comment())).toList());
        }
    }

    // ------------------------------------------------------------------ matchmaking events

    /** The events filter (host zone, kind, mode, year of the event, name words), for the page, its links and the export. */
    record EventQuery(String zone, String kind, String mode, String year, String name) {

        static EventQuery of(String zone, String kind, String mode, String year, String name) {
            return new EventQuery(Lists.blank(zone), Lists.blank(kind), Lists.blank(mode), Lists.blank(year), Lists.blank(name));
        }

        MatchmakingEvents.EventFilter filter() {
            Integer y = filterYear(year);
            return new MatchmakingEvents.EventFilter(zone, Lists.parse(MatchmakingEvents.Kind.class, kind, "kind"),
                    Lists.parse(MatchmakingEvents.Mode.class, mode, "mode"), y == null ? null : LocalDate.of(y, 1, 1),
                    y == null ? null : LocalDate.of(y, 12, 31), name);
        }

        String link(String path, Integer size, Integer page) {
            return Lists.link(path, "zone", zone, "kind", kind, "mode", mode, "year", year, "name", name, "size", size, "page", page);
        }

        public String link(int size, int page) {
            return link("/transfer/events", size, page);
        }

        public String exportLink() {
            return link("/transfer/events/export", null, null);
        }
    }

    @GetMapping("/transfer/events")
    String events(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String year,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestParam(defaultValue = "1") int page, Model model) {
        DataScope scope = CurrentUser.scope();
        EventQuery q = EventQuery.of(zone, kind, mode, year, name);
        Lists.clamped(page, size, paging -> {
            try {
                return events.list(q.filter(), paging);
            } catch (InvalidInput e) {
                model.addAttribute("filterError", e.getMessage());
                return new TransferManagement.Page<MatchmakingEvents.Event>(List.of(), 0);
            }
        }, TransferManagement.Page::total).addTo(model, TransferManagement.Page::items);
        model.addAttribute("q", q);
        model.addAttribute("kinds", MatchmakingEvents.Kind.values());
        model.addAttribute("modes", MatchmakingEvents.Mode.values());
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("canCreate", scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER));
        model.addAttribute("active", "transfer-events");
        return "transfer-events";
    }

    @PostMapping("/transfer/events")
    String createEvent(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String date,
            @RequestParam(required = false) String zone, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/events", () -> {
            var e = events.create(new MatchmakingEvents.NewEvent(name, Lists.blank(kind), Lists.blank(mode),
                    date(date, "date", "活动日期"), Lists.blank(zone)));
            return "已登记对接活动“" + e.name() + "”";
        });
    }

    @GetMapping("/transfer/events/{id}")
    String event(@PathVariable long id, Model model) {
        DataScope scope = CurrentUser.scope();
        var e = events.find(id).orElseThrow(() -> new NotFound("对接活动 " + id + " 不存在"));
        model.addAttribute("e", e);
        model.addAttribute("registrations", events.registrations(id));
        model.addAttribute("outcomes", events.outcomes(id));
        model.addAttribute("outcomeKinds", MatchmakingEvents.OutcomeKind.values());
        List<TransferInstitutions.Institution> all = institutions.list(null);
        model.addAttribute("institutions", all);
        model.addAttribute("institutionNames", all.stream().collect(Collectors.toMap(TransferInstitutions.Institution::id,
                TransferInstitutions.Institution::name, (a, b) -> a)));
        model.addAttribute("organiser", events.organises(e));
        model.addAttribute("canRegister", scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER) || scope.is(Role.ENTERPRISE));
        model.addAttribute("ownEnterprise", scope.is(Role.ENTERPRISE) ? scope.enterprise() : null);
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "transfer-events");
        return "transfer-event";
    }

    @PostMapping("/transfer/events/{id}/registrations")
    String register(@PathVariable long id, @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) String institution, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/events/" + id, () -> {
            events.register(id, new MatchmakingEvents.NewRegistration(Lists.blank(enterprise), Lists.blank(institution)));
            return "已报名";
        });
    }

    @PostMapping("/transfer/events/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) String participant,
            @RequestParam(required = false) Boolean attended, RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/events/" + id, () -> {
            events.attendance(id, participant, attended);
            return "已记录 " + participant + (Boolean.TRUE.equals(attended) ? " 到场" : " 未到场");
        });
    }

    @PostMapping("/transfer/events/{id}/outcomes")
    String outcome(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) String achievement, @RequestParam(required = false) String valueYuan,
            @RequestParam(required = false) String signedOn, @RequestParam(required = false) String institution,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/events/" + id, () -> {
            events.outcome(id, new MatchmakingEvents.NewOutcome(Lists.blank(kind), enterprise,
                    Lists.blank(achievement) == null ? null : number(achievement, "achievement", "成果编号"), Lists.blank(valueYuan),
                    date(signedOn, "signedOn", "签约日期"),
                    Lists.blank(institution) == null ? null : number(institution, "institution", "技术转移机构")));
            return "已记录对接成果";
        });
    }

    @GetMapping("/transfer/events/export")
    void exportEvents(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String year,
            @RequestParam(required = false) String name, HttpServletResponse response) throws IOException {
        EventQuery q = EventQuery.of(zone, kind, mode, year, name);
        var filter = q.filter();
        ZoneNames names = new ZoneNames(zones);
        List<List<Object>> rows = new ArrayList<>();
        for (MatchmakingEvents.Event e : Lists.all(paging -> events.list(filter, paging), TransferManagement.Page::items)) {
            rows.add(Arrays.<Object>asList(e.id(), e.name(), e.kind().chineseName(), e.mode().chineseName(), e.date().toString(),
                    e.zone() == null ? "省级" : names.of(e.zone()), e.registered(), e.attended(), e.intentions(), e.contracts(),
                    e.contractValue().yuan()));
        }
        Lists.export(audit, response, "MATCHMAKING_EVENT", "对接活动", Lists.criteria("zone", q.zone(), "kind", q.kind(), "mode",
                q.mode(), "year", q.year(), "name", q.name()), List.of(Excel.Column.integer("编号", 10),
                Excel.Column.text("活动名称", 36), Excel.Column.text("类型", 12), Excel.Column.text("形式", 8),
                Excel.Column.text("日期", 12), Excel.Column.text("主办高新区", 16), Excel.Column.integer("报名", 8),
                Excel.Column.integer("到场", 8), Excel.Column.integer("合作意向", 10), Excel.Column.integer("签约合同", 10),
                Excel.Column.money("合同金额（元）")), rows);
    }

    @GetMapping("/transfer/events/{id}/export")
    void exportEvent(@PathVariable long id, HttpServletResponse response) throws IOException {
        var e = events.find(id).orElseThrow(() -> new NotFound("对接活动 " + id + " 不存在"));
        Map<Long, String> inst = institutions.list(null).stream().collect(Collectors.toMap(TransferInstitutions.Institution::id,
                TransferInstitutions.Institution::name, (a, b) -> a));
        ZoneNames names = new ZoneNames(zones);
        try (Excel.Sheet sheet = Excel.open(response, "对接成果-" + e.id(), "对接成果", List.of(Excel.Column.integer("编号", 10),
                Excel.Column.text("类型", 10), Excel.Column.text("企业统一社会信用代码", 22), Excel.Column.text("所属高新区", 16),
                Excel.Column.integer("成果编号", 10), Excel.Column.money("合同金额（元）"), Excel.Column.text("签约日期", 12),
                Excel.Column.text("技术转移机构", 30)))) {
            sheet.write(events.outcomes(id).stream().map(o -> Arrays.<Object>asList(o.id(), o.kind().chineseName(), o.enterprise(),
                    names.of(o.zone()), o.achievement(), o.value() == null ? null : o.value().yuan(), o.signedOn().toString(),
                    o.institution() == null ? null : inst.get(o.institution()))).toList());
        }
    }

    // ------------------------------------------------------------------ institutions

    @GetMapping("/transfer/institutions")
    String institutions(@RequestParam(required = false) Integer year, Model model) {
        DataScope scope = CurrentUser.scope();
        Integer y = year == null || year < 2000 || year > 2100 ? null : year;
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("institutions", institutions.list(y));
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("canCreate", scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER));
        model.addAttribute("active", "transfer-institutions");
        return "transfer-institutions";
    }

    @GetMapping("/transfer/institutions/{id}")
    String institution(@PathVariable long id, Model model) {
        var i = institutions.find(id).orElseThrow(() -> new NotFound("技术转移机构 " + id + " 不存在"));
        model.addAttribute("i", i);
        model.addAttribute("byYear", institutions.years(id));
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "transfer-institutions");
        return "transfer-institution";
    }

    @PostMapping("/transfer/institutions")
    String createInstitution(@RequestParam(required = false) String name, @RequestParam(required = false) String zone,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/transfer/institutions", () -> {
            var i = institutions.create(new TransferInstitutions.NewInstitution(name, Lists.blank(zone)));
            return "已登记技术转移机构“" + i.name() + "”";
        });
    }

    @GetMapping("/transfer/institutions/export")
    void exportInstitutions(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        Integer y = year == null || year < 2000 || year > 2100 ? null : year;
        ZoneNames names = new ZoneNames(zones);
        try (Excel.Sheet sheet = Excel.open(response, "技术转移机构" + (y == null ? "" : "-" + y), "技术转移机构",
                List.of(Excel.Column.integer("编号", 10), Excel.Column.text("机构名称", 36), Excel.Column.text("所在高新区", 16),
                        Excel.Column.integer("年度", 8), Excel.Column.integer("促成合作意向", 14), Excel.Column.integer("促成签约合同", 14),
                        Excel.Column.money("合同金额（元）")))) {
            sheet.write(institutions.list(y).stream().map(i -> Arrays.<Object>asList(i.id(), i.name(),
                    i.zone() == null ? null : names.of(i.zone()), y, i.intentions(), i.contracts(),
                    i.contractValue() == null ? null : i.contractValue().yuan())).toList());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<Integer> years() {
        int now = LocalDate.now(CHINA).getYear();
        List<Integer> out = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            out.add(y);
        }
        return out;
    }

    private static String chinese(AchievementCodes.Coded c) {
        return c == null ? null : c.chineseName();
    }

    private static LocalDate date(String raw, String field, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("字段“" + field + "”：" + label + "格式应为 yyyy-MM-dd");
        }
    }

    private static long number(String raw, String field, String label) {
        try {
            return Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("字段“" + field + "”：" + label + "须为数字编号");
        }
    }

    private static String act(RedirectAttributes redirect, String target, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return target;
    }
}
