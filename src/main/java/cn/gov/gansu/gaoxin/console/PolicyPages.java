package cn.gov.gansu.gaoxin.console;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.PolicyChanges;
import cn.gov.gansu.gaoxin.policy.PolicyReads;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
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

    PolicyPages(PolicyReads policy, PolicyChanges changes) {
        this.policy = policy;
        this.changes = changes;
    }

    @GetMapping("/policy")
    String policy(@RequestParam(required = false) String done, Model model) {
        fill(model);
        if ("APPROVE".equals(done)) {
            model.addAttribute("notice", "提案已批准，自即刻起用于测算和免申即享");
        } else if ("REJECT".equals(done)) {
            model.addAttribute("notice", "提案已驳回");
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
            fill(model);
            model.addAttribute("proposalError", e.getMessage());
            model.addAttribute("proposalErrorId", id);
            return "policy";
        }
    }

    private void fill(Model model) {
        model.addAttribute("catalogue", policy.parameters());
        model.addAttribute("clauses", policy.coverage());
        model.addAttribute("proposals", changes.proposals("PENDING", 0, 50));
        model.addAttribute("mayDecide", CurrentUser.scope().is(Role.PROVINCE_ADMIN));
        model.addAttribute("myName", CurrentUser.scope().username());
        model.addAttribute("active", "policy");
    }
}
