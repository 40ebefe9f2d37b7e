package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.innovation.InnovationPoints;
import cn.gov.gansu.gaoxin.reporting.AnnualReport;
import cn.gov.gansu.gaoxin.reporting.ZoneProfiles;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 高新区年度画像 page: a zone (among those in the caller's scope) and a year, then all 21 clauses in
 * order with what each recorded that year, the zone's innovation-points leaders, and the 导出Excel
 * links (this zone's year; the annual report of every zone in scope). Reads only
 * {@link ZoneProfiles} and {@link InnovationPoints}.
 */
@Controller
class ProfilePages implements ConsolePage {

    static final int YEARS_SHOWN = 8;

    private final ZoneProfiles profiles;
    private final InnovationPoints points;
    private final ZoneDirectory zones;

    ProfilePages(ZoneProfiles profiles, InnovationPoints points, ZoneDirectory zones) {
        this.profiles = profiles;
        this.points = points;
        this.zones = zones;
    }

    record LineView(String label, String value) {
    }

    record ClauseView(String clause, String title, List<LineView> items, String features) {
    }

    record PointsView(Integer rank, String name, String uscc, String points, String missing) {
    }

    @GetMapping("/profile")
    String profile(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year, Model model) {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        List<Zone> visible = zones.list(scope, null, null, null);
        String code = zone != null && !zone.isBlank() ? zone : visible.isEmpty() ? null : visible.get(0).code();
        model.addAttribute("zones", visible);
        model.addAttribute("zone", code);
        model.addAttribute("year", y);
        int latest = LocalDate.now().getYear();
        List<Integer> years = new ArrayList<>();
        for (int i = latest; i > latest - YEARS_SHOWN; i--) {
            years.add(i);
        }
        if (!years.contains(y)) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("active", "profile");
        if (code == null) {
            model.addAttribute("clauses", List.of());
            model.addAttribute("leaders", List.of());
            return "profile";
        }
        ZoneProfiles.Profile p = profiles.profile(scope, code, y);
        model.addAttribute("zoneName", p.zoneName());
        model.addAttribute("clauses", p.clauses().stream().map(c -> new ClauseView(c.clause(), c.title(),
                c.items().stream().map(l -> new LineView(l.label(), AnnualReport.text(l.value()))).toList(),
                String.join("；", c.features()))).toList());
        List<PointsView> leaders = new ArrayList<>();
        if (scope.role().scopeKind() != cn.gov.gansu.gaoxin.identity.Role.ScopeKind.ENTERPRISE) {
            for (InnovationPoints.Line l : points.ranking(scope, code, y, new cn.gov.gansu.gaoxin.shared.web.Paging(0, 10)).items()) {
                leaders.add(new PointsView(l.rank(), l.name(), l.enterprise(), l.points() == null ? Formats.NONE
                        : String.format(java.util.Locale.ROOT, "%.2f", l.points()),
                        l.missingNames().isEmpty() ? "" : String.join("、", l.missingNames())));
            }
        }
        model.addAttribute("leaders", leaders);
        return "profile";
    }
}
