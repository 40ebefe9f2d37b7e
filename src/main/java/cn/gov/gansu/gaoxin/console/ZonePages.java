package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneLevel;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 高新区 pages: the list (by 市州, 级别, 状态) and a zone's detail, within the caller's scope. */
@Controller
class ZonePages implements ConsolePage {

    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;

    ZonePages(ZoneDirectory zones, EnterpriseRegistry enterprises) {
        this.zones = zones;
        this.enterprises = enterprises;
    }

    @GetMapping("/zones")
    String list(@RequestParam(required = false) String city, @RequestParam(required = false) String level,
            @RequestParam(required = false) String status, Model model) {
        DataScope scope = CurrentUser.scope();
        ZoneLevel lv = parse(ZoneLevel.class, level, "level");
        ZoneStatus st = parse(ZoneStatus.class, status, "status");
        String c = city == null || city.isBlank() ? null : city.trim();
        model.addAttribute("zones", zones.list(scope, c, lv, st));
        model.addAttribute("cities", zones.cities());
        model.addAttribute("levels", ZoneLevel.values());
        model.addAttribute("statuses", ZoneStatus.values());
        model.addAttribute("city", c);
        model.addAttribute("level", lv);
        model.addAttribute("status", st);
        model.addAttribute("counts", enterprises.countByZone(scope));
        model.addAttribute("hntes", enterprises.countQualifiedByZone(scope, QualificationType.HIGH_TECH_ENTERPRISE, LocalDate.now()));
        model.addAttribute("active", "zones");
        return "zones";
    }

    /** 导出Excel: the zones the list shows (same filter, same scope), counts as numbers. */
    @GetMapping("/zones/export")
    void export(@RequestParam(required = false) String city, @RequestParam(required = false) String level,
            @RequestParam(required = false) String status, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        DataScope scope = CurrentUser.scope();
        ZoneLevel lv = parse(ZoneLevel.class, level, "level");
        ZoneStatus st = parse(ZoneStatus.class, status, "status");
        String c = city == null || city.isBlank() ? null : city.trim();
        var list = zones.list(scope, c, lv, st);
        var counts = enterprises.countByZone(scope);
        var hntes = enterprises.countQualifiedByZone(scope, QualificationType.HIGH_TECH_ENTERPRISE, LocalDate.now());
        try (Excel.Sheet sheet = Excel.open(response, "高新区", "高新区", java.util.List.of(Excel.Column.text("高新区", 30),
                Excel.Column.text("级别", 10), Excel.Column.text("状态", 14), Excel.Column.text("状态起始日期", 14),
                Excel.Column.text("所属市(州)", 14), Excel.Column.text("主导产业", 30), Excel.Column.integer("企业数", 10),
                Excel.Column.integer("有效高新技术企业数", 18)))) {
            sheet.write(list.stream().map(z -> java.util.Arrays.<Object>asList(z.fullName(), z.level().chineseName(),
                    z.status().chineseName(), z.statusSince() == null ? null : z.statusSince().toString(), z.cityName(),
                    String.join("、", z.leadingIndustries().stream().map(i -> i.name()).toList()),
                    counts.getOrDefault(z.code(), 0L), hntes.getOrDefault(z.code(), 0L))).toList());
        }
    }

    @GetMapping("/zones/{code}")
    String detail(@PathVariable String code, Model model) {
        DataScope scope = CurrentUser.scope();
        Zone zone = zones.find(code).filter(z -> zones.canSee(scope, z.code()))
                .orElseThrow(() -> new NotFound("未找到高新区“" + code + "”，或该高新区不在您的数据范围内"));
        List<Zone> visible = zones.list(scope, null, null, null);
        Map<String, Long> counts = enterprises.countByZone(scope);
        Map<String, Long> hntes = enterprises.countQualifiedByZone(scope, QualificationType.HIGH_TECH_ENTERPRISE, LocalDate.now());
        model.addAttribute("z", zone);
        model.addAttribute("history", zones.history(code));
        model.addAttribute("partners", zones.partners(code));
        model.addAttribute("enclaves", visible.stream().filter(v -> code.equals(v.parentZone())).toList());
        model.addAttribute("parent", zone.parentZone() == null ? null : zones.find(zone.parentZone()).orElse(null));
        model.addAttribute("warnings", zone.leadingIndustryWarnings());
        model.addAttribute("enterpriseCount", counts.getOrDefault(code, 0L));
        model.addAttribute("hnteCount", hntes.getOrDefault(code, 0L));
        model.addAttribute("active", "zones");
        return "zone";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }
}
