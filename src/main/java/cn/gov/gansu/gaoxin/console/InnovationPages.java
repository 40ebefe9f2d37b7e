package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.innovation.DoublingPlans;
import cn.gov.gansu.gaoxin.innovation.InnovationPoints;
import cn.gov.gansu.gaoxin.innovation.ListingsAndIncentives;
import cn.gov.gansu.gaoxin.innovation.Ladder;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 企业创新积分 page (clause 10): a zone and year of the caller's scope, the ranking best first (paged
 * 10/20/50/100, candidates tagged, missing figures named), the ladder's rungs and conversion rates,
 * and 导出Excel of the whole ranking. Reads only {@link InnovationPoints} and {@link Ladder}.
 */
@Controller
class InnovationPages implements ConsolePage {

    static final List<String> EXPORT_HEADERS = List.of("名次", "企业名称", "统一社会信用代码", "创新积分", "支持候选", "缺少的数据");

    private final InnovationPoints points;
    private final Ladder ladder;
    private final ZoneDirectory zones;
    private final cn.gov.gansu.gaoxin.innovation.DoublingPlans plans;
    private final cn.gov.gansu.gaoxin.innovation.ListingsAndIncentives incentives;

    InnovationPages(InnovationPoints points, Ladder ladder, ZoneDirectory zones, cn.gov.gansu.gaoxin.innovation.DoublingPlans plans,
            cn.gov.gansu.gaoxin.innovation.ListingsAndIncentives incentives) {
        this.points = points;
        this.ladder = ladder;
        this.zones = zones;
        this.plans = plans;
        this.incentives = incentives;
    }

    /** 倍增计划: the province administrator sets (or changes) a zone's target; errors shown on the page in Chinese. */
    @org.springframework.web.bind.annotation.PostMapping("/innovation/doubling-plan")
    String setTarget(@RequestParam String zone, @RequestParam java.util.Map<String, String> form,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            plans.set(zone, new cn.gov.gansu.gaoxin.innovation.DoublingPlans.NewTarget(form.get("qualification"), integer(form.get("baseYear")),
                    integer(form.get("targetYear")), integer(form.get("targetCount")), form.get("note")));
            redirect.addFlashAttribute("planDone", true);
        } catch (cn.gov.gansu.gaoxin.shared.DomainProblem e) {
            redirect.addFlashAttribute("planError", e.getMessage());
        }
        return "redirect:/innovation?zone=" + zone + (form.get("year") == null ? "" : "&year=" + form.get("year").replaceAll("[^0-9]", ""));
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("“" + (s.length() > 20 ? s.substring(0, 20) : s) + "”不是整数");
        }
    }

    record Row(String rank, String name, String uscc, String points, boolean candidate, String missing) {
    }

    @GetMapping("/innovation")
    String page(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        int s = Lists.size(size);
        List<Zone> visible = zones.list(scope, null, null, null);
        String code = zone != null && !zone.isBlank() ? zone : visible.isEmpty() ? null : visible.get(0).code();
        model.addAttribute("zones", visible);
        model.addAttribute("zone", code);
        model.addAttribute("year", y);
        model.addAttribute("size", s);
        model.addAttribute("sizes", Lists.SIZES);
        model.addAttribute("active", "innovation");
        List<Integer> years = new ArrayList<>();
        for (int i = LocalDate.now().getYear(); i > LocalDate.now().getYear() - 8; i--) {
            years.add(i);
        }
        model.addAttribute("years", years);
        if (code == null) {
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 1);
            model.addAttribute("pages", 1);
            return "innovation";
        }
        InnovationPoints.Ranking r = points.ranking(scope, code, y, new Paging(Math.max(0, page - 1), s));
        model.addAttribute("rows", r.items().stream().map(InnovationPages::row).toList());
        model.addAttribute("total", r.total());
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pages", Lists.pages(r.total(), s));
        model.addAttribute("ladder", ladder.zone(scope, code, y));
        Ladder.Candidates candidates = ladder.candidates(scope, code, y, new Paging(0, 20));
        model.addAttribute("candidates", candidates);
        model.addAttribute("plan", plans.plan(scope, code, y));
        model.addAttribute("growth", incentives.zone(scope, code, y));
        model.addAttribute("canSetTarget", scope.is(cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN));
        model.addAttribute("qualifications", cn.gov.gansu.gaoxin.enterprise.QualificationType.values());
        model.addAttribute("pager", new Lists.Pager("/innovation?zone=" + code + "&year=" + y));
        return "innovation";
    }

    @GetMapping("/api/innovation-points/export")
    void export(@RequestParam String zone, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        List<List<Object>> rows = new ArrayList<>();
        Lists.all(paging -> points.ranking(scope, zone, y, paging), InnovationPoints.Ranking::items).forEach(l -> {
            Row row = row(l);
            rows.add(List.of(row.rank(), row.name(), row.uscc(), row.points(), row.candidate() ? "是" : "", row.missing()));
        });
        response.setContentType(EnterpriseExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("企业创新积分-" + zone + "-" + y + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).head(EXPORT_HEADERS.stream().map(List::of).toList()).autoCloseStream(false).build()) {
            writer.write(rows, FastExcel.writerSheet(y + "年度创新积分").build());
        }
        out.flush();
    }

    /**
     * 导出Excel of the zone's growth tables of the year (issue 12 item 7): 倍增计划 targets with progress,
     * listings by status, and the tax incentives summed — three sheets, counts and money as numbers, a
     * total nobody reported left empty (not 0).
     */
    @GetMapping("/innovation/growth/export")
    void growthExport(@RequestParam String zone, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        DataScope scope = CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        DoublingPlans.Plan plan = plans.plan(scope, zone, y);          // scope and year checked before any byte
        ListingsAndIncentives.ZoneSummary growth = incentives.zone(scope, zone, y);
        Excel.download(response, "倍增计划与上市税收-" + zone + "-" + y + ".xlsx");
        try (Excel.Book book = Excel.book(response.getOutputStream())) {
            try (Excel.Sheet sheet = book.sheet("倍增计划", List.of(Excel.Column.text("资质", 18), Excel.Column.integer("基准年度", 10),
                    Excel.Column.integer("基准年末（家）", 14), Excel.Column.integer("目标年度", 10), Excel.Column.integer("目标（家）", 12),
                    Excel.Column.integer(y + "年末（家）", 14), Excel.Column.decimal("完成进度", 10), Excel.Column.decimal("应达进度", 10),
                    Excel.Column.text("说明", 30)))) {
                List<List<Object>> rows = new ArrayList<>();
                for (DoublingPlans.Target t : plan.targets()) {
                    rows.add(java.util.Arrays.asList(t.qualificationName(), t.baseYear(), t.baseCount(), t.targetYear(), t.targetCount(),
                            t.current(), t.progress(), t.expected(), t.note()));
                }
                sheet.write(rows);
            }
            try (Excel.Sheet sheet = book.sheet("上市情况", List.of(Excel.Column.text("上市状态", 16), Excel.Column.integer("企业数", 10),
                    Excel.Column.text("企业（至多20家）", 60)))) {
                List<List<Object>> rows = new ArrayList<>();
                for (ListingsAndIncentives.Listing l : growth.listings()) {
                    rows.add(java.util.Arrays.asList(l.name(), l.count(), String.join("、", l.enterprises())));
                }
                sheet.write(rows);
            }
            try (Excel.Sheet sheet = book.sheet("税收优惠", List.of(Excel.Column.text("优惠", 24), Excel.Column.money("合计（元）"),
                    Excel.Column.integer("报送企业", 10), Excel.Column.integer("未报送企业", 12)))) {
                List<List<Object>> rows = new ArrayList<>();
                for (ListingsAndIncentives.Sum sum : growth.incentives()) {
                    rows.add(java.util.Arrays.asList(sum.name(), sum.total(), sum.reported(), sum.notReported()));
                }
                sheet.write(rows);
            }
        }
    }

    static Row row(InnovationPoints.Line l) {
        return new Row(l.rank() == null ? Formats.NONE : String.valueOf(l.rank()), l.name() == null ? Formats.NONE : l.name(),
                l.enterprise(), l.points() == null ? Formats.NONE : String.format(Locale.ROOT, "%.2f", l.points()), l.candidate(),
                String.join("、", l.missingNames()));
    }

}
