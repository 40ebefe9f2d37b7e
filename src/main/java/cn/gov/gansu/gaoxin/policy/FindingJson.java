package cn.gov.gansu.gaoxin.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.clauses.MatchingAward;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;

/** A finding as contracts §3 spells it (money as strings, nulls left out). */
final class FindingJson {

    private FindingJson() {
    }

    static Map<String, Object> of(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", f.fact().id());
        m.put("outcome", f.outcome().name());
        m.put("clause", f.clause());
        if (f.rule() instanceof MatchingAward) {
            m.put("line", f.detail());
            m.put("baseLine", f.line().name());
        } else if (f.line() != null) {
            m.put("line", f.line().name());
        }
        if (f.beneficiary() != null) {
            m.put("beneficiary", f.beneficiary());
        }
        if (f.outcome() == Outcome.ELIGIBLE) {
            m.put("amountYuan", f.amountYuan() == null ? null : f.amountYuan().toPlainString());
            m.put("amountType", f.amountType().name());
            m.put("payableYear", f.payableYear());
            m.put("payer", f.payer());
            m.put("approvals", f.approvals());
            if (f.priorityForProvincialPlans()) {
                m.put("priorityForProvincialPlans", true);
            }
        } else {
            m.put("reason", f.reason());
            if (f.outcome() == Outcome.UNKNOWN) {
                m.put("missingFact", f.detail());
            }
        }
        if (f.standing() != null && f.standing().inZone()) {
            m.put("zone", f.standing().zone());
            m.put("policyZone", f.standing().policyZone());
        }
        m.put("explanation", f.explanation());
        return m;
    }

    static List<Map<String, Object>> of(List<Finding> findings) {
        return findings.stream().map(FindingJson::of).toList();
    }
}
