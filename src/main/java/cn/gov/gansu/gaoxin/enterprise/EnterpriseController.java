package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise registry's JSON API (contracts §5 and §7's qualification recording). */
@RestController
class EnterpriseController {

    private final EnterpriseRegistry registry;
    private final EnterpriseManagement management;

    EnterpriseController(EnterpriseRegistry registry, EnterpriseManagement management) {
        this.registry = registry;
        this.management = management;
    }

    @PostMapping("/api/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise register(@RequestBody EnterpriseManagement.NewEnterprise request) {
        return management.register(request);
    }

    @GetMapping("/api/enterprises")
    EnterpriseRegistry.Page list(@RequestParam(required = false) String zone, @RequestParam(required = false) String name,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (name != null && name.length() > 100) {
            throw new InvalidInput("参数“name”过长（最多100字）");
        }
        if (sort != null && !sort.matches("name|uscc|zone")) {
            throw new InvalidInput("参数“sort”须为 name、uscc 或 zone");
        }
        return registry.list(CurrentUser.scope(), new EnterpriseRegistry.Filter(blankToNull(zone), name, industry,
                EnterpriseManagement.parse(QualificationType.class, qualification, "qualification"), sort), new Paging(page, size));
    }

    @GetMapping("/api/enterprises/{uscc}")
    Map<String, Object> get(@PathVariable String uscc) {
        DataScope scope = CurrentUser.scope();
        String code = Uscc.of(uscc).value();
        Enterprise e = registry.find(scope, code).orElseThrow(() -> new EnterpriseManagement.UnknownEnterprise(code));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uscc", e.uscc());
        body.put("name", e.name());
        body.put("zone", e.zone());
        body.put("industryCode", e.industryCode());
        body.put("industryName", e.industryName());
        body.put("listingStatus", e.listingStatus());
        body.put("introducedCategory", e.introducedCategory());
        body.put("introducedOn", e.introducedOn());
        body.put("demo", e.demo());
        body.put("memberships", registry.memberships(code));
        body.put("qualifications", registry.qualifications(code));
        body.put("nationalProjects", registry.nationalProjects(code));
        body.put("statistics", registry.statistics(code));
        return body;
    }

    @PutMapping("/api/enterprises/{uscc}/zone")
    Enterprise move(@PathVariable String uscc, @RequestBody Move move) {
        return management.move(uscc, move.zone(), move.date(), move.reason());
    }

    @PostMapping("/api/enterprises/{uscc}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    Qualification qualification(@PathVariable String uscc, @RequestBody EnterpriseManagement.NewQualification request) {
        return management.recordQualification(uscc, request);
    }

    @PostMapping("/api/enterprises/{uscc}/introductions")
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise introduction(@PathVariable String uscc, @RequestBody Introduction request) {
        return management.recordIntroduction(uscc, request.category(), request.date());
    }

    @PostMapping("/api/enterprises/{uscc}/national-projects")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> nationalProject(@PathVariable String uscc, @RequestBody EnterpriseManagement.NewNationalProject request) {
        management.recordNationalProject(uscc, request);
        return Map.of("message", "已登记");
    }

    @PutMapping("/api/enterprises/{uscc}/statistics/{year}")
    Map<String, String> statistics(@PathVariable String uscc, @PathVariable int year, @RequestBody Figures s) {
        management.reportStatistics(uscc, new AnnualStatistics(uscc, year, s.revenue(), s.highTechRevenue(), s.employees(),
                s.rdStaff(), s.rdExpense(), s.exports(), s.taxes()));
        return Map.of("message", "已保存");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** One year's figures as sent (money in 元; a figure left out stays unknown). */
    record Figures(java.math.BigDecimal revenue, java.math.BigDecimal highTechRevenue, Integer employees, Integer rdStaff,
            java.math.BigDecimal rdExpense, java.math.BigDecimal exports, java.math.BigDecimal taxes) {
    }

    record Move(String zone, LocalDate date, String reason) {
    }

    record Introduction(String category, LocalDate date) {
    }
}
