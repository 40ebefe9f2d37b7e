package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录页与首页. */
@Controller
class ConsoleController implements ConsolePage {

    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;

    ConsoleController(ZoneDirectory zones, EnterpriseRegistry enterprises) {
        this.zones = zones;
        this.enterprises = enterprises;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        DataScope scope = CurrentUser.scope();
        List<Zone> visible = zones.list(scope, null, null, null);
        Map<String, Long> counts = enterprises.countByZone(scope);
        Map<String, Long> hntes = enterprises.countQualifiedByZone(scope, QualificationType.HIGH_TECH_ENTERPRISE, LocalDate.now());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long hnteTotal = hntes.values().stream().mapToLong(Long::longValue).sum();
        model.addAttribute("zones", visible);
        model.addAttribute("counts", counts);
        model.addAttribute("hntes", hntes);
        model.addAttribute("enterpriseTotal", total);
        model.addAttribute("hnteTotal", hnteTotal);
        model.addAttribute("hnteShare", total == 0 ? "—" : String.format("%.1f%%", hnteTotal * 100.0 / total));
        model.addAttribute("active", "home");
        return "home";
    }
}
