package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.gansu.gaoxin.award.AwardManagement;
import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预算 (PROVINCE_ADMIN, PROVINCE_FINANCE, AUDITOR): per payer and year the amount, reserved, paid and
 * available in 万元; 省科技厅 (PROVINCE_ADMIN) sets a budget through {@link AwardManagement#setBudget}.
 */
@Controller
class BudgetPages implements ConsolePage {

    private final AwardReads awards;
    private final AwardManagement management;
    private final AwardLabels labels;
    private final cn.gov.gansu.gaoxin.zone.ZoneDirectory zones;

    BudgetPages(AwardReads awards, AwardManagement management, AwardLabels labels,
            cn.gov.gansu.gaoxin.zone.ZoneDirectory zones) {
        this.awards = awards;
        this.management = management;
        this.labels = labels;
        this.zones = zones;
    }

    /** The payers the form offers, by their Chinese names: 省科技厅, 省级财政 and each city; a city officer its own city. */
    Map<String, String> payers(DataScope scope) {
        Map<String, String> payers = new LinkedHashMap<>();
        if (scope.role() == Role.CITY_OFFICER) {
            if (scope.city() != null) {
                payers.put(scope.city(), labels.payer(scope.city()));
            }
            return payers;
        }
        payers.put("PROVINCE_DEPARTMENT", labels.payer("PROVINCE_DEPARTMENT"));
        payers.put("PROVINCE_FINANCE", labels.payer("PROVINCE_FINANCE"));
        // english (issue 9 item 8): the city's name is data; the suffix follows the page's language
        String matching = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
                ? " (city matching funds)" : "（市(州)配套）";
        zones.cities().forEach(c -> payers.put(c.code(), c.name() + matching));
        return payers;
    }

    /** 导出Excel: the budgets the page shows (the same year filter and scope), amounts numeric in 元. */
    @GetMapping("/budgets/export")
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response) throws java.io.IOException {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR, Role.CITY_OFFICER);
        java.util.List<AwardReads.BudgetRow> rows = awards.budgets(scope, year);
        try (Excel.Sheet sheet = Excel.open(response, "预算", "预算", java.util.List.of(Excel.Column.text("付款单位", 24),
                Excel.Column.integer("年度", 8), Excel.Column.money("预算（元）"), Excel.Column.money("已预留（元）"),
                Excel.Column.money("已拨付（元）"), Excel.Column.money("可用（元）")))) {
            sheet.write(rows.stream().map(b -> java.util.List.<Object>of(labels.payer(b.payer()), b.year(), b.amount(),
                    b.reserved(), b.paid(), b.available())).toList());
        }
    }

    @GetMapping("/budgets")
    String list(@RequestParam(required = false) Integer year, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        DataScope scope = CurrentUser.scope();
        form.put("payer", scope.role() == Role.CITY_OFFICER && scope.city() != null ? scope.city() : "PROVINCE_DEPARTMENT");
        form.put("year", String.valueOf(LocalDate.now().getYear()));
        form.put("amountYuan", "");
        return render(year, model, form, Map.of());
    }

    @PostMapping("/budgets")
    String set(@RequestParam(required = false) String payer, @RequestParam(required = false) String year,
            @RequestParam(required = false) String amountYuan, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.CITY_OFFICER); // which payer: AwardManagement.setBudget decides
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payer", payer == null ? "" : payer);
        form.put("year", year == null ? "" : year);
        form.put("amountYuan", amountYuan == null ? "" : amountYuan);
        Integer y = null;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            response.setStatus(400);
            return render(null, model, form, Map.of("year", "年度须为2000至2100之间的整数"));
        }
        if (amountYuan == null || amountYuan.isBlank()) {
            response.setStatus(400);
            return render(null, model, form, Map.of("amountYuan", "请填写预算金额（元）"));
        }
        try {
            boolean created = management.setBudget(payer, y, amountYuan.replace(",", "").trim());
            redirect.addFlashAttribute("done", (created ? "已设置" : "已调整") + labels.payer(payer.trim()) + " " + y + " 年度预算。");
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(null, model, form, AwardPages.errors(e, "form"));
        }
        return "redirect:/budgets";
    }

    private String render(Integer year, Model model, Map<String, String> form, Map<String, String> errors) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.AUDITOR, Role.CITY_OFFICER);
        model.addAttribute("rows", awards.budgets(scope, year));
        model.addAttribute("year", year);
        // a city officer sets its own city's budget (its matching lines' payer); the service refuses any other payer
        model.addAttribute("canSet", scope.role() == Role.PROVINCE_ADMIN || scope.role() == Role.CITY_OFFICER);
        model.addAttribute("form", form);
        model.addAttribute("payers", payers(scope));
        model.addAttribute("errors", errors);
        model.addAttribute("active", "budgets");
        return "budgets";
    }
}
