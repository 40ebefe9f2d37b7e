package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.funds.Experiences;
import cn.gov.gansu.gaoxin.funds.FundUse;
import cn.gov.gansu.gaoxin.funds.FundUseOverview;
import cn.gov.gansu.gaoxin.funds.FundsMessages;
import cn.gov.gansu.gaoxin.funds.LedgerStatements;
import cn.gov.gansu.gaoxin.funds.PaidAward;
import cn.gov.gansu.gaoxin.funds.Recoveries;
import cn.gov.gansu.gaoxin.funds.SupportMeasures;
import cn.gov.gansu.gaoxin.funds.ZonePlans;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.web.Paging;
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
 * 资金管理 pages (clauses 19 and 21): 资金使用 (summary per zone, paid awards with their reports, review,
 * reminders), 追回 (proposals, the second admin's decision, repayments), 资金台账 (a payer's yearly
 * statement, printable, Excel), 市州配套措施 and 规划与经验. Scoped and checked by the funds module.
 */
@Controller
class FundsPages implements ConsolePage {

    private static final int EXPORT_ROWS = Paging.MAX_SIZE;

    private final FundUse fundUse;
    private final FundUseOverview overview;
    private final Recoveries recoveries;
    private final LedgerStatements statements;
    private final SupportMeasures measures;
    private final ZonePlans plans;
    private final Experiences experiences;
    private final FundsMessages messages;
    private final ZoneDirectory zones;
    private final AwardLabels labels;
    private final Texts texts;

    FundsPages(FundUse fundUse, FundUseOverview overview, Recoveries recoveries, LedgerStatements statements, SupportMeasures measures, ZonePlans plans,
            Experiences experiences, FundsMessages messages, ZoneDirectory zones, AwardLabels labels, Texts texts) {
        this.fundUse = fundUse;
        this.overview = overview;
        this.recoveries = recoveries;
        this.statements = statements;
        this.measures = measures;
        this.plans = plans;
        this.experiences = experiences;
        this.messages = messages;
        this.zones = zones;
        this.labels = labels;
        this.texts = texts;
    }

    // ---------------------------------------------------------------- 资金使用

    @GetMapping("/funds/use")
    String use(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() : year;
        Paging paging = paging(page, size);
        FundUse.Page<PaidAward> awards = overview.paidAwards(scope, blank(zone), year, overdue, paging);
        model.addAttribute("summary", overview.summary(scope, y));
        model.addAttribute("awards", awards.items());
        model.addAttribute("total", awards.total());
        model.addAttribute("reports", fundUse.reports(scope, "SUBMITTED", blank(zone), null, null, new Paging(0, 100)).items());
        model.addAttribute("messages", messages.mine(20));
        model.addAttribute("overdueIds", awards.items().stream().filter(overview::overdue).map(PaidAward::awardId).toList());
        model.addAttribute("dueDays", overview.dueDays());
        model.addAttribute("canRemind", scope.is(Role.ZONE_OFFICER) || scope.is(Role.CITY_OFFICER) || scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("canReview", scope.is(Role.ZONE_OFFICER) || scope.is(Role.CITY_OFFICER));
        filters(model, zone, y, overdue, page, size, awards.total(), scope);
        model.addAttribute("active", "funds-use");
        return "funds/use";
    }

    /** The home page's panel (loaded by htmx): the year's totals over the zones in scope. */
    @GetMapping("/funds/panel")
    String panel(Model model) {
        int y = LocalDate.now().getYear();
        java.math.BigDecimal paid = java.math.BigDecimal.ZERO;
        java.math.BigDecimal reported = java.math.BigDecimal.ZERO;
        long overdue = 0;
        for (FundUseOverview.SummaryItem s : overview.summary(CurrentUser.scope(), y)) {
            paid = paid.add(new java.math.BigDecimal(s.paidYuan()));
            reported = reported.add(new java.math.BigDecimal(s.reportedYuan()));
            overdue += s.overdue();
        }
        model.addAttribute("year", y);
        model.addAttribute("paid", paid);
        model.addAttribute("reported", reported);
        model.addAttribute("overdue", overdue);
        return "funds/panel :: panel";
    }

    @PostMapping("/funds/use/reports/{id}/review")
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/use", () -> fundUse.review(id, decision, comment), "fu.done.reviewed", String.valueOf(id));
    }

    @PostMapping("/funds/use/reminders")
    String remind(RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/use?overdue=true", () -> {
            int n = overview.remindOverdue();
            return texts.get("fu.done.reminded", String.valueOf(n));
        });
    }

    @GetMapping("/funds/use/export")
    void useExport(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) throws IOException {
        DataScope scope = CurrentUser.scope();
        List<List<Object>> rows = new ArrayList<>();
        for (PaidAward a : overview.paidAwards(scope, blank(zone), year, overdue, new Paging(0, EXPORT_ROWS)).items()) {
            rows.add(java.util.Arrays.asList(a.awardId(), names().of(a.zone()), labels.beneficiary(a.beneficiary()), labels.line(a.line()),
                    a.paidAmount(), date(a.paidOn()), a.reported(), overview.overdue(a) ? "逾期未报告" : null, date(a.remindedOn())));
        }
        excel(response, "资金使用", List.of(Excel.Column.integer("奖补编号", 10), Excel.Column.text("高新区", 16), Excel.Column.text("受奖方", 36),
                Excel.Column.text("奖补项目", 28), Excel.Column.money("拨付金额（元）"), Excel.Column.text("拨付日期", 12),
                Excel.Column.money("已报告使用（元）"), Excel.Column.text("逾期", 12), Excel.Column.text("最近提醒", 12)), rows);
    }

    // ---------------------------------------------------------------- 追回

    @GetMapping("/funds/recoveries")
    String recoveries(@RequestParam(required = false) String status, @RequestParam(required = false) String zone,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        DataScope scope = CurrentUser.scope();
        FundUse.Page<Recoveries.Recovery> p = recoveries.list(scope, blank(status), blank(zone), paging(page, size));
        model.addAttribute("items", p.items());
        model.addAttribute("status", blank(status));
        model.addAttribute("canDecide", scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("canRepay", scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.PROVINCE_FINANCE));
        model.addAttribute("myName", scope.username());
        filters(model, zone, null, false, page, size, p.total(), scope);
        model.addAttribute("active", "funds-recoveries");
        return "funds/recoveries";
    }

    @PostMapping("/funds/recoveries/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/recoveries", () -> recoveries.decide(id, decision, comment), "fu.done.decided",
                String.valueOf(id));
    }

    @PostMapping("/funds/recoveries/{id}/repayment")
    String repay(@PathVariable long id, @RequestParam String amountYuan, RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/recoveries", () -> recoveries.repay(id, yuan(amountYuan)), "fu.done.repaid",
                String.valueOf(id));
    }

    @PostMapping("/funds/awards/{id}/recovery")
    String propose(@PathVariable long id, @RequestParam String amountYuan, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/recoveries", () -> recoveries.propose(id, yuan(amountYuan), reason), "fu.done.proposed",
                String.valueOf(id));
    }

    @GetMapping("/funds/recoveries/export")
    void recoveriesExport(@RequestParam(required = false) String status, @RequestParam(required = false) String zone,
            HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Recoveries.Recovery r : recoveries.list(CurrentUser.scope(), blank(status), blank(zone), new Paging(0, EXPORT_ROWS)).items()) {
            rows.add(java.util.Arrays.asList(r.id(), r.awardId(), names().of(r.zone()), labels.beneficiary(r.beneficiary()), r.amount(), r.reason(),
                    r.statusName(), r.proposedBy(), r.decidedBy(), r.repaid(), r.outstanding()));
        }
        excel(response, "追回", List.of(Excel.Column.integer("编号", 8), Excel.Column.integer("奖补编号", 10), Excel.Column.text("高新区", 16),
                Excel.Column.text("受奖方", 36), Excel.Column.money("追回金额（元）"), Excel.Column.text("理由", 40), Excel.Column.text("状态", 12),
                Excel.Column.text("提出人", 14), Excel.Column.text("决定人", 14), Excel.Column.money("已退回（元）"), Excel.Column.money("待退回（元）")), rows);
    }

    // ---------------------------------------------------------------- 资金台账

    @GetMapping("/funds/ledger")
    String ledger(@RequestParam(required = false) String payer, @RequestParam(required = false) Integer year, Model model) {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() : year;
        String p = blank(payer) != null ? payer.trim() : switch (scope.role().scopeKind()) {
            case CITY -> scope.city();
            case ZONE -> scope.zone();
            default -> "PROVINCE_DEPARTMENT";
        };
        model.addAttribute("statement", statements.statement(p, y));
        model.addAttribute("payers", scope.provinceWide() ? statements.payers() : List.of(p));
        model.addAttribute("payer", p);
        model.addAttribute("year", y);
        model.addAttribute("active", "funds-ledger");
        return "funds/ledger";
    }

    // ---------------------------------------------------------------- 市州配套措施

    @GetMapping("/funds/measures")
    String measures(@RequestParam(required = false) String city, @RequestParam(required = false) Integer year, Model model) {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("items", measures.list(blank(city), year));
        boolean official = scope.provinceWide() || scope.is(Role.CITY_OFFICER) || scope.is(Role.ZONE_OFFICER);
        model.addAttribute("comparison", official ? measures.committedVersusPaid(y) : List.of());
        model.addAttribute("cities", zones.cities());
        model.addAttribute("city", blank(city));
        model.addAttribute("year", y);
        model.addAttribute("yearFilter", year);
        model.addAttribute("canRecord", scope.is(Role.CITY_OFFICER) || scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("ownCity", scope.city());
        model.addAttribute("active", "funds-measures");
        return "funds/measures";
    }

    @PostMapping("/funds/measures")
    String recordMeasure(@RequestParam(required = false) String city, @RequestParam(required = false) String county,
            @RequestParam(required = false) String title, @RequestParam(required = false) String documentNumber,
            @RequestParam(required = false) String issuedOn, @RequestParam(required = false) String committedYuan,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/measures",
                () -> measures.record(new SupportMeasures.NewMeasure(city, county, title, documentNumber, issuedOn, yuan(committedYuan))),
                "fu.done.measure", title);
    }

    @GetMapping("/funds/measures/export")
    void measuresExport(@RequestParam(required = false) String city, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        CurrentUser.scope();
        List<List<Object>> rows = new ArrayList<>();
        for (SupportMeasures.Measure m : measures.list(blank(city), year)) {
            rows.add(java.util.Arrays.asList(m.cityName(), m.county(), m.title(), m.documentNumber(), date(m.issuedOn()),
                    m.committed() == null ? "未载明" : m.committed()));
        }
        excel(response, "市州配套措施", List.of(Excel.Column.text("市(州)", 12), Excel.Column.text("县(区)", 12), Excel.Column.text("措施名称", 40),
                Excel.Column.text("文号", 24), Excel.Column.text("印发日期", 12), Excel.Column.money("承诺资金（元）")), rows);
    }

    // ---------------------------------------------------------------- 规划与经验

    @GetMapping("/funds/plans")
    String plans(@RequestParam(required = false) String zone, Model model) {
        DataScope scope = CurrentUser.scope();
        model.addAttribute("plans", plans.list(scope, blank(zone), null));
        model.addAttribute("experiences", experiences.list(scope, blank(zone), null));
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("zone", blank(zone));
        model.addAttribute("canSubmit", scope.is(Role.ZONE_OFFICER));
        model.addAttribute("canReviewPlans", scope.is(Role.CITY_OFFICER) || scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("canPublish", scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("active", "funds-plans");
        return "funds/plans";
    }

    @PostMapping("/funds/plans")
    String submitPlan(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String period, @RequestParam(required = false) String adoptedOn, RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/plans", () -> plans.submit(new ZonePlans.NewPlan(null, kind, title, period, adoptedOn)),
                "fu.done.plan", title);
    }

    @PostMapping("/funds/plans/{id}/review")
    String reviewPlan(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/plans", () -> plans.review(id, decision, comment), "fu.done.planReviewed",
                String.valueOf(id));
    }

    @PostMapping("/funds/experiences")
    String submitExperience(@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/plans", () -> experiences.submit(new Experiences.NewExperience(null, title, summary)),
                "fu.done.experience", title);
    }

    @PostMapping("/funds/experiences/{id}/review")
    String reviewExperience(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(redirect, "redirect:/funds/plans", () -> experiences.review(id, decision, comment), "fu.done.experienceReviewed",
                String.valueOf(id));
    }

    @GetMapping("/funds/plans/export")
    void plansExport(@RequestParam(required = false) String zone, HttpServletResponse response) throws IOException {
        DataScope scope = CurrentUser.scope();
        List<List<Object>> rows = new ArrayList<>();
        for (ZonePlans.Plan p : plans.list(scope, blank(zone), null)) {
            rows.add(java.util.Arrays.asList("规划", p.zoneName(), p.period() + p.kind().chineseName(), p.title(), date(p.adoptedOn()), p.statusName()));
        }
        for (Experiences.Experience x : experiences.list(scope, blank(zone), null)) {
            rows.add(java.util.Arrays.asList("经验", x.zoneName(), "可复制可推广经验", x.title(), date(x.publishedOn()), x.statusName()));
        }
        excel(response, "规划与经验", List.of(Excel.Column.text("类别", 8), Excel.Column.text("高新区", 16), Excel.Column.text("类型", 24),
                Excel.Column.text("名称", 40), Excel.Column.text("日期", 12), Excel.Column.text("状态", 10)), rows);
    }

    // ---------------------------------------------------------------- helpers

    private ZoneNames names() {
        return new ZoneNames(zones);
    }

    private void filters(Model model, String zone, Integer year, boolean overdue, int page, int size, long total, DataScope scope) {
        int pageSize = Lists.size(size);
        model.addAttribute("zone", blank(zone));
        model.addAttribute("year", year);
        model.addAttribute("overdue", overdue);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pages", Lists.pages(total, pageSize));
        model.addAttribute("size", pageSize);
        model.addAttribute("sizes", Lists.SIZES);
        model.addAttribute("total", total);
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("names", names());
    }

    private static Paging paging(int page, int size) {
        int pageSize = Lists.size(size);
        return new Paging(Math.max(0, page - 1), pageSize);
    }

    /** An amount as typed, without thousands separators; null stays null. */
    private static String yuan(String v) {
        return v == null ? null : v.replace(",", "").trim();
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** One sheet named as the file, through the console's {@link Excel} helper (money as numbers in 元). */
    private static void excel(HttpServletResponse response, String name, List<Excel.Column> columns, List<List<Object>> rows) throws IOException {
        try (Excel.Sheet sheet = Excel.open(response, name, name, columns)) {
            sheet.write(rows);
        }
    }

    /** A date as an ISO text cell (2025-11-03), empty when missing. */
    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * Runs a form's action; its message (or the refusal's Chinese detail) is shown once on the page the
     * browser is sent back to.
     */
    private static String act(RedirectAttributes redirect, String target, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return target;
    }

    /** {@link #act} for an action whose message is the {@code doneKey} text with one argument, shown after it ran. */
    private String act(RedirectAttributes redirect, String target, Runnable action, String doneKey, String argument) {
        return act(redirect, target, () -> {
            action.run();
            return texts.get(doneKey, argument);
        });
    }
}
