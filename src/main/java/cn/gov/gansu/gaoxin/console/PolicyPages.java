package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.PolicyChanges;
import cn.gov.gansu.gaoxin.policy.PolicyReads;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 政策参数: the dated parameters with clause, quoted text and versions (valid from/to, entered at/by),
 * the coverage table of all 21 clauses — both from {@link PolicyReads} — and the pending proposals
 * to change money rules with their what-if, which a second 省科技厅管理员 approves or rejects
 * ({@link PolicyChanges}, contracts §8).
 */
@Controller
class PolicyPages implements ConsolePage {

    private final PolicyReads policy;
    private final PolicyChanges changes;
    private final cn.gov.gansu.gaoxin.zone.ZoneDirectory zones;
    private final Texts texts;

    PolicyPages(PolicyReads policy, PolicyChanges changes, cn.gov.gansu.gaoxin.zone.ZoneDirectory zones, Texts texts) {
        this.policy = policy;
        this.changes = changes;
        this.zones = zones;
        this.texts = texts;
    }

    @GetMapping("/policy")
    String policy(@RequestParam(required = false) String done, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long proposed, Model model) {
        fill(model, status, page);
        if (proposed != null) {
            model.addAttribute("notice", texts.get("pol.done.proposed", String.valueOf(proposed)));
        }
        if ("APPROVE".equals(done)) {
            model.addAttribute("notice", texts.get("pol.done.approved"));
        } else if ("REJECT".equals(done)) {
            model.addAttribute("notice", texts.get("pol.done.rejected"));
        }
        return "policy";
    }

    /** 批准/驳回 a proposal; a refusal (own proposal, already decided, no reason) is shown on the page. */
    @PostMapping("/policy/proposals/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        try {
            changes.decide(id, decision, comment);
            return "redirect:/policy?done=" + decision;
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            fill(model, null, 1);
            model.addAttribute("proposalError", e.getMessage());
            model.addAttribute("proposalErrorId", id);
            return "policy";
        }
    }

    /** 提案：参数新版本 (maker-checker): goes to the proposals list for another admin's approval. */
    @PostMapping("/policy/proposals/version")
    String proposeVersion(@RequestParam(required = false) String name, @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validTo, @RequestParam(required = false) String value,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("name", name == null ? "" : name);
        form.put("validFrom", validFrom == null ? "" : validFrom);
        form.put("validTo", validTo == null ? "" : validTo);
        form.put("value", value == null ? "" : value);
        form.put("note", note == null ? "" : note);
        return propose("version", form, model, response, () -> changes.proposeVersion(name, validFrom, validTo, value, note));
    }

    /** 提案：配套项目 (matching line) of a city or zone, not retroactive. */
    @PostMapping("/policy/proposals/line")
    String proposeLine(@RequestParam(required = false) String city, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String baseLine, @RequestParam(required = false) String rate,
            @RequestParam(required = false) String amountYuan, @RequestParam(required = false) String capYuan,
            @RequestParam(required = false) String budgetYuan, @RequestParam(required = false) String lineFrom,
            @RequestParam(required = false) String lineTo, @RequestParam(required = false) String lineNote, Model model,
            HttpServletResponse response) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (String[] kv : new String[][] {{"city", city}, {"zone", zone}, {"baseLine", baseLine}, {"rate", rate},
                {"amountYuan", amountYuan}, {"capYuan", capYuan}, {"budgetYuan", budgetYuan}, {"lineFrom", lineFrom},
                {"lineTo", lineTo}, {"lineNote", lineNote}}) {
            form.put(kv[0], kv[1] == null ? "" : kv[1]);
        }
        return propose("line", form, model, response, () -> changes.proposeLine(city, zone, baseLine, rate, amountYuan, capYuan,
                budgetYuan, lineFrom, lineTo, lineNote));
    }

    private String propose(String formName, Map<String, String> form, Model model, HttpServletResponse response,
            java.util.function.Supplier<Map<String, Object>> write) {
        try {
            Map<String, Object> p = write.get();
            return "redirect:/policy?proposed=" + p.get("id");
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            fill(model, null, 1);
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            AwardPages.errors(e, "form").forEach((field, message) -> errors.put(switch (field) {
                case "validFrom" -> "line".equals(formName) ? "lineFrom" : field;
                case "validTo" -> "line".equals(formName) ? "lineTo" : field;
                case "note" -> "line".equals(formName) ? "lineNote" : field;
                default -> form.containsKey(field) ? field : "form";
            }, message));
            model.addAttribute("formName", formName);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "policy";
        }
    }

    static final int PAGE = 20;
    static final List<Excel.Column> EXPORT_COLUMNS = List.of(Excel.Column.integer("编号", 8), Excel.Column.text("类型", 14),
            Excel.Column.text("变更对象", 36), Excel.Column.text("状态", 10), Excel.Column.text("变更内容", 40), Excel.Column.text("有效期", 26),
            Excel.Column.text("提案人", 14), Excel.Column.text("提案时间", 22), Excel.Column.money("测算金额变化（元）"),
            Excel.Column.text("审批人", 14), Excel.Column.text("审批时间", 22), Excel.Column.text("意见", 40));
    static final List<String> EXPORT_HEADERS = EXPORT_COLUMNS.stream().map(Excel.Column::header).toList();

    /** Proposals of a status ("" = all), exported with the figures the page shows. */
    @GetMapping("/policy/proposals/export")
    void export(@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        String s = status(status);
        // read (and so check the caller's role) before the response is committed: a refusal stays a clean 403
        List<List<Object>> rows = new ArrayList<>();
        for (int pageNo = 0; ; pageNo++) {
            List<Map<String, Object>> items = changes.proposals(s, pageNo, 200);
            for (Map<String, Object> p : items) {
                rows.add(row(p));
            }
            if (items.size() < 200) {
                break;
            }
        }
        try (Excel.Sheet sheet = Excel.open(response, "规则变更提案", "规则变更提案", EXPORT_COLUMNS)) {
            sheet.write(rows);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> row(Map<String, Object> p) {
        Map<String, Object> c = (Map<String, Object>) p.get("change");
        Map<String, Object> w = (Map<String, Object>) p.get("whatIf");
        StringBuilder what = new StringBuilder();
        for (String k : List.of("value", "rate", "amountYuan", "capYuan", "budgetYuan")) {
            if (c.get(k) != null) {
                what.append(what.isEmpty() ? "" : "；").append(switch (k) {
                    case "value" -> "新值 ";
                    case "rate" -> "配套比例 ";
                    case "amountYuan" -> "配套金额 ";
                    case "capYuan" -> "单项上限 ";
                    default -> "配套预算 ";
                }).append(c.get(k));
            }
        }
        if (Boolean.TRUE.equals(c.get("ended"))) {
            what.append(what.isEmpty() ? "" : "；").append("终止配套项目");
        }
        if (Boolean.TRUE.equals(c.get("retroactive"))) {
            what.append("（追溯适用）");
        }
        String period = (c.get("validFrom") == null ? "一直" : c.get("validFrom") + " 起") + (c.get("validTo") == null ? "" : " 至 " + c.get("validTo"));
        return java.util.Arrays.asList(p.get("id"), p.get("kindName"), p.get("target"), p.get("statusName"), what.toString(), period,
                p.get("proposedBy"), String.valueOf(p.get("proposedAt")), w == null || w.get("changeYuan") == null ? null
                        : new java.math.BigDecimal(String.valueOf(w.get("changeYuan"))),
                p.get("decidedBy"), p.get("decidedAt") == null ? null : String.valueOf(p.get("decidedAt")), p.get("comment"));
    }

    /** The status filter: PENDING by default, "" for all. */
    private static String status(String status) {
        if (status == null) {
            return "PENDING";
        }
        if (status.isBlank()) {
            return null;
        }
        if (!List.of("PENDING", "APPROVED", "REJECTED").contains(status)) {
            throw new InvalidInput("参数“status”：须为 PENDING、APPROVED 或 REJECTED");
        }
        return status;
    }

    /** 导出Excel of the dated parameters: one row per version (roles as the page: PolicyReads.parameters). */
    @org.springframework.web.bind.annotation.GetMapping("/policy/parameters/export")
    void exportParameters(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var catalogue = policy.parameters();
        List<List<Object>> rows = new ArrayList<>();
        for (var p : catalogue.items()) {
            for (var v : p.versions()) {
                rows.add(java.util.Arrays.asList(p.name(), p.description(), p.clause() != null && p.clause().matches("[0-9]+")
                        ? "第" + p.clause() + "条" : p.clause(), v.value(), v.validFrom() == null ? null : v.validFrom().toString(),
                        v.validTo() == null ? null : v.validTo().toString(), v.enteredBy()));
            }
        }
        try (Excel.Sheet sheet = Excel.open(response, "政策参数", "政策参数", List.of(Excel.Column.text("参数", 40),
                Excel.Column.text("说明", 40), Excel.Column.text("条款", 8), Excel.Column.text("值", 24), Excel.Column.text("生效日期", 12),
                Excel.Column.text("失效日期", 12), Excel.Column.text("录入人", 14)))) {
            sheet.write(rows);
        }
    }

    private void fill(Model model, String status, int page) {
        model.addAttribute("formName", null);
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        model.addAttribute("cityOptions", zones.cities());
        model.addAttribute("zoneOptions", zones.list(CurrentUser.scope(), null, null, null));
        String s = status(status);
        int pageNo = Math.max(page, 1);
        model.addAttribute("catalogue", policy.parameters());
        model.addAttribute("clauses", policy.coverage());
        // one more than a page tells whether there is a next page
        List<Map<String, Object>> items = new ArrayList<>(changes.proposals(s, pageNo - 1, PAGE + 1));
        model.addAttribute("hasNext", items.size() > PAGE);
        model.addAttribute("proposals", items.size() > PAGE ? items.subList(0, PAGE) : items);
        model.addAttribute("status", s == null ? "" : s);
        model.addAttribute("page", pageNo);
        model.addAttribute("mayDecide", CurrentUser.scope().is(Role.PROVINCE_ADMIN));
        model.addAttribute("myName", CurrentUser.scope().username());
        model.addAttribute("active", "policy");
    }
}
