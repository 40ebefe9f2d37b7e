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
class PolicyController {

    private final PolicyParameters parameters;
    private final RegistryZones registry;
    private final WhatIf whatIf;
    private final ProactiveDelivery delivery;
    private final Entitlements entitlements;
    private final PolicyProposals proposals;

    PolicyController(PolicyParameters parameters, RegistryZones registry, WhatIf whatIf, ProactiveDelivery delivery,
            Entitlements entitlements, PolicyProposals proposals) {
        this.proposals = proposals;
        this.parameters = parameters;
        this.registry = registry;
        this.whatIf = whatIf;
        this.delivery = delivery;
        this.entitlements = entitlements;
    }

    /** Facts in, findings out; nothing is stored. {@code asOf} replays the parameters as known at an instant. */
    @PostMapping("/api/policy/assessments")
    Map<String, Object> assess(@RequestBody(required = false) Object body, @RequestParam(required = false) String asOf) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR);
        List<Fact> facts = FactReader.read(body);
        PolicyEngine engine = asOf == null ? parameters.engine() : parameters.engineAsOf(instant(asOf));
        PolicyEngine.Assessment a = engine.assess(facts, registry);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", a.policyVersion());
        out.put("findings", FindingJson.of(a.findings()));
        out.put("matchingFindings", FindingJson.of(a.matching()));
        return out;
    }

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
    @PostMapping("/api/policy/parameters/{name}/versions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> addVersion(@PathVariable String name, @RequestBody(required = false) PolicyParameters.NewVersion v) {
        return proposals.proposeVersion(name, v);
    }

    /** The matching lines in force as known now, each period of each line with the version it comes from. */
    @GetMapping("/api/policy/matching-lines")
    List<Map<String, Object>> matchingLines() {
        CurrentUser.scope();
        return parameters.matchingLines().stream().map(PolicyController::line).toList();
    }

    /** Every approved version of the matching lines, in the order approved. */
    @GetMapping("/api/policy/matching-lines/versions")
    List<Map<String, Object>> matchingLineVersions() {
        CurrentUser.scope();
        return parameters.lineVersions().stream().map(PolicyController::lineVersion).toList();
    }

    /** Proposes a matching line, a change or an end of one (maker-checker): 202 with the pending proposal. */
    @PostMapping("/api/policy/matching-lines")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> addMatchingLine(@RequestBody(required = false) PolicyParameters.NewMatchingLine m) {
        return proposals.proposeLine(m);
    }

    @GetMapping("/api/policy/proposals")
    Map<String, Object> proposals(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInput("参数“page”或“size”：页码不能为负，每页1至200条");
        }
        return Map.of("items", proposals.list(status, kind, page, size), "page", page, "size", size);
    }

    @GetMapping("/api/policy/proposals/{id}")
    Map<String, Object> proposal(@PathVariable long id) {
        return proposals.find(id);
    }

    /** {"decision":"APPROVE"|"REJECT","comment":".."}: a PROVINCE_ADMIN other than the proposer decides. */
    @PostMapping("/api/policy/proposals/{id}/decisions")
    Map<String, Object> decide(@PathVariable long id, @RequestBody(required = false) Decision d) {
        if (d == null) {
            throw new InvalidInput("请求体不能为空");
        }
        return proposals.decide(id, d.decision(), d.comment());
    }

    /** A checker's decision on a proposal. */
    record Decision(String decision, String comment) {
    }

    @GetMapping("/api/policy/coverage")
    Map<String, Object> coverage() {
        CurrentUser.scope();
        return Map.of("document", parameters.catalogue().title(), "clauses", ClauseCoverage.table(parameters.catalogue()));
    }

    /** Recomputes the registry's facts of a period under draft parameter versions. */
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

    @PostMapping("/api/policy/rescan")
    Map<String, Object> rescan() {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        ProactiveDelivery.RescanReport r = delivery.rescanNow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("factsScanned", r.factsScanned());
        out.put("eligible", r.eligible());
        out.put("created", r.created());
        out.put("alreadyOffered", r.alreadyOffered());
        out.put("entitlementsTotal", r.entitlementsTotal());
        return out;
    }

    /** 免申即享: a beneficiary's entitlements within the caller's scope. */
    @GetMapping("/api/entitlements")
    Map<String, Object> entitlements(@RequestParam(required = false) String beneficiary) {
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
    record WhatIfRequest(List<ParameterOverride> overrides, String from, String to, Integer forecastFromYear) {
    }

    /** One draft parameter version. */
    record ParameterOverride(String name, Object value, String validFrom, String validTo) {
    }

}
