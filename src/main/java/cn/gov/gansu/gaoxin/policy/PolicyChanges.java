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

    /** APPROVE or REJECT (with a reason) by a PROVINCE_ADMIN other than the proposer. */
    public Map<String, Object> decide(long id, String decision, String comment) {
        return proposals.decide(id, decision, comment);
    }
}
