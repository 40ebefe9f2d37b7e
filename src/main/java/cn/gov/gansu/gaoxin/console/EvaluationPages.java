package cn.gov.gansu.gaoxin.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.gansu.gaoxin.evaluation.Evaluations;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 评价考核 pages: the stored evaluations (year, version, status, method) and one evaluation's results
 * with the missing data that blocks review; for 省科技厅管理员 the irreversible actions 审核 and 发布
 * (confirmation and a comment required) through {@link Evaluations}. 审计监督 reads only; every other
 * role gets the Chinese 403 page.
 */
@Controller
class EvaluationPages implements ConsolePage {

    static final Map<String, String> STATUS = Map.of("DRAFT", "草稿", "REVIEWED", "已审核", "PUBLISHED", "已发布");
    static final Map<String, String> METHOD = Map.of("TARGET_REFERENCED", "目标值法", "MIN_MAX", "极差标准化法");
    static final Map<String, String> CONSEQUENCE = Map.of("REWARD", "予以奖励", "PRAISE", "通报表扬",
            "PUBLIC_NOTICE_AND_SUMMONS", "通报并约谈", "REVOCATION_PROPOSAL", "建议撤销省级高新区资格");

    private final Evaluations evaluations;
    private final ZoneDirectory zones;
    private final Texts texts;

    EvaluationPages(Evaluations evaluations, ZoneDirectory zones, Texts texts) {
        this.evaluations = evaluations;
        this.zones = zones;
        this.texts = texts;
    }

    /** A result row as the table shows it. */
    record ResultView(String zone, String score, String bonus, String total, int rank, String interval, boolean passed,
            List<String> consequences, boolean notSignificant) {
    }

    @GetMapping("/evaluations")
    String list(@RequestParam(required = false) Integer year, Model model) {
        DataScope me = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.AUDITOR);
        model.addAttribute("items", evaluations.list(year));
        model.addAttribute("year", year);
        model.addAttribute("labels", this);
        model.addAttribute("canAct", me.role() == Role.PROVINCE_ADMIN);
        model.addAttribute("active", "evaluations");
        return "evaluations";
    }

    /** 导出Excel of the evaluations list (same year filter and roles). */
    @GetMapping("/evaluations/export")
    void export(@RequestParam(required = false) Integer year, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.AUDITOR);
        try (Excel.Sheet sheet = Excel.open(response, "评价考核", "评价考核", List.of(Excel.Column.integer("编号", 8),
                Excel.Column.integer("年度", 8), Excel.Column.integer("版本", 8), Excel.Column.text("状态", 10),
                Excel.Column.text("方法", 14), Excel.Column.text("起草人", 14), Excel.Column.text("审核人", 14),
                Excel.Column.text("发布日期", 12)))) {
            sheet.write(evaluations.list(year).stream().map(e -> java.util.Arrays.<Object>asList(e.id(), e.year(), e.version(),
                    status(e.status()) + (e.corrects() != null ? "（更正）" : ""), method(e.method()), e.createdBy(), e.reviewedBy(),
                    e.publishedOn() == null ? null : e.publishedOn().toString())).toList());
        }
    }

    @GetMapping("/evaluations/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String done, Model model) {
        DataScope me = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.AUDITOR);
        fill(id, me, model);
        if ("review".equals(done)) {
            model.addAttribute("notice", texts.get("evd.done.review"));
        } else if ("publish".equals(done)) {
            model.addAttribute("notice", texts.get("evd.done.publish"));
        }
        return "evaluation";
    }

    @PostMapping("/evaluations/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
        return act(id, "review", comment, confirm, model, response);
    }

    @PostMapping("/evaluations/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
        return act(id, "publish", comment, confirm, model, response);
    }

    private String act(long id, String action, String comment, String confirm, Model model, HttpServletResponse response) {
        DataScope me = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        String error = null;
        if (comment == null || comment.isBlank()) {
            error = texts.get("evd.err.comment");
        } else if (comment.length() > 500) {
            error = texts.get("evd.err.commentLength");
        } else if (!"yes".equals(confirm)) {
            error = texts.get("evd.err.confirm");
        }
        if (error == null) {
            try {
                if ("review".equals(action)) {
                    evaluations.review(id, comment.trim());
                } else {
                    evaluations.publish(id, comment.trim());
                }
                return "redirect:/evaluations/" + id + "?done=" + action;
            } catch (DomainProblem e) {
                if (e.status().value() == 404 || e.status().value() == 403) {
                    throw e;
                }
                error = e.getMessage();
                response.setStatus(e.status().value());
            }
        } else {
            response.setStatus(400);
        }
        fill(id, me, model);
        model.addAttribute("actionError", error);
        model.addAttribute("comment", comment);
        return "evaluation";
    }

    private void fill(long id, DataScope me, Model model) {
        Evaluations.Header h = evaluations.visibleHeader(id);
        ZoneNames names = new ZoneNames(zones);
        List<ResultView> results = evaluations.visibleResults(id).stream().map(r -> new ResultView(names.of(r.zone()),
                two(r.score()), two(r.bonus()), two(r.total()), r.rank(),
                r.rankLow() == null ? Formats.NONE : texts.get("evd.rankInterval", String.valueOf(r.rankLow()), String.valueOf(r.rankHigh())), r.passed(),
                r.consequences().stream().map(c -> CONSEQUENCE.containsKey(c) ? texts.get("evd.c." + c) : c).toList(),
                Boolean.FALSE.equals(r.dropSignificant()) && r.consequences().contains("PUBLIC_NOTICE_AND_SUMMONS"))).toList();
        Map<String, List<String>> missing = Map.of();
        String missingError = null;
        if (!"PUBLISHED".equals(h.status())) {
            try {
                // the indicators by name (evd.ind.<CODE>), the code itself for one outside the default catalogue
                missing = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, List<String>> m : evaluations.missing(id).entrySet()) {
                    missing.put(m.getKey(), m.getValue().stream().map(c -> texts.orElse("evd.ind." + c, c)).toList());
                }
            } catch (DomainProblem e) {
                missingError = e.getMessage();
            }
        }
        model.addAttribute("h", h);
        model.addAttribute("results", results);
        model.addAttribute("missing", missing);
        model.addAttribute("missingError", missingError);
        model.addAttribute("zoneNames", names);
        model.addAttribute("labels", this);
        model.addAttribute("canAct", me.role() == Role.PROVINCE_ADMIN);
        model.addAttribute("ownDraft", me.username().equals(h.createdBy())); // contracts §8: not reviewed or published by its drafter
        model.addAttribute("active", "evaluations");
    }

    // english (issue 9 item 8): the labels in the English console
    static final Map<String, String> STATUS_EN = Map.of("DRAFT", "Draft", "REVIEWED", "Reviewed", "PUBLISHED", "Published");
    static final Map<String, String> METHOD_EN = Map.of("TARGET_REFERENCED", "Target-referenced", "MIN_MAX", "Min-max normalisation");

    private static boolean english() {
        return "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    }

    public String status(String code) {
        return (english() ? STATUS_EN : STATUS).getOrDefault(code, code);
    }

    public String method(String code) {
        return (english() ? METHOD_EN : METHOD).getOrDefault(code, code);
    }

    public String statusTag(String code) {
        return switch (code) {
            case "PUBLISHED" -> "tag-green";
            case "REVIEWED" -> "tag-blue";
            default -> "tag-orange";
        };
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
