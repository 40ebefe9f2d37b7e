package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 企业登记与资料录入: the forms through which a zone officer (its own zone) or the department registers
 * an enterprise and records its qualifications (an eligible award then appears by itself), national
 * projects, introduction as unicorn or gazelle and annual statistics (also the enterprise itself).
 * Every form calls {@link EnterpriseManagement}, which checks role, scope and rules; a refusal
 * shows the form again with what was typed and the Chinese message next to its field.
 */
@Controller
class EnterpriseForms implements ConsolePage {

    private final EnterpriseManagement management;
    private final EnterprisePages pages;
    private final ZoneDirectory zones;

    EnterpriseForms(EnterpriseManagement management, EnterprisePages pages, ZoneDirectory zones) {
        this.management = management;
        this.pages = pages;
        this.zones = zones;
    }

    @GetMapping("/enterprises/new")
    String newEnterprise(Model model) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("zone", scope.zone() == null ? "" : scope.zone());
        return renderNew(model, scope, form, Map.of());
    }

    @PostMapping("/enterprises/new")
    String register(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Map<String, String> form = typed(params, "uscc", "name", "zone", "industryCode", "since");
        try {
            String industry = form.get("industryCode");
            String industryName = industry.isEmpty() ? null : IndustryOptions.ALL.stream()
                    .filter(o -> o.code().equals(industry)).map(IndustryOptions.Option::name).findFirst()
                    .orElseThrow(() -> new InvalidInput("字段“industryCode”：请从列表中选择国民经济行业分类（GB/T 4754-2017）门类"));
            String uscc = usccField(form.get("uscc"));
            Enterprise e = management.register(new EnterpriseManagement.NewEnterprise(uscc, form.get("name"), form.get("zone"),
                    industry.isEmpty() ? null : industry, industryName, null, date(form.get("since"), "since", false)));
            redirect.addFlashAttribute("done", "已登记企业“" + e.name() + "”。可在下方录入资质、国家科技项目和年度统计。");
            return "redirect:/enterprises/" + e.uscc();
        } catch (DomainProblem problem) {
            response.setStatus(problem.status().value());
            return renderNew(model, scope, form, AwardPages.errors(problem, "form"));
        }
    }

    @PostMapping("/enterprises/{uscc}/qualifications")
    String qualification(@PathVariable String uscc, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = typed(params, "qualification", "recognition", "certificate", "date");
        return submit(uscc, "qualification", form, model, response, redirect, () -> {
            var q = management.recordQualification(uscc, new EnterpriseManagement.NewQualification(form.get("qualification"),
                    form.get("recognition"), blankToNull(form.get("certificate")), date(form.get("date"), "date", true), null));
            return "已登记" + q.type().chineseName() + "（" + q.recognition().chineseName() + "）。符合政策的奖补将自动生成，见“奖补”。";
        });
    }

    @PostMapping("/enterprises/{uscc}/projects")
    String project(@PathVariable String uscc, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = typed(params, "programme", "project", "title", "fundingLandedYuan", "date");
        return submit(uscc, "project", form, model, response, redirect, () -> {
            management.recordNationalProject(uscc, new EnterpriseManagement.NewNationalProject(form.get("programme"),
                    form.get("project"), blankToNull(form.get("title")), blankToNull(form.get("fundingLandedYuan").replace(",", "")),
                    date(form.get("date"), "date", true)));
            return "已登记国家科技项目“" + form.get("project") + "”。";
        });
    }

    @PostMapping("/enterprises/{uscc}/introduction")
    String introduction(@PathVariable String uscc, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = typed(params, "category", "date");
        return submit(uscc, "introduction", form, model, response, redirect, () -> {
            Enterprise e = management.recordIntroduction(uscc, form.get("category"), date(form.get("date"), "date", true));
            return "已登记为引进的" + e.introducedCategory().chineseName() + "。";
        });
    }

    @PostMapping("/enterprises/{uscc}/statistics")
    String statistics(@PathVariable String uscc, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = typed(params, "year", "revenue", "highTechRevenue", "employees", "rdStaff", "rdExpense",
                "exports", "taxes");
        return submit(uscc, "statistics", form, model, response, redirect, () -> {
            int year = integer(form.get("year"), "year", true);
            String code = Uscc.of(uscc).value();
            management.reportStatistics(code, new AnnualStatistics(code, year, wan(form.get("revenue"), "revenue"),
                    wan(form.get("highTechRevenue"), "highTechRevenue"), integer(form.get("employees"), "employees", false),
                    integer(form.get("rdStaff"), "rdStaff", false), wan(form.get("rdExpense"), "rdExpense"),
                    wan(form.get("exports"), "exports"), wan(form.get("taxes"), "taxes")));
            return "已保存" + year + "年度统计数据。";
        });
    }

    private String submit(String uscc, String name, Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Supplier<String> work) {
        String code = Uscc.of(uscc).value();
        try {
            redirect.addFlashAttribute("done", work.get());
            return "redirect:/enterprises/" + code;
        } catch (DomainProblem problem) {
            response.setStatus(problem.status().value());
            return pages.detail(code, model, name, form, AwardPages.errors(problem, "form"));
        }
    }

    private String renderNew(Model model, DataScope scope, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("industryOptions", IndustryOptions.ALL);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("active", "enterprises");
        return "enterprise-new";
    }

    /** What was typed, trimmed, every named field present (empty when not sent). */
    private static Map<String, String> typed(Map<String, String> params, String... names) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String n : names) {
            String v = params.get(n);
            form.put(n, v == null ? "" : v.trim());
        }
        return form;
    }

    private static String usccField(String text) {
        String problem = Uscc.problemWith(text == null ? null : text.trim().toUpperCase());
        if (problem != null) {
            throw new InvalidInput("字段“uscc”：" + problem);
        }
        return text.trim().toUpperCase();
    }

    private static LocalDate date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInput("字段“" + field + "”：请填写日期（格式 2025-11-03）");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("字段“" + field + "”：日期“" + abbreviate(text) + "”无效，格式应为 2025-11-03");
        }
    }

    private static Integer integer(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInput("字段“" + field + "”：不能为空");
            }
            return null;
        }
        try {
            return Integer.valueOf(text.replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("字段“" + field + "”：“" + abbreviate(text) + "”不是整数");
        }
    }

    /** A figure typed in 万元 (as the tables show it), stored in 元; blank = not reported (never zero). */
    private static BigDecimal wan(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal w = new BigDecimal(text.replace(",", "").trim());
            if (w.scale() > 6 && w.stripTrailingZeros().scale() > 6) {
                throw new InvalidInput("字段“" + field + "”：以万元填写时最多六位小数（精确到分）");
            }
            return w.movePointRight(4);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("字段“" + field + "”：“" + abbreviate(text) + "”不是有效的金额（万元）");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
