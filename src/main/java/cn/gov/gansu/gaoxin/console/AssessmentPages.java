package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.PolicyAssessments;
import cn.gov.gansu.gaoxin.policy.PolicyReads;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 政策测算 (issue 9 item 1): an official describes an event — a qualification recognised, an
 * enterprise introduced, a national project won, a zone recognised or approved as national — and
 * sees what the engine would grant, each amount explained and cited, nothing stored (contracts §3);
 * and 参数测算: a drafted parameter version's what-if over the registry, the same figures its
 * proposal would store, with the proposal submitted from there (contracts §8). Thin: the policy
 * module's {@link PolicyAssessments} checks roles and input.
 */
@Controller
class AssessmentPages implements ConsolePage {

    static final List<String> FACT_TYPES = List.of("QUALIFICATION_RECOGNISED", "ENTERPRISE_INTRODUCED", "NATIONAL_PROJECT_WON",
            "ZONE_RECOGNISED", "ZONE_APPROVED_NATIONAL");
    static final List<String> FIELDS = List.of("type", "enterprise", "zone", "qualification", "recognition", "category",
            "programme", "project", "fundingWan", "date");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final PolicyAssessments assessments;
    private final PolicyReads policy;
    private final ZoneDirectory zones;

    AssessmentPages(PolicyAssessments assessments, PolicyReads policy, ZoneDirectory zones) {
        this.assessments = assessments;
        this.policy = policy;
        this.zones = zones;
    }

    @GetMapping("/policy/assessment")
    String page(Model model) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR);
        fill(model, new LinkedHashMap<>(), new LinkedHashMap<>());
        return "policy-assessment";
    }

    /** 测算 one event: the findings (and matching findings) with amount, payer, chain and explanation. */
    @PostMapping("/policy/assessment")
    String assess(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        Map<String, String> form = form(params, FIELDS);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Map<String, Object> result = assessments.assess(Map.of("facts", List.of(fact(form))), null);
            model.addAttribute("result", result);
            List<Object> findings = new ArrayList<>((List<?>) result.get("findings"));
            findings.addAll((List<?>) result.get("matchingFindings"));
            model.addAttribute("findings", findings);
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            errors.put("fact", e.getMessage().replace("facts[0].", "").replace("fundingLandedYuan", "fundingWan"));
        }
        fill(model, form, errors);
        return "policy-assessment";
    }

    /** 参数测算: the what-if of one drafted version; a PROVINCE_ADMIN may then submit it as a proposal. */
    @PostMapping("/policy/what-if")
    String whatIf(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        Map<String, String> draft = form(params, List.of("name", "value", "validFrom", "validTo"));
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            model.addAttribute("whatIf", assessments.whatIfVersion(draft.get("name"), draft.get("validFrom"), draft.get("validTo"),
                    draft.get("value")));
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            errors.put("whatIf", e.getMessage());
        }
        model.addAttribute("draft", draft);
        fill(model, new LinkedHashMap<>(), errors);
        return "policy-assessment";
    }

    private void fill(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("active", "assessment");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new LinkedHashMap<String, String>());
        }
        model.addAttribute("factTypes", FACT_TYPES);
        model.addAttribute("qualifications", List.of(QualificationType.values()));
        model.addAttribute("zoneOptions", zones.list(CurrentUser.scope(), null, null, null));
        model.addAttribute("catalogue", policy.parameters());
        model.addAttribute("mayPropose", CurrentUser.scope().role() == Role.PROVINCE_ADMIN);
    }

    /** The §3 fact the form describes; amounts typed in 万元 go to the engine in 元, exactly. */
    static Map<String, Object> fact(Map<String, String> form) {
        String type = form.get("type");
        if (type == null || !FACT_TYPES.contains(type)) {
            throw new InvalidInput("请选择事件类型");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", "f1");
        f.put("type", type);
        put(f, "zone", form.get("zone"));
        put(f, "date", form.get("date"));
        switch (type) {
            case "QUALIFICATION_RECOGNISED" -> {
                put(f, "enterprise", form.get("enterprise"));
                put(f, "qualification", form.get("qualification"));
                put(f, "recognition", form.get("recognition"));
            }
            case "ENTERPRISE_INTRODUCED" -> {
                put(f, "enterprise", form.get("enterprise"));
                put(f, "category", form.get("category"));
            }
            case "NATIONAL_PROJECT_WON" -> {
                put(f, "unit", form.get("enterprise"));
                put(f, "programme", form.get("programme"));
                put(f, "project", form.get("project"));
                String wan = form.get("fundingWan");
                if (wan != null) {
                    try {
                        f.put("fundingLandedYuan", new BigDecimal(wan).multiply(TEN_THOUSAND).setScale(2).toPlainString());
                    } catch (NumberFormatException | ArithmeticException e) {
                        throw new InvalidInput("字段“fundingWan”：在甘落地资金须为万元数额，最多六位小数，如 420 或 420.5");
                    }
                }
            }
            case "ZONE_RECOGNISED" -> f.put("level", "PROVINCIAL");
            default -> {
            }
        }
        return f;
    }

    private static void put(Map<String, Object> f, String key, String value) {
        if (value != null) {
            f.put(key, value);
        }
    }

    /** The named parameters, trimmed, blanks as null, at most 200 characters each (what the form can hold). */
    private static Map<String, String> form(Map<String, String> params, List<String> names) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String n : names) {
            String v = params.get(n);
            v = v == null || v.isBlank() ? null : v.trim();
            if (v != null && v.length() > 200) {
                throw new InvalidInput("字段“" + n + "”：不能超过200字");
            }
            form.put(n, v);
        }
        return form;
    }
}
