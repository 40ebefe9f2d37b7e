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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 高新区 pages: the list (by 市州, 级别, 状态) and a zone's detail, within the caller's scope. */
@Controller
class ZonePages implements ConsolePage {

    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;
    private final cn.gov.gansu.gaoxin.zone.ZoneManagement management;

    ZonePages(ZoneDirectory zones, EnterpriseRegistry enterprises, cn.gov.gansu.gaoxin.zone.ZoneManagement management) {
        this.management = management;
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
        return render(code, model, null, Map.of(), Map.of());
    }

    // ------------------------------------------------------------------ forms (issue 9 item 1), through ZoneManagement

    /** 状态变更 (省科技厅): PROVINCIAL / NATIONAL_CANDIDATE / NATIONAL / REVOKED with its date and basis. */
    @PostMapping("/zones/{code}/status")
    String changeStatus(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(required = false) String date, @RequestParam(required = false) String reason, Model model,
            jakarta.servlet.http.HttpServletResponse response, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("status", status == null ? "" : status);
        form.put("date", date == null ? "" : date);
        form.put("reason", reason == null ? "" : reason);
        return submit(code, "status", form, model, response, redirect, "已变更高新区状态。", () -> {
            ZoneStatus next = status == null || status.isBlank() ? null : parse(ZoneStatus.class, status, "status");
            management.changeStatus(code, next, day(date, "date", "生效日期"), reason);
        });
    }

    /** 主导产业: one per line, "名称：行业代码,行业代码" (GB/T 4754), e.g. "新材料：30,32". */
    @PostMapping("/zones/{code}/industries")
    String setIndustries(@PathVariable String code, @RequestParam(required = false) String industries, Model model,
            jakarta.servlet.http.HttpServletResponse response, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Map<String, String> form = Map.of("industries", industries == null ? "" : industries);
        return submit(code, "industries", form, model, response, redirect, "已更新主导产业。", () -> {
            List<Zone.Industry> list = new java.util.ArrayList<>();
            int n = 0;
            for (String line : (industries == null ? "" : industries).split("\\R")) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[:：]", 2);
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw new cn.gov.gansu.gaoxin.shared.InvalidInput("字段“industries”：第" + n
                            + "行须写作“名称：行业代码”，如“新材料：30,32”");
                }
                list.add(new Zone.Industry(parts[0].trim(), java.util.Arrays.stream(parts[1].split("[,，、\\s]+"))
                        .filter(c -> !c.isBlank()).map(String::trim).toList()));
            }
            List<String> warnings = management.setLeadingIndustries(code, list);
            if (!warnings.isEmpty()) {
                redirect.addFlashAttribute("warning", String.join("；", warnings));
            }
        });
    }

    /** 设立飞地园区 (省科技厅, clause 16). */
    @PostMapping("/zones/{code}/enclaves")
    String establishEnclave(@PathVariable String code, @RequestParam(required = false) String enclaveCode,
            @RequestParam(required = false) String enclaveName, @RequestParam(required = false) String location,
            @RequestParam(required = false) String established, Model model, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("enclaveCode", enclaveCode == null ? "" : enclaveCode);
        form.put("enclaveName", enclaveName == null ? "" : enclaveName);
        form.put("location", location == null ? "" : location);
        form.put("established", established == null ? "" : established);
        return submit(code, "enclave", form, model, response, redirect, "已设立飞地园区。", () -> management.establishEnclavePark(code,
                new cn.gov.gansu.gaoxin.zone.ZoneManagement.NewEnclave(enclaveCode, enclaveName, location,
                        day(established, "established", "设立日期"))));
    }

    /** 伙伴园区 / 异地孵化 (省科技厅, or the zone's own officer). */
    @PostMapping("/zones/{code}/partners")
    String linkPartner(@PathVariable String code, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String partnerName, @RequestParam(required = false) String region,
            @RequestParam(required = false) String since, Model model, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("kind", kind == null ? "" : kind);
        form.put("partnerName", partnerName == null ? "" : partnerName);
        form.put("region", region == null ? "" : region);
        form.put("since", since == null ? "" : since);
        return submit(code, "partner", form, model, response, redirect, "已登记合作园区。",
                () -> management.linkPartner(code, kind, partnerName, region, day(since, "since", "开始日期")));
    }

    private String submit(String code, String formName, Map<String, String> form, Model model,
            jakarta.servlet.http.HttpServletResponse response, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            String done, Runnable write) {
        try {
            write.run();
        } catch (cn.gov.gansu.gaoxin.shared.DomainProblem e) {
            response.setStatus(e.status().value());
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            AwardPages.errors(e, "form").forEach((field, message) -> errors.put(switch (field) {
                case "name" -> "enclaveName";
                case "code" -> "enclaveCode";
                default -> form.containsKey(field) ? field : "form";
            }, message));
            return render(code, model, formName, form, errors);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/zones/" + code;
    }

    private static LocalDate day(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("字段“" + field + "”：" + label + "须为日期，如 2025-11-03");
        }
    }

    private String render(String code, Model model, String formName, Map<String, String> form, Map<String, String> errors) {
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
        boolean admin = scope.role() == cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN;
        model.addAttribute("canManage", admin);
        model.addAttribute("canEditOwn", admin || scope.role() == cn.gov.gansu.gaoxin.identity.Role.ZONE_OFFICER
                && code.equals(scope.zone()));
        model.addAttribute("nextStatuses", java.util.Arrays.stream(ZoneStatus.values()).filter(zone.status()::canBecome).toList());
        model.addAttribute("formName", formName);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("industriesText", String.join("\n", zone.leadingIndustries().stream()
                .map(i -> i.name() + "：" + String.join(",", i.industryCodes())).toList()));
        model.addAttribute("active", "zones");
        return "zone";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }
}
