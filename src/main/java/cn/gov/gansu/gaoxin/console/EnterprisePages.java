package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.IntroducedCategory;
import cn.gov.gansu.gaoxin.enterprise.Qualification;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.enterprise.Recognition;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 企业 pages: the list with its filter bar, paging and sorting (htmx swaps the list in place; without
 * JavaScript the same links and form work as plain pages), and an enterprise's detail. Everything
 * goes through {@link EnterpriseRegistry} with the caller's scope.
 */
@Controller
class EnterprisePages implements ConsolePage {



    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;

    EnterprisePages(EnterpriseRegistry enterprises, ZoneDirectory zones) {
        this.enterprises = enterprises;
        this.zones = zones;
    }

    @GetMapping("/enterprises")
    String list(@RequestParam(required = false) String zone, @RequestParam(required = false) String name,
            @RequestParam(required = false) String qualification, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        DataScope scope = CurrentUser.scope();
        EnterpriseQuery query = EnterpriseQuery.of(zone, name, qualification, industry, sort);
        LocalDate today = LocalDate.now();
        // sorted by name: the registry orders by the names' pinyin sort keys across pages (issue 9 item 6)
        Lists.clamped(page, size, paging -> enterprises.list(scope, query.filter(), paging), EnterpriseRegistry.Page::total)
                .addTo(model, result -> result.items().stream().map(e -> new Row(e, enterprises.qualifications(e.uscc()).stream()
                        .filter(q -> q.isValidOn(today)).map(Qualification::type).distinct().toList())).toList());
        model.addAttribute("q", query);
                model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("qualificationOptions", QualificationType.values());
        model.addAttribute("industryOptions", IndustryOptions.ALL);
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "enterprises");
        model.addAttribute("canRegister", !scope.readOnly() && (scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER)));
        return htmx != null ? "enterprises :: list" : "enterprises";
    }

    @GetMapping("/enterprises/{uscc}")
    String detail(@PathVariable String uscc, Model model) {
        return detail(uscc, model, null, Map.of(), Map.of());
    }

    /**
     * The detail page, with one of its forms (qualification, project, statistics, introduction) shown
     * again with what was typed and the errors next to the fields when {@code openForm} is given.
     */
    String detail(String uscc, Model model, String openForm, Map<String, String> form, Map<String, String> errors) {
        DataScope scope = CurrentUser.scope();
        String code = Uscc.of(uscc).value();
        Enterprise e = enterprises.find(scope, code)
                .orElseThrow(() -> new NotFound("未找到统一社会信用代码为“" + code + "”的企业，或该企业不在您的数据范围内"));
        model.addAttribute("e", e);
        model.addAttribute("memberships", enterprises.memberships(code));
        model.addAttribute("qualifications", enterprises.qualifications(code));
        model.addAttribute("projects", enterprises.nationalProjects(code));
        model.addAttribute("statistics", enterprises.statistics(code));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("zoneNames", new ZoneNames(zones));
        model.addAttribute("active", "enterprises");
        boolean official = !scope.readOnly() && (scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER));
        model.addAttribute("canRecord", official);
        model.addAttribute("canReport", official || (!scope.readOnly() && scope.is(Role.ENTERPRISE)));
        model.addAttribute("qualificationOptions", QualificationType.values());
        model.addAttribute("recognitionOptions", Recognition.values());
        model.addAttribute("categoryOptions", IntroducedCategory.values());
        model.addAttribute("openForm", openForm);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "enterprise";
    }

    /** One line of the list: the enterprise and the qualifications valid today. */
    record Row(Enterprise enterprise, List<QualificationType> qualifications) {
    }
}
