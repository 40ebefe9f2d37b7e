package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The zone registry's JSON API. */
@RestController
class ZoneController {

    private final ZoneDirectory directory;
    private final ZoneManagement management;

    ZoneController(ZoneDirectory directory, ZoneManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping("/api/cities")
    List<ZoneDirectory.City> cities() {
        return directory.cities();
    }

    @GetMapping("/api/zones")
    Map<String, Object> list(@RequestParam(required = false) String city, @RequestParam(required = false) String level,
            @RequestParam(required = false) String status) {
        List<Zone> items = directory.list(CurrentUser.scope(), city, parse(ZoneLevel.class, level, "level"),
                parse(ZoneStatus.class, status, "status"));
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/api/zones/{code}")
    Map<String, Object> get(@PathVariable String code) {
        DataScope scope = CurrentUser.scope();
        Zone zone = directory.find(code).filter(z -> directory.canSee(scope, z.code()))
                .orElseThrow(() -> new ZoneManagement.UnknownZone(code));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zone", zone);
        body.put("history", directory.history(code));
        body.put("partners", directory.partners(code));
        body.put("warnings", leadingWarnings(zone));
        return body;
    }

    @PostMapping("/api/zones")
    @ResponseStatus(HttpStatus.CREATED)
    Zone recognise(@RequestBody ZoneManagement.NewZone request) {
        return management.recognise(request);
    }

    @PostMapping("/api/zones/{code}/status")
    Zone changeStatus(@PathVariable String code, @RequestBody StatusChange change) {
        return management.changeStatus(code, parse(ZoneStatus.class, change.status(), "status"), change.date(), change.reason());
    }

    @PostMapping("/api/zones/{code}/enclave-parks")
    @ResponseStatus(HttpStatus.CREATED)
    Zone enclave(@PathVariable String code, @RequestBody ZoneManagement.NewEnclave request) {
        return management.establishEnclavePark(code, request);
    }

    @PostMapping("/api/zones/{code}/partners")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> partner(@PathVariable String code, @RequestBody PartnerRequest request) {
        management.linkPartner(code, request.kind(), request.partnerName(), request.region(), request.since());
        return Map.of("message", "已登记");
    }

    @PutMapping("/api/zones/{code}/leading-industries")
    Map<String, Object> leading(@PathVariable String code, @RequestBody List<Zone.Industry> industries) {
        List<String> warnings = management.setLeadingIndustries(code, industries);
        return Map.of("zone", directory.find(code).orElseThrow(), "warnings", warnings);
    }

    static List<String> leadingWarnings(Zone zone) {
        int n = zone.leadingIndustries().size();
        return n < ZoneManagement.MIN_LEADING || n > ZoneManagement.MAX_LEADING
                ? List.of("第12条要求高新区确定2-3个主导产业，当前为" + n + "个") : List.of();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }

    record StatusChange(String status, LocalDate date, String reason) {
    }

    record PartnerRequest(String kind, String partnerName, String region, LocalDate since) {
    }
}
