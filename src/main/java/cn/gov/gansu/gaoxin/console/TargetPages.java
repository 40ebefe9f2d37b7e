package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.gansu.gaoxin.evaluation.TargetsMonitor;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 目标监测 page: per zone in the caller's scope, the targets of clauses 10–12 as traffic lights with a
 * text label (达标 / 未达标 / 无数据, never colour alone) and their history, clause 13's focus
 * industries next to the actual leading industries, a year selector, and one chart (高企占比 against
 * the 10 % target) with its data table. Reads only the evaluation module's {@link TargetsMonitor}.
 */
@Controller
class TargetPages implements ConsolePage {

    static final String SHARE = "HIGH_TECH_ENTERPRISE_SHARE";
    static final int YEARS_SHOWN = 8;

    private final TargetsMonitor monitor;
    private final Texts texts;

    TargetPages(TargetsMonitor monitor, Texts texts) {
        this.monitor = monitor;
        this.texts = texts;
    }

    record LightView(int year, String value, String light, String label) {
    }

    record TargetView(String code, String name, String clause, String quote, String goal, String value, String light,
            String label, String note, List<LightView> history) {
    }

    record ZoneView(String code, String name, List<String> focus, List<String> leading, List<TargetView> targets) {
    }

    /** One bar of the chart and one row of its data table. */
    record ShareRow(String zone, Double percent, String value, String goal, String light, String label) {
    }

    /** 导出Excel: every zone's targets of the year (value, requirement, light), as the page shows them in scope. */
    @GetMapping("/targets/export")
    void export(@RequestParam(required = false) Integer year, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        List<List<Object>> rows = new ArrayList<>();
        for (TargetsMonitor.ZoneTargets z : monitor.forYear(y)) {
            for (TargetsMonitor.TargetStatus t : z.targets()) {
                rows.add(java.util.Arrays.asList(z.name(), t.name(), "第" + t.clause() + "条", t.value() == null ? null
                        : java.math.BigDecimal.valueOf(t.value()).setScale(4, java.math.RoundingMode.HALF_UP), value(t.code(), t.value()),
                        goal(t), label(t.light()), t.note()));
            }
        }
        try (Excel.Sheet sheet = Excel.open(response, "目标监测-" + y, "目标监测", List.of(Excel.Column.text("高新区", 24),
                Excel.Column.text("目标", 30), Excel.Column.text("条款", 8), Excel.Column.decimal("数值", 12),
                Excel.Column.text("数值（显示）", 16), Excel.Column.text("要求", 20), Excel.Column.text("信号灯", 10),
                Excel.Column.text("说明", 40)))) {
            sheet.write(rows);
        }
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser.scope();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        List<ZoneView> zones = new ArrayList<>();
        List<ShareRow> shares = new ArrayList<>();
        Double shareGoal = null;
        for (TargetsMonitor.ZoneTargets z : monitor.forYear(y)) {
            List<TargetView> targets = new ArrayList<>();
            for (TargetsMonitor.TargetStatus t : z.targets()) {
                List<LightView> history = t.history().stream()
                        .map(h -> new LightView(h.year(), value(t.code(), h.value()), h.light(), light(h.light()))).toList();
                targets.add(new TargetView(t.code(), t.name(), t.clause(), t.quote(), goal(t, texts), value(t.code(), t.value()),
                        t.light(), light(t.light()), t.note(), history));
                if (SHARE.equals(t.code())) {
                    shares.add(new ShareRow(z.name(), t.value() == null ? null : Math.round(t.value() * 1000) / 10.0,
                            value(t.code(), t.value()), goal(t, texts), t.light(), light(t.light())));
                    shareGoal = t.min() == null ? null : Math.round(t.min() * 1000) / 10.0;
                }
            }
            zones.add(new ZoneView(z.zone(), z.name(), z.focusIndustries(), z.leadingIndustries(), targets));
        }
        int latest = LocalDate.now().getYear();
        List<Integer> years = new ArrayList<>();
        for (int i = latest; i > latest - YEARS_SHOWN; i--) {
            years.add(i);
        }
        if (!years.contains(y)) {
            years.add(y);
        }
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("zones", zones);
        model.addAttribute("shares", shares);
        model.addAttribute("chartZones", shares.stream().map(ShareRow::zone).toList());
        model.addAttribute("chartValues", shares.stream().map(ShareRow::percent).toList());
        model.addAttribute("shareGoal", shareGoal);
        model.addAttribute("active", "targets");
        return "targets";
    }

    private String light(String light) {
        return texts.get("tgt." + ("GREEN".equals(light) || "RED".equals(light) ? light : "GREY"));
    }

    static String label(String light) {
        return switch (light) {
            case "GREEN" -> "达标";
            case "RED" -> "未达标";
            default -> "无数据";
        };
    }

    /** Shares as percentages with one decimal; counts as whole numbers; "—" when unknown. */
    static String value(String code, Double v) {
        if (v == null) {
            return Formats.NONE;
        }
        if (code.endsWith("_SHARE") || code.endsWith("_CONCENTRATION")) {
            return String.format(Locale.ROOT, "%.1f%%", v * 100);
        }
        return String.format(Locale.ROOT, "%d", Math.round(v));
    }

    static String goal(TargetsMonitor.TargetStatus t) {
        return goal(t, null);
    }

    /** The requirement as the page shows it, in the page's language ({@code texts} null: Chinese, for the export). */
    static String goal(TargetsMonitor.TargetStatus t, Texts texts) {
        if ("NEW_HIGH_TECH_ENTERPRISES_RISING".equals(t.code())) {
            return texts == null ? "高于上年" : texts.get("tgt.rising");
        }
        if (t.min() != null && t.max() != null) {
            String range = value(t.code(), t.min()) + "–" + value(t.code(), t.max());
            return texts == null ? range + "个" : texts.get("tgt.range", range);
        }
        if (t.min() != null) {
            return "≥" + value(t.code(), t.min());
        }
        return t.max() == null ? "" : "≤" + value(t.code(), t.max());
    }
}
