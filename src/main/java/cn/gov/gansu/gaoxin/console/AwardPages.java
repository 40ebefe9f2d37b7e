package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.award.AwardAction;
import cn.gov.gansu.gaoxin.award.AwardManagement;
import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 奖补 pages: the list of award cases in scope (filter bar, paging, status tags, 万元), its Excel
 * export, and a case's detail with the amount's explanation, the approval chain and history, the
 * payments, and the action forms for the user whose turn it is. Reads only {@link AwardReads};
 * writes only through {@link AwardManagement}, which checks role and scope again.
 */
@Controller
class AwardPages implements ConsolePage {

    static final List<String> EXPORT_HEADERS = List.of("编号", "奖补类别", "条款", "受益方代码", "受益方", "所属高新区", "金额（元）",
            "状态", "待办角色", "付款单位", "兑付年度", "批准日期", "可支付日期");
    static final List<Excel.Column> EXPORT_COLUMNS = List.of(Excel.Column.integer("编号", 10), Excel.Column.text("奖补类别", 26),
            Excel.Column.text("条款", 8), Excel.Column.text("受益方代码", 22), Excel.Column.text("受益方", 30),
            Excel.Column.text("所属高新区", 16), Excel.Column.money("金额（元）"), Excel.Column.text("状态", 10),
            Excel.Column.text("待办角色", 16), Excel.Column.text("付款单位", 14), Excel.Column.integer("兑付年度", 10),
            Excel.Column.text("批准日期", 12), Excel.Column.text("可支付日期", 12));
    private static final Pattern FIELD = Pattern.compile("^字段“(\\w+)”：(.*)$", Pattern.DOTALL);

    private final AwardReads awards;
    private final AwardManagement management;
    private final AwardLabels labels;
    private final ZoneDirectory zones;
    private final AccountManagement accounts;
    private final AuditTrail audit;
    private final EnterpriseRegistry enterprises;

    /** At most this many enterprises a name search may match before it asks for a fuller name. */
    static final int NAME_MATCHES = 2000;

    AwardPages(AwardReads awards, AwardManagement management, AwardLabels labels, ZoneDirectory zones,
            AccountManagement accounts, AuditTrail audit, EnterpriseRegistry enterprises) {
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.awards = awards;
        this.management = management;
        this.labels = labels;
        this.zones = zones;
        this.audit = audit;
    }

    @GetMapping("/awards")
    String list(@RequestParam(required = false) String beneficiary, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String line, @RequestParam(required = false) String status,
            @RequestParam(required = false) String pendingRole, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String tasks,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        DataScope scope = CurrentUser.scope();
        String typed = beneficiary == null ? "" : beneficiary.trim();
        AwardQuery q;
        AwardReads.Filter filter;
        String searchError = null;
        try {
            q = AwardQuery.of(beneficiary, zone, line, status, pendingRole, sort, tasks);
            filter = filter(q, scope);
        } catch (InvalidInput wrongSearch) {
            // shown in place of the list (an htmx swap does not show a 400), the other criteria kept
            searchError = wrongSearch.getMessage();
            q = AwardQuery.of(null, zone, line, status, pendingRole, sort, tasks);
            filter = null;
        }
        AwardReads.Filter shown = filter;
        Lists.clamped(page, size, paging -> shown == null ? new AwardReads.Page(List.of(), 0) : awards.list(scope, shown, paging),
                AwardReads.Page::total).addTo(model, AwardReads.Page::items);
        model.addAttribute("typed", typed);
        model.addAttribute("searchError", searchError);
        model.addAttribute("q", q);
                model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("active", "awards");
        return htmx != null ? "awards :: list" : "awards";
    }

    /** 导出Excel: exactly the list's filter within scope, amounts in 元 exact. */
    @GetMapping("/awards/export")
    void export(@RequestParam(required = false) String beneficiary, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String line, @RequestParam(required = false) String status,
            @RequestParam(required = false) String pendingRole, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String tasks,
            HttpServletResponse response) throws IOException {
        DataScope scope = CurrentUser.scope();
        AwardQuery q = AwardQuery.of(beneficiary, zone, line, status, pendingRole, sort, tasks);
        AwardReads.Filter filter = filter(q, scope);
        long written = 0;
        boolean complete = false;
        try (Excel.Sheet sheet = Excel.open(response, "奖补", "奖补", EXPORT_COLUMNS)) {
            for (int pageNo = 0;; pageNo++) {
                AwardReads.Page p = awards.list(scope, filter, new Paging(pageNo, 500));
                sheet.write(p.items().stream().map(this::row).toList());
                written += p.items().size();
                if (p.items().size() < 500) {
                    break;
                }
            }
            complete = true;
        } finally {
            audit.recordExport("AWARD", "奖补清单", Lists.criteria("beneficiary", beneficiary, "zone", zone, "line", line,
                    "status", status, "pendingRole", pendingRole, "tasks", tasks, "sort", sort), written, complete);
        }
    }

    /**
     * The list's filter: a USCC or a zone code as typed, else a fragment of a company's name, resolved
     * to the enterprises in the caller's scope whose name (or code) holds it.
     *
     * @throws InvalidInput when the fragment matches more than {@link #NAME_MATCHES} enterprises
     */
    AwardReads.Filter filter(AwardQuery q, DataScope scope) {
        AwardReads.Filter f = q.filter();
        String b = q.beneficiary();
        if (b == null || Uscc.isValid(b) || zones.find(b).isPresent()) {
            return f;
        }
        EnterpriseRegistry.Page found = enterprises.list(scope, new EnterpriseRegistry.Filter(null, b, null, null, null),
                new Paging(0, Paging.MAX_SIZE));
        if (found.total() > NAME_MATCHES) {
            throw new InvalidInput("受益方：名称含“" + b + "”的企业有" + found.total() + "家，超过" + NAME_MATCHES
                    + "家，请输入更完整的企业名称或统一社会信用代码");
        }
        java.util.Set<String> usccs = new java.util.HashSet<>();
        found.items().forEach(e -> usccs.add(e.uscc()));
        for (int p = 1; (long) p * Paging.MAX_SIZE < found.total(); p++) {
            enterprises.list(scope, new EnterpriseRegistry.Filter(null, b, null, null, null), new Paging(p, Paging.MAX_SIZE))
                    .items().forEach(e -> usccs.add(e.uscc()));
        }
        return new AwardReads.Filter(null, f.zone(), f.line(), f.status(), f.pendingRole(), f.sort(), f.tasks(), usccs);
    }

    /**
     * 批量审核通过 (我的待办): one comment for the selected awards, each decided through
     * {@link AwardManagement#decide} in its own transaction; the page lists which were approved and
     * why the others were refused (e.g. four eyes: the user confirmed or decided one already).
     */
    @PostMapping("/awards/bulk-decision")
    String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam(required = false) String comment,
            Model model, HttpServletResponse response) {
        String opinion = comment == null || comment.isBlank() ? "同意" : comment.trim();
        List<BulkResult> results = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("error", "请先勾选要审核通过的奖补");
        } else if (opinion.length() > 2000) {
            response.setStatus(400);
            model.addAttribute("error", "审批意见最多2000字");
        } else if (ids.size() > 100) {
            response.setStatus(400);
            model.addAttribute("error", "一次最多批量审核100项，您勾选了" + ids.size() + "项");
        } else {
            for (Long id : new java.util.LinkedHashSet<>(ids)) {
                try {
                    management.decide(id, new AwardManagement.DecisionRequest("APPROVE", opinion, null));
                    results.add(new BulkResult(id, true, "已审核通过"));
                } catch (DomainProblem refused) {
                    results.add(new BulkResult(id, false, refused.getMessage()));
                }
            }
        }
        model.addAttribute("results", results);
        model.addAttribute("comment", opinion);
        model.addAttribute("succeeded", results.stream().filter(BulkResult::ok).count());
        model.addAttribute("active", "awards");
        return "awards-bulk";
    }

    /** One award of a bulk approval: approved, or the refusal's reason. */
    record BulkResult(long id, boolean ok, String message) {
    }

    private List<Object> row(AwardReads.Summary a) {
        List<Object> r = new ArrayList<>();
        r.add(a.id());
        r.add(labels.line(a.line()));
        r.add("第" + a.clause() + "条");
        r.add(a.beneficiary());
        r.add(labels.beneficiary(a.beneficiary()));
        r.add(labels.zone(a.beneficiaryZone()));
        r.add(a.amount()); // numeric, 元 with two decimals; empty while to be decided
        r.add(labels.status(a.status()));
        r.add(a.pendingRole() == null ? "" : a.pendingRole().chineseName());
        r.add(labels.payer(a.payer()));
        r.add(a.payableYear());
        r.add(a.approvedOn() == null ? "" : a.approvedOn().toString());
        r.add(a.payableFrom() == null ? "" : a.payableFrom().toString());
        return r;
    }

    @GetMapping("/awards/{id}")
    String detail(@PathVariable long id, Model model) {
        return render(id, model, new FormState(null, Map.of(), Map.of(), false));
    }

    @PostMapping("/awards/{id}/confirmation")
    String confirm(@PathVariable long id, @RequestParam(required = false) String bankAccount, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("bankAccount", bankAccount == null ? "" : bankAccount);
        if (bankAccount == null || bankAccount.isBlank()) {
            response.setStatus(400);
            return render(id, model, new FormState("confirm", form, Map.of("bankAccount", "请填写收款银行账号"), false));
        }
        try {
            management.confirm(id, bankAccount);
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(id, model, new FormState("confirm", form, errors(e, "bankAccount"), false));
        }
        redirect.addFlashAttribute("done", "已确认领取，进入审核。");
        return "redirect:/awards/" + id;
    }

    /** 通过/驳回: a comment is required; the first submit shows a confirmation step, the second decides. */
    @PostMapping("/awards/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String amountYuan,
            @RequestParam(required = false) String confirmed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("decision", decision == null ? "" : decision);
        form.put("comment", comment == null ? "" : comment);
        form.put("amountYuan", amountYuan == null ? "" : amountYuan);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision) && !"RETURN".equals(decision)) {
            errors.put("decision", "请选择“通过”“退回修改”或“驳回”");
        }
        if (comment == null || comment.isBlank()) {
            errors.put("comment", "请填写审批意见");
        } else if (!"APPROVE".equals(decision) && "同意".equals(comment.trim())) {
            errors.put("comment", "RETURN".equals(decision) ? "退回修改须写明需要修改的内容" : "驳回须写明理由");
        } else if (comment.length() > 2000) {
            errors.put("comment", "审批意见最多2000字");
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return render(id, model, new FormState("decide", form, errors, false));
        }
        if (!"yes".equals(confirmed)) {
            return render(id, model, new FormState("decide", form, Map.of(), true));
        }
        try {
            if ("RETURN".equals(decision)) {
                management.sendBack(id, comment.trim());
            } else {
                management.decide(id, new AwardManagement.DecisionRequest(decision, comment.trim(),
                        amountYuan == null || amountYuan.isBlank() ? null : amountYuan.trim()));
            }
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(id, model, new FormState("decide", form, errors(e, "form"), false));
        }
        redirect.addFlashAttribute("done", "APPROVE".equals(decision) ? "已审核通过。" : "RETURN".equals(decision)
                ? "已退回修改。" : "已驳回。");
        return "redirect:/awards/" + id;
    }

    /**
     * 拨付: the form carries an Idempotency-Key generated when it was rendered, so a double click (or a
     * repeated confirmation) answers the one payment instead of paying twice.
     */
    @PostMapping("/awards/{id}/payment")
    String pay(@PathVariable long id, @RequestParam(required = false) String idempotencyKey,
            @RequestParam(required = false) String amountYuan, @RequestParam(required = false) String confirmed,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("idempotencyKey", idempotencyKey == null || idempotencyKey.isBlank() ? newKey() : idempotencyKey);
        form.put("amountYuan", amountYuan == null ? "" : amountYuan);
        if (!"yes".equals(confirmed)) {
            return render(id, model, new FormState("pay", form, Map.of(), true));
        }
        try {
            AwardManagement.PaymentOutcome outcome = management.pay(id, amountYuan, form.get("idempotencyKey"));
            redirect.addFlashAttribute("done", outcome.created() ? "已拨付。" : "该笔拨付已完成（重复提交未再次支付）。");
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(id, model, new FormState("pay", form, errors(e, "form"), false));
        }
        return "redirect:/awards/" + id;
    }

    private String render(long id, Model model, FormState state) {
        DataScope scope = CurrentUser.scope();
        AwardReads.Detail d = awards.find(scope, id)
                .orElseThrow(() -> new NotFound("未找到编号为" + id + "的奖补，或该奖补不在您的数据范围内"));
        AwardReads.Summary a = d.award();
        // the award answers what this user may do (contracts §8 rules live there, not here)
        boolean canConfirm = d.allowed().contains(AwardAction.CONFIRM);
        boolean canDecide = d.allowed().contains(AwardAction.APPROVE);
        boolean canDecline = d.allowed().contains(AwardAction.DECLINE);
        model.addAttribute("canReturn", d.allowed().contains(AwardAction.RETURN));
        boolean canPay = d.allowed().contains(AwardAction.PAY);
        boolean payable = canPay && a.payableFrom() != null && !LocalDate.now().isBefore(a.payableFrom());
        Map<String, String> form = new LinkedHashMap<>(state.form());
        if (canPay && !form.containsKey("idempotencyKey")) {
            form.put("idempotencyKey", newKey());
        }
        if (canDecide && !form.containsKey("comment")) {
            form.put("comment", "同意"); // the usual opinion, prefilled; a rejection needs its reason typed
        }
        if (canPay) {
            form.putIfAbsent("amountYuan", a.amount() == null ? "" : a.amount().setScale(2).toPlainString());
        }
        model.addAttribute("d", d);
        model.addAttribute("names", accounts.displayNames(d.history().stream().map(AwardReads.HistoryItem::who).toList()));
        model.addAttribute("a", a);
        model.addAttribute("canConfirm", canConfirm);
        model.addAttribute("canDecide", canDecide);
        model.addAttribute("canDecline", canDecline);
        model.addAttribute("canPay", canPay);
        model.addAttribute("payable", payable);
        model.addAttribute("needsAmount", canDecide && d.amountDecidedCaseByCase());
        model.addAttribute("formName", state.name());
        model.addAttribute("form", form);
        model.addAttribute("errors", state.errors());
        model.addAttribute("confirming", state.confirming());
        model.addAttribute("active", "awards");
        return "award";
    }

    /** A domain refusal as errors: next to the field it names (字段“x”：…), else on the form. */
    static Map<String, String> errors(DomainProblem e, String fallbackField) {
        Map<String, String> errors = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (m.matches()) {
            errors.put(m.group(1), m.group(2));
        } else {
            errors.put(fallbackField, e.getMessage());
        }
        return errors;
    }

    private static String newKey() {
        return "console-" + UUID.randomUUID();
    }

    /** Which form was submitted, what was typed, the errors, and whether to show the confirmation step. */
    record FormState(String name, Map<String, String> form, Map<String, String> errors, boolean confirming) {
    }
}
