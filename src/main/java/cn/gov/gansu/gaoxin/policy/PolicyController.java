package cn.gov.gansu.gaoxin.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.clauses.MatchingAward;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy API: assessments (contracts §3, a pure calculation), parameters and their dated
 * versions, matching lines, clause coverage, what-if and the re-scan of proactive delivery.
 */
@RestController
@Tag(name = "政策规则")
class PolicyController {

    static final String ALL = "角色：所有已登录角色。";
    static final String ASSESSORS = "角色：PROVINCE_ADMIN、PROVINCE_FINANCE、AUDITOR。";

    private final PolicyParameters parameters;
    private final RegistryZones registry;
    private final WhatIf whatIf;
    private final ProactiveDelivery delivery;
    private final Entitlements entitlements;
    private final PolicyProposals proposals;
    private final PolicyAssessments assessments;

    private final org.springframework.beans.factory.ObjectProvider<cn.gov.gansu.gaoxin.shared.ClauseReport> reports;

    PolicyController(PolicyParameters parameters, RegistryZones registry, WhatIf whatIf, ProactiveDelivery delivery,
            Entitlements entitlements, PolicyProposals proposals, PolicyAssessments assessments,
            org.springframework.beans.factory.ObjectProvider<cn.gov.gansu.gaoxin.shared.ClauseReport> reports) {
        this.reports = reports;
        this.assessments = assessments;
        this.proposals = proposals;
        this.parameters = parameters;
        this.registry = registry;
        this.whatIf = whatIf;
        this.delivery = delivery;
        this.entitlements = entitlements;
    }

    /** Facts in, findings out; nothing is stored. {@code asOf} replays the parameters as known at an instant. */
    @Operation(operationId = "assessPolicy", summary = "政策评估：事实进，结论出",
            description = "契约§3：纯计算，不保存任何数据；同一引擎在登记簿记录这些事件时自动生成应享奖补（免申即享）。" + ASSESSORS,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentSchemas.AssessmentRequest.class))),
            responses = @ApiResponse(responseCode = "200", description = "结论",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentSchemas.AssessmentResult.class))))
    @PostMapping("/api/policy/assessments")
    Map<String, Object> assess(@RequestBody(required = false) Object body,
            @Parameter(description = "按某一时刻已知的参数重放（如 2026-11-01T00:00:00Z 或 2026-11-01）") @RequestParam(required = false) String asOf) {
        return assessments.assess(body, asOf == null ? null : instant(asOf));
    }

    @Operation(operationId = "listPolicyParameters", summary = "列出政策参数及其版本", description = "每个参数的条款、原文与按日期的取值。"
            + "角色：PROVINCE_ADMIN、PROVINCE_FINANCE、PROVINCE_GOVERNMENT、AUDITOR。")
    @GetMapping("/api/policy/parameters")
    Map<String, Object> parameters(@RequestParam(required = false) String asOf) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.PROVINCE_GOVERNMENT, Role.AUDITOR);
        ParameterCatalogue c = parameters.catalogue();
        Instant at = asOf == null ? Instant.now() : instant(asOf);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ParameterCatalogue.Parameter p : c.parameters()) {
            items.add(PolicyParameters.describe(p));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", c.document());
        out.put("title", c.title());
        out.put("policyVersion", c.versionLabel(at));
        out.put("items", items);
        return out;
    }

    /** Proposes a dated version (maker-checker, contracts §8): 202 with the pending proposal and its what-if. */
    @Operation(operationId = "proposeParameterVersion", summary = "提议参数的新版本（双人复核）",
            description = "契约§8：改变金额、比例、门槛、上限、出资方或审批链的提议，须另一位 PROVINCE_ADMIN 批准后生效；答 202 与待批提议及其测算。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/policy/parameters/{name}/versions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> addVersion(@Parameter(description = "参数名，如 NEW_NATIONAL_ZONE.amountYuan（见 GET /api/policy/parameters）") @PathVariable String name, @RequestBody(required = false) PolicyParameters.NewVersion v) {
        return proposals.proposeVersion(name, v);
    }

    /** The matching lines in force as known now, each period of each line with the version it comes from. */
    @Operation(operationId = "listMatchingLines", summary = "列出现行市州配套线", description = "每条配套线的各时段及其来源版本。" + ALL)
    @GetMapping("/api/policy/matching-lines")
    List<Map<String, Object>> matchingLines() {
        CurrentUser.scope();
        return parameters.matchingLines().stream().map(PolicyController::line).toList();
    }

    /** Every approved version of the matching lines, in the order approved. */
    @Operation(operationId = "listMatchingLineVersions", summary = "列出配套线的全部已批准版本", description = "按批准顺序。" + ALL)
    @GetMapping("/api/policy/matching-lines/versions")
    List<Map<String, Object>> matchingLineVersions() {
        CurrentUser.scope();
        return parameters.lineVersions().stream().map(PolicyController::lineVersion).toList();
    }

    /** Proposes a matching line, a change or an end of one (maker-checker): 202 with the pending proposal. */
    @Operation(operationId = "proposeMatchingLine", summary = "提议市州配套线、变更或终止（双人复核）",
            description = "契约§8：市州配套线须 PROVINCE_ADMIN 批准后生效；答 202 与待批提议。角色：PROVINCE_ADMIN、CITY_OFFICER（本市州）、ZONE_OFFICER（本区）。")
    @PostMapping("/api/policy/matching-lines")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> addMatchingLine(@RequestBody(required = false) PolicyParameters.NewMatchingLine m) {
        return proposals.proposeLine(m);
    }

    @Operation(operationId = "listPolicyProposals", summary = "列出政策变更提议", description = "按状态与类别筛选。角色：省级角色与 AUDITOR 看全部；CITY_OFFICER、ZONE_OFFICER 看本市州或本区的提议。")
    @GetMapping("/api/policy/proposals")
    Map<String, Object> proposals(
            @Parameter(description = "状态", schema = @Schema(allowableValues = {"PENDING", "APPROVED", "REJECTED"})) @RequestParam(required = false) String status,
            @Parameter(description = "类别", schema = @Schema(allowableValues = {"PARAMETER_VERSION", "MATCHING_LINE"})) @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInput("参数“page”或“size”：页码不能为负，每页1至200条");
        }
        return Map.of("items", proposals.list(status, kind, page, size), "page", page, "size", size);
    }

    @Operation(operationId = "getPolicyProposal", summary = "查看一条政策变更提议", description = "含测算（what-if）与决定。角色：同列表。")
    @GetMapping("/api/policy/proposals/{id}")
    Map<String, Object> proposal(@PathVariable long id) {
        return proposals.find(id);
    }

    /** {"decision":"APPROVE"|"REJECT","comment":".."}: a PROVINCE_ADMIN other than the proposer decides. */
    @Operation(operationId = "decidePolicyProposal", summary = "批准或驳回政策变更提议",
            description = "契约§8：由提议人以外的 PROVINCE_ADMIN 决定。角色：PROVINCE_ADMIN（非提议人）。")
    @PostMapping("/api/policy/proposals/{id}/decisions")
    Map<String, Object> decide(@PathVariable long id, @RequestBody(required = false) Decision d) {
        if (d == null) {
            throw new InvalidInput("请求体不能为空");
        }
        return proposals.decide(id, d.decision(), d.comment());
    }

    /** A checker's decision on a proposal. */
    @Schema(name = "PolicyProposalDecision")
    record Decision(@Schema(allowableValues = {"APPROVE", "REJECT"}, requiredMode = Schema.RequiredMode.REQUIRED) String decision,
            String comment) {
    }

    @Operation(operationId = "getClauseCoverage", summary = "21条政策的落实覆盖表", description = "每条款由哪些功能落实。" + ALL)
    @GetMapping("/api/policy/coverage")
    Map<String, Object> coverage() {
        CurrentUser.scope();
        return Map.of("document", parameters.catalogue().title(), "clauses",
                ClauseCoverage.table(parameters.catalogue(), reports.orderedStream().toList()));
    }

    /** Recomputes the registry's facts of a period under draft parameter versions. */
    @Operation(operationId = "runWhatIf", summary = "参数测算（what-if）", description = "按草拟的参数版本重算一段时期登记簿中的事实，并预测次年资金需求；不保存。" + ASSESSORS)
    @PostMapping("/api/policy/what-if")
    Map<String, Object> whatIf(@RequestBody(required = false) WhatIfRequest r) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        List<PolicyParameters.Draft> drafts = new ArrayList<>();
        if (r.overrides() != null) {
            for (int i = 0; i < r.overrides().size(); i++) {
                ParameterOverride o = r.overrides().get(i);
                if (o == null || o.name() == null) {
                    throw new InvalidInput("字段“overrides[" + i + "].name”不能为空");
                }
                drafts.add(new PolicyParameters.Draft(o.name(), PolicyParameters.parseDate(o.validFrom(), "overrides[" + i + "].validFrom", false),
                        PolicyParameters.parseDate(o.validTo(), "overrides[" + i + "].validTo", false), o.value()));
            }
        }
        LocalDate from = PolicyParameters.parseDate(r.from(), "from", false);
        LocalDate to = PolicyParameters.parseDate(r.to(), "to", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("字段“to”：截止日期早于起始日期");
        }
        int year = r.forecastFromYear() == null ? LocalDate.now().getYear() : r.forecastFromYear();
        if (year < 1980 || year > 2100) {
            throw new InvalidInput("字段“forecastFromYear”：年份超出允许范围");
        }
        return whatIf.run(drafts, from, to, year);
    }

    @Operation(operationId = "rescanEntitlements", summary = "立即重新扫描应享奖补（免申即享）", description = "通常每晚自动执行。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/policy/rescan")
    AssessmentSchemas.RescanReport rescan() {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        ProactiveDelivery.RescanReport r = delivery.rescanNow();
        return new AssessmentSchemas.RescanReport(r.factsScanned(), r.eligible(), r.created(), r.alreadyOffered(),
                r.entitlementsTotal());
    }

    /** 免申即享: a beneficiary's entitlements within the caller's scope. */
    @Operation(operationId = "listEntitlements", summary = "查看受益者的应享奖补（免申即享）", description = "按调用者的数据范围。" + ALL,
            responses = @ApiResponse(responseCode = "200", description = "应享奖补",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentSchemas.EntitlementList.class))))
    @GetMapping("/api/entitlements")
    Map<String, Object> entitlements(@Parameter(description = "统一社会信用代码或高新区代码", required = true) @RequestParam(required = false) String beneficiary) {
        DataScope scope = CurrentUser.scope();
        if (beneficiary == null || beneficiary.isBlank()) {
            throw new InvalidInput("参数“beneficiary”不能为空（统一社会信用代码或高新区代码）");
        }
        String b = beneficiary.trim();
        if (b.matches("[0-9A-Za-z]{18}") && !b.matches("[a-z\\-]+")) {
            b = b.toUpperCase();
        }
        return Map.of("items", entitlements.forBeneficiary(scope, b));
    }

    private static Map<String, Object> line(MatchingAward.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", l.code());
        m.put("owner", l.owner());
        m.put("ownerKind", l.ownerKind());
        m.put("baseLine", l.baseLine().name());
        m.put("rate", l.rate() == null ? null : l.rate().toPlainString());
        m.put("amountYuan", l.amountFen() == Fen.NONE ? null : Fen.text(l.amountFen()));
        m.put("validFrom", l.validFrom());
        m.put("validTo", l.validTo());
        m.put("capYuan", l.capFen() == Fen.NONE ? null : Fen.text(l.capFen()));
        m.put("version", l.version());
        m.put("note", l.note());
        return m;
    }

    private static Map<String, Object> lineVersion(PolicyParameters.LineVersion l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("code", l.code());
        m.put("owner", l.owner());
        m.put("ownerKind", l.ownerKind());
        m.put("baseLine", l.baseLine().name());
        m.put("rate", l.rate() == null ? null : l.rate().toPlainString());
        m.put("amountYuan", l.amountFen() == Fen.NONE ? null : Fen.text(l.amountFen()));
        m.put("capYuan", l.capFen() == Fen.NONE ? null : Fen.text(l.capFen()));
        m.put("budgetYuan", l.budgetFen() == Fen.NONE ? null : Fen.text(l.budgetFen()));
        m.put("validFrom", l.validFrom());
        m.put("validTo", l.validTo());
        m.put("retroactive", l.retroactive());
        m.put("ended", l.ended());
        m.put("enteredAt", l.enteredAt().toString());
        m.put("proposedBy", l.enteredBy());
        m.put("approvedBy", l.approvedBy());
        m.put("note", l.note());
        return m;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim()).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusNanos(1);
            } catch (DateTimeParseException e2) {
                throw new InvalidInput("参数“asOf”：“" + text + "”不是有效时间（如 2026-11-01T00:00:00Z 或 2026-11-01）");
            }
        }
    }

    /** What-if: draft versions, a period of event dates, and the year whose events forecast the next year's need. */
    record WhatIfRequest(List<ParameterOverride> overrides, @Schema(format = "date") String from, @Schema(format = "date") String to,
            Integer forecastFromYear) {
    }

    /** One draft parameter version. */
    record ParameterOverride(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(description = "参数值：金额为字符串（元），比例为小数，审批链为角色列表") Object value,
            @Schema(format = "date") String validFrom, @Schema(format = "date") String validTo) {
    }

}
