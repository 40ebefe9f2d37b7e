package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.industry.Recommendation;
import cn.gov.gansu.gaoxin.industry.RecommendationStatus;
import cn.gov.gansu.gaoxin.industry.Recommendations;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 直接推荐申报 page (clause 12): the recommendations in scope filtered by zone, status and year (and the
 * province administrator's 待办), paged and exportable; a zone officer submits and withdraws, a province
 * administrator decides with a comment. Everything through {@link Recommendations}, which checks role,
 * scope and the four eyes again.
 */
@Controller
class RecommendationPages implements ConsolePage {

    static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final Recommendations recommendations;
    private final ZoneDirectory zones;

    RecommendationPages(Recommendations recommendations, ZoneDirectory zones) {
        this.recommendations = recommendations;
        this.zones = zones;
    }


    @GetMapping("/recommendations")
    String page(@RequestParam(required = false) String zone, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean todo,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        return render(zone, status, year, todo, page, size, model, Map.of(), null);
    }

    @PostMapping("/recommendations")
    String submit(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Integer year;
        try {
            year = form.get("year") == null || form.get("year").isBlank() ? null : Integer.valueOf(form.get("year").trim());
        } catch (NumberFormatException e) {
            response.setStatus(400);
            return render(null, null, null, false, 1, 20, model, form, "字段“year”：年度须为整数");
        }
        try {
            recommendations.submit(form.get("zone"), new Recommendations.NewRecommendation(year, form.get("category"), form.get("name"),
                    form.get("applicant"), form.get("amountYuan"), form.get("note")));
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(null, null, null, false, 1, 20, model, form, e.getMessage());
        }
        redirect.addFlashAttribute("done", true);
        return "redirect:/recommendations";
    }

    @PostMapping("/recommendations/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            recommendations.decide(id, new Recommendations.Decision(decision, comment));
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(null, null, null, true, 1, 20, model, Map.of(), e.getMessage());
        }
        redirect.addFlashAttribute("done", true);
        return "redirect:/recommendations?todo=true";
    }

    @PostMapping("/recommendations/{id}/withdrawal")
    String withdraw(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            recommendations.withdraw(id);
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(null, null, null, false, 1, 20, model, Map.of(), e.getMessage());
        }
        redirect.addFlashAttribute("done", true);
        return "redirect:/recommendations";
    }

    @GetMapping("/recommendations/export")
    void export(@RequestParam(required = false) String zone, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean todo, HttpServletResponse response)
            throws IOException {
        DataScope scope = CurrentUser.scope();
        Recommendations.Filter filter = filter(zone, status, year, todo);
        Map<String, String> names = zoneNames(scope);
        List<List<Object>> rows = new ArrayList<>();
        for (Recommendation r : Lists.all(paging -> recommendations.list(scope, filter, paging), Recommendations.Page::items)) {
            rows.add(java.util.Arrays.asList(r.id(), names.getOrDefault(r.zone(), r.zone()), r.year(), r.categoryName(), r.name(),
                    r.applicant(), r.amount() == null ? null : new BigDecimal(r.amount()), r.statusName(), r.submittedBy(),
                    TIME.format(r.submittedAt()), r.decidedBy(), r.decidedAt() == null ? null : TIME.format(r.decidedAt()),
                    r.comment(), r.note()));
        }
        try (Excel.Sheet sheet = Excel.open(response, "直接推荐申报", "直接推荐申报", List.of(Excel.Column.integer("编号", 8),
                Excel.Column.text("高新区", 16), Excel.Column.integer("年度", 8), Excel.Column.text("类别", 8), Excel.Column.text("名称", 30),
                Excel.Column.text("申报单位", 24), Excel.Column.money("拟申请金额（元）"), Excel.Column.text("状态", 14),
                Excel.Column.text("提交人", 14), Excel.Column.text("提交时间", 18), Excel.Column.text("决定人", 14),
                Excel.Column.text("决定时间", 18), Excel.Column.text("决定意见", 30), Excel.Column.text("说明", 30)))) {
            sheet.write(rows);
        }
    }

    private static Recommendations.Filter filter(String zone, String status, Integer year, boolean todo) {
        return new Recommendations.Filter(zone == null || zone.isBlank() ? null : zone,
                Enums.optional(RecommendationStatus.class, status == null || status.isBlank() ? null : status, "参数“status”"), year, todo);
    }

    private Map<String, String> zoneNames(DataScope scope) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Zone z : zones.list(scope, null, null, null)) {
            names.put(z.code(), z.name());
        }
        return names;
    }

    private String render(String zone, String status, Integer year, boolean todo, int page, int size, Model model,
            Map<String, String> form, String error) {
        DataScope scope = CurrentUser.scope();
        int s = Lists.size(size);
        Map<String, String> names = zoneNames(scope);
        model.addAttribute("active", "recommendations");
        model.addAttribute("zones", names);
        model.addAttribute("zone", zone == null || zone.isBlank() ? null : zone);
        model.addAttribute("status", status == null || status.isBlank() ? null : status);
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("todo", todo);
        model.addAttribute("size", s);
        model.addAttribute("sizes", Lists.SIZES);
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("meUsername", scope.username());
        model.addAttribute("canSubmit", scope.is(Role.ZONE_OFFICER));
        model.addAttribute("canDecide", scope.is(Role.PROVINCE_ADMIN));
        model.addAttribute("categories", List.of("PROJECT", "PLATFORM"));
        Recommendations.Page p;
        try {
            p = recommendations.list(scope, filter(zone, status, year, todo), new Paging(Math.max(0, page - 1), s));
        } catch (DomainProblem e) {   // a bad status in the URL, or a role that reads no zones: an empty list with the reason
            p = new Recommendations.Page(List.of(), 0);
            if (error == null) {
                model.addAttribute("formError", e.getMessage());
            }
        }
        model.addAttribute("rows", p.items());
        model.addAttribute("total", p.total());
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pages", Lists.pages(p.total(), s));
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/recommendations");
        UriComponentsBuilder export = UriComponentsBuilder.fromPath("/recommendations/export");
        for (UriComponentsBuilder b : List.of(base, export)) {
            b.queryParamIfPresent("zone", java.util.Optional.ofNullable(zone).filter(z -> !z.isBlank()))
                    .queryParamIfPresent("status", java.util.Optional.ofNullable(status).filter(z -> !z.isBlank()))
                    .queryParamIfPresent("year", java.util.Optional.ofNullable(year));
            if (todo) {
                b.queryParam("todo", true);
            }
        }
        model.addAttribute("pager", new Lists.Pager(base.build().toUriString()));
        model.addAttribute("exportLink", export.build().toUriString());
        return "recommendations";
    }
}
