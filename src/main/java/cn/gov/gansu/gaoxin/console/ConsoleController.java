package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** 登录页与首页. */
@Controller
class ConsoleController implements ConsolePage {

    private final Dashboards dashboards;
    private final AwardReads awards;
    private final EnterpriseRegistry enterprises;

    ConsoleController(Dashboards dashboards, AwardReads awards, EnterpriseRegistry enterprises) {
        this.dashboards = dashboards;
        this.awards = awards;
        this.enterprises = enterprises;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * 首页: an enterprise sees its own awards, what awaits it and its qualifications; everyone else the
     * dashboard of its scope (the province, its city or its zone).
     */
    @GetMapping("/")
    String home(Model model) {
        DataScope scope = CurrentUser.scope();
        model.addAttribute("active", "home");
        if (scope.is(Role.ENTERPRISE)) {
            List<AwardReads.Summary> own = awards.list(scope, new AwardReads.Filter(null, null, null, null, null, null),
                    new Paging(0, 100)).items();
            model.addAttribute("awards", own);
            model.addAttribute("awaiting", own.stream().filter(a -> a.status() == AwardStatus.PENDING_CONFIRMATION).toList());
            model.addAttribute("enterprise", enterprises.find(scope, scope.enterprise()).orElse(null));
            model.addAttribute("heldTypes", enterprises.qualifications(scope.enterprise()).stream()
                    .filter(q -> q.isValidOn(LocalDate.now())).map(q -> q.type().name()).collect(java.util.stream.Collectors.toSet()));
            return "home-enterprise";
        }
        Dashboards.Dashboard d = dashboards.of(scope);
        model.addAttribute("d", d);
        model.addAttribute("zones", d.visibleZones());
        model.addAttribute("counts", d.enterprisesByZone());
        model.addAttribute("hntes", d.hntesByZone());
        model.addAttribute("scopeTitle", scope.provinceWide() ? "home.zones" : scope.city() != null ? "home.zones.city" : "home.zones.zone");
        return "home";
    }

    /** The figures the home page's charts draw (JSON, read by /js/dashboard.js). */
    @GetMapping(path = "/dashboard/data", produces = "application/json")
    @ResponseBody
    Dashboards.Dashboard dashboardData() {
        return dashboards.of(CurrentUser.scope());
    }
}
