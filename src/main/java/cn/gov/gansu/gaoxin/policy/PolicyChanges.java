package cn.gov.gansu.gaoxin.policy;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The maker-checker of the money rules for other modules (the console): the proposals the caller
 * may see with their what-if, and the checker's decision. Roles and scope are checked by
 * {@link PolicyProposals}; the same as {@code GET /api/policy/proposals} and its decisions.
 */
@Component
public class PolicyChanges {

    private final PolicyProposals proposals;

    PolicyChanges(PolicyProposals proposals) {
        this.proposals = proposals;
    }

    /** Proposals (newest first) as the API shows them; {@code status} PENDING, APPROVED, REJECTED or null for all. */
    public List<Map<String, Object>> proposals(String status, int page, int size) {
        return proposals.list(status, null, page, size);
    }

    /**
     * Proposes a dated version of parameter {@code name} (PROVINCE_ADMIN), as {@code POST
     * /api/policy/parameters/{name}/versions}; {@code value} as typed: a list parameter (approvals,
     * programmes) comma-separated. Answers the pending proposal with its what-if.
     */
    public Map<String, Object> proposeVersion(String name, String validFrom, String validTo, String value, String note) {
        return proposals.proposeVersion(name, new PolicyParameters.NewVersion(blank(validFrom), blank(validTo), typed(name, value),
                blank(note)));
    }

    /** A value as typed in a form: a list parameter (approvals, programmes) split on commas, arrows or spaces. */
    static Object typed(String name, String value) {
        String field = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
        return value == null || value.isBlank() ? null : field.equals("approvals") || field.equals("programmes")
                ? java.util.Arrays.stream(value.split("[,，、\\s→>]+")).filter(x -> !x.isBlank()).map(String::trim).toList()
                : value.trim();
    }

    /** Proposes a (not retroactive) matching line, as {@code POST /api/policy/matching-lines}; roles as there. */
    public Map<String, Object> proposeLine(String city, String zone, String baseLine, String rate, String amountYuan,
            String capYuan, String budgetYuan, String validFrom, String validTo, String note) {
        return proposals.proposeLine(new PolicyParameters.NewMatchingLine(blank(city), blank(zone), blank(baseLine), blank(rate),
                blank(amountYuan), blank(capYuan), blank(budgetYuan), blank(validFrom), blank(validTo), false, false, blank(note)));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** APPROVE or REJECT (with a reason) by a PROVINCE_ADMIN other than the proposer. */
    public Map<String, Object> decide(long id, String decision, String comment) {
        return proposals.decide(id, decision, comment);
    }
}
