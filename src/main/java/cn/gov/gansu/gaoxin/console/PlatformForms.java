package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.platform.Platform;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformLevel;
import cn.gov.gansu.gaoxin.platform.PlatformManagement;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登记创新平台: a zone officer (its own zone) or the department records an incubator, maker space,
 * science park, R&D institute, platform, workstation or transfer institution through
 * {@link PlatformManagement}; a refusal shows the form again with the message next to its field.
 */
@Controller
class PlatformForms implements ConsolePage {

    private static final List<String> FIELDS = List.of("kind", "level", "name", "zone", "operator", "industryName",
            "industryCode", "recognisedOn");

    private final PlatformManagement management;
    private final ZoneDirectory zones;

    PlatformForms(PlatformManagement management, ZoneDirectory zones) {
        this.management = management;
        this.zones = zones;
    }

    @GetMapping("/platforms/new")
    String form(Model model) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(f -> form.put(f, ""));
        form.put("zone", scope.zone() == null ? "" : scope.zone());
        return render(model, scope, form, Map.of());
    }

    @PostMapping("/platforms/new")
    String record(@RequestParam Map<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(f -> form.put(f, params.getOrDefault(f, "").trim()));
        try {
            String code = form.get("industryCode");
            PlatformManagement.IndustryServed industry = form.get("industryName").isEmpty() && code.isEmpty() ? null
                    : new PlatformManagement.IndustryServed(form.get("industryName"), code.isEmpty() ? List.of() : List.of(code));
            Platform p = management.record(new PlatformManagement.NewPlatform(form.get("kind"), form.get("level"), form.get("name"),
                    form.get("zone"), form.get("operator").isEmpty() ? null : form.get("operator"), industry,
                    date(form.get("recognisedOn")), null));
            redirect.addFlashAttribute("done", "已登记" + p.kind().chineseName() + "“" + p.name() + "”。");
            return "redirect:/platforms?zone=" + p.zone();
        } catch (DomainProblem problem) {
            response.setStatus(problem.status().value());
            return render(model, scope, form, AwardPages.errors(problem, "form"));
        }
    }

    private String render(Model model, DataScope scope, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("kindOptions", PlatformKind.values());
        model.addAttribute("levelOptions", PlatformLevel.values());
        model.addAttribute("industryOptions", IndustryOptions.ALL);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("active", "platforms");
        return "platform-new";
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("字段“recognisedOn”：请填写认定（备案）日期，格式 2025-11-03");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("字段“recognisedOn”：日期无效，格式应为 2025-11-03");
        }
    }
}
