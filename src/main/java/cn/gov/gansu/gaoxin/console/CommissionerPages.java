package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.gansu.gaoxin.commissioner.CommissionerManagement;
import cn.gov.gansu.gaoxin.commissioner.ServiceRecords;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 科技专员 forms and the yearly report (clause 7), beside the plan page of {@link ServicePages}: the
 * department registers a commissioner, an enterprise (or its zone, or the department) raises a need
 * for a year, and the province reads (and exports) each commissioner's year — needs served, service
 * logs, hours and satisfaction. Thin: calls {@link CommissionerManagement} and {@link ServiceRecords}.
 */
@Controller
class CommissionerPages implements ConsolePage {

    private final CommissionerManagement commissioners;
    private final ServiceRecords records;
    private final cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    CommissionerPages(CommissionerManagement commissioners, ServiceRecords records, cn.gov.gansu.gaoxin.identity.AuditTrail audit) {
        this.audit = audit;
        this.commissioners = commissioners;
        this.records = records;
    }

    @PostMapping("/commissioners/new")
    String register(@RequestParam(required = false) String name, @RequestParam(required = false) String expertise,
            @RequestParam(required = false) String capacity, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            List<String> fields = expertise == null ? List.of()
                    : Arrays.stream(expertise.split("[,，、;；]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            commissioners.recordCommissioner(new CommissionerManagement.NewCommissioner(name, fields,
                    Lists.number0(capacity, "capacity")));
            redirect.addFlashAttribute("doneKey", "cm.done.commissioner");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/commissioners" + (year == null ? "" : "?year=" + year);
    }

    @PostMapping("/commissioners/needs")
    String need(@RequestParam(required = false) String enterprise, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String field, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            commissioners.recordNeed(new CommissionerManagement.NewNeed(enterprise, year, field, Lists.blank(note)));
            redirect.addFlashAttribute("doneKey", "cm.done.need");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/commissioners" + (year == null ? "" : "?year=" + year);
    }

    @PostMapping("/commissioners/plans/{dispatch}/needs/{need}/assign")
    String assign(@org.springframework.web.bind.annotation.PathVariable long dispatch, @org.springframework.web.bind.annotation.PathVariable long need,
            @RequestParam(required = false) String commissioner, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            Integer to = Lists.number0(commissioner, "commissioner");
            CommissionerManagement.Adjustment a = commissioners.adjust(dispatch, need, to == null ? null : to.longValue());
            redirect.addFlashAttribute("doneKey", "cm.done.adjusted");
            redirect.addFlashAttribute("doneArgs", List.of(a.fitBefore(), a.fitAfter(), a.totalFit(), a.zonesCoveredBefore(), a.zonesCovered()));
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/commissioners" + (year == null ? "" : "?year=" + year);
    }

    @PostMapping("/commissioners/plans/{dispatch}/needs/{need}/log")
    String log(@org.springframework.web.bind.annotation.PathVariable long dispatch, @org.springframework.web.bind.annotation.PathVariable long need,
            @RequestParam(required = false) String date, @RequestParam(required = false) String hours,
            @RequestParam(required = false) String content, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            java.math.BigDecimal h;
            try {
                h = hours == null || hours.isBlank() ? null : new java.math.BigDecimal(hours.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("字段“hours”：服务时长须为数字，如 2.5");
            }
            records.log(dispatch, need, new ServiceRecords.NewServiceLog(Lists.date(date), h, content));
            redirect.addFlashAttribute("doneKey", "cm.done.logged");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/commissioners" + (year == null ? "" : "?year=" + year);
    }

    @PostMapping("/commissioners/plans/{dispatch}/needs/{need}/rate")
    String rate(@org.springframework.web.bind.annotation.PathVariable long dispatch, @org.springframework.web.bind.annotation.PathVariable long need,
            @RequestParam(required = false) String score, @RequestParam(required = false) String comment,
            @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            records.rate(dispatch, need, new ServiceRecords.Rating(Lists.number0(score, "score"), Lists.blank(comment)));
            redirect.addFlashAttribute("doneKey", "cm.done.rated");
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/commissioners" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/commissioners/report")
    String report(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("rows", records.report(y));
        model.addAttribute("active", "commissioners");
        return "commissioners-report";
    }

    @GetMapping("/commissioners/report/export")
    void exportReport(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        int y = year(year);
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceRecords.CommissionerYear c : records.report(y)) {
            rows.add(Arrays.asList(c.commissioner(), c.name(), c.needsServed(), c.serviceLogs(), c.hours(), c.meanSatisfaction(),
                    c.ratings()));
        }
        Lists.export(audit, response, "COMMISSIONER_REPORT", y + "年科技专员年度报告", java.util.Map.of("year", String.valueOf(y)),
                List.of(Excel.Column.integer("编号", 8), Excel.Column.text("姓名", 14), Excel.Column.integer("服务需求（项）", 14),
                        Excel.Column.integer("服务记录（次）", 14), Excel.Column.decimal("服务时长（小时）", 16),
                        Excel.Column.decimal("平均满意度", 12), Excel.Column.integer("评价数", 10)), rows);
    }

    private static int year(Integer year) {
        int y = year == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new InvalidInput("参数“year”：年度须在2000至2100之间");
        }
        return y;
    }
}
