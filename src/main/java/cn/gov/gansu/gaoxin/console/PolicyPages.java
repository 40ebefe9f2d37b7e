package cn.gov.gansu.gaoxin.console;

import cn.gov.gansu.gaoxin.policy.PolicyReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 政策参数: the dated parameters with clause, quoted text and versions (valid from/to, entered at/by),
 * and the coverage table of all 21 clauses — both from {@link PolicyReads}.
 */
@Controller
class PolicyPages implements ConsolePage {

    private final PolicyReads policy;

    PolicyPages(PolicyReads policy) {
        this.policy = policy;
    }

    @GetMapping("/policy")
    String policy(Model model) {
        model.addAttribute("catalogue", policy.parameters());
        model.addAttribute("clauses", policy.coverage());
        model.addAttribute("active", "policy");
        return "policy";
    }
}
