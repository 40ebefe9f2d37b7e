package cn.gov.gansu.gaoxin.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import org.springframework.stereotype.Component;

/**
 * 政策测算 for other modules (the console) and the API: facts in, findings out, nothing stored
 * (contracts §3); and the what-if of one drafted parameter version over the period it would cover —
 * exactly the what-if a proposal of that version stores (contracts §8), so a drafter sees the
 * effect before submitting. Roles: PROVINCE_ADMIN, PROVINCE_FINANCE, AUDITOR.
 */
@Component
public class PolicyAssessments {

    private final PolicyParameters parameters;
    private final RegistryZones registry;
    private final WhatIf whatIf;

    PolicyAssessments(PolicyParameters parameters, RegistryZones registry, WhatIf whatIf) {
        this.parameters = parameters;
        this.registry = registry;
        this.whatIf = whatIf;
    }

    /**
     * The §3 assessment of {@code body} (the request JSON as maps and lists: {@code {"facts":[…]}});
     * {@code asOf} (may be null) replays the parameters known at that instant. Answers
     * {@code policyVersion}, {@code findings} and {@code matchingFindings} as the API does.
     */
    public Map<String, Object> assess(Object body, Instant asOf) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR);
        List<Fact> facts = FactReader.read(body);
        PolicyEngine engine = asOf == null ? parameters.engine() : parameters.engineAsOf(asOf);
        PolicyEngine.Assessment a = engine.assess(facts, registry);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", a.policyVersion());
        out.put("findings", FindingJson.of(a.findings()));
        out.put("matchingFindings", FindingJson.of(a.matching()));
        return out;
    }

    /**
     * What the registry's events from {@code validFrom} to {@code validTo} would give if parameter
     * {@code name} took {@code value} (as typed in a form: lists comma-separated), against the rules
     * in force; the same checks and figures as proposing that version, but nothing is stored.
     */
    public Map<String, Object> whatIfVersion(String name, String validFrom, String validTo, String value) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR);
        PolicyParameters.Draft d = parameters.checkVersion(name,
                new PolicyParameters.NewVersion(PolicyChanges.blank(validFrom), PolicyChanges.blank(validTo),
                        PolicyChanges.typed(name, value), null));
        return whatIf.run(List.of(d), List.of(), d.validFrom(), d.validTo(), LocalDate.now().getYear());
    }
}
