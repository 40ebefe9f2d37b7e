package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.web.Message;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "高新区")
class ZoneController {

    static final String READERS = "角色：所有已登录角色，按数据范围（市州人员看本市州的高新区，高新区人员看本区及其飞地园区，企业看所在高新区）。";
    static final String ADMIN = "角色：PROVINCE_ADMIN（省科技厅管理员）。";

    private final ZoneDirectory directory;
    private final ZoneManagement management;

    ZoneController(ZoneDirectory directory, ZoneManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @Operation(operationId = "listCities", summary = "列出14个市州", description = "契约§2 的市州代码与名称。角色：所有已登录角色。")
    @GetMapping("/api/cities")
    List<ZoneDirectory.City> cities() {
        return directory.cities();
    }

    @Operation(operationId = "listZones", summary = "列出高新区", description = "按市州、级别、状态筛选数据范围内的高新区（含飞地园区）。" + READERS)
    @GetMapping("/api/zones")
    ZonePage list(@Parameter(description = "市州代码，如 lanzhou-city") @RequestParam(required = false) String city,
            @Parameter(description = "级别", schema = @Schema(implementation = ZoneLevel.class)) @RequestParam(required = false) String level,
            @Parameter(description = "状态", schema = @Schema(implementation = ZoneStatus.class)) @RequestParam(required = false) String status) {
        List<Zone> items = directory.list(CurrentUser.scope(), city, parse(ZoneLevel.class, level, "level"),
                parse(ZoneStatus.class, status, "status"));
        return new ZonePage(items, items.size());
    }

    @Operation(operationId = "getZone", summary = "查看一个高新区", description = "高新区、其状态历史、伙伴园区和主导产业提示。" + READERS)
    @GetMapping("/api/zones/{code}")
    ZoneView get(@Parameter(description = "高新区代码，如 jiayuguan") @PathVariable String code) {
        DataScope scope = CurrentUser.scope();
        Zone zone = directory.find(code).filter(z -> directory.canSee(scope, z.code()))
                .orElseThrow(() -> new ZoneManagement.UnknownZone(code));
        return new ZoneView(zone, directory.history(code), directory.partners(code), leadingWarnings(zone));
    }

    @Operation(operationId = "recogniseZone", summary = "认定省级高新区", description = "登记新认定的省级高新区（第2条）。" + ADMIN)
    @PostMapping("/api/zones")
    @ResponseStatus(HttpStatus.CREATED)
    Zone recognise(@RequestBody ZoneManagement.NewZone request) {
        return management.recognise(request);
    }

    @Operation(operationId = "changeZoneStatus", summary = "变更高新区状态", description = "记录升级、撤销等状态变化（按日期保存历史）。" + ADMIN)
    @PostMapping("/api/zones/{code}/status")
    Zone changeStatus(@PathVariable String code, @RequestBody StatusChange change) {
        return management.changeStatus(code, parse(ZoneStatus.class, change.status(), "status"), change.date(), change.reason());
    }

    @Operation(operationId = "establishEnclavePark", summary = "设立飞地园区", description = "在母园区下设立飞地园区（适用母园区政策）。" + ADMIN)
    @PostMapping("/api/zones/{code}/enclave-parks")
    @ResponseStatus(HttpStatus.CREATED)
    Zone enclave(@PathVariable String code, @RequestBody ZoneManagement.NewEnclave request) {
        return management.establishEnclavePark(code, request);
    }

    @Operation(operationId = "linkZonePartner", summary = "登记伙伴园区或异地孵化", description = "高新区与省外园区的合作关系。角色：PROVINCE_ADMIN，或本区的 ZONE_OFFICER。")
    @PostMapping("/api/zones/{code}/partners")
    @ResponseStatus(HttpStatus.CREATED)
    Message partner(@PathVariable String code, @RequestBody PartnerRequest request) {
        management.linkPartner(code, request.kind(), request.partnerName(), request.region(), request.since());
        return new Message("已登记");
    }

    @Operation(operationId = "setLeadingIndustries", summary = "设定主导产业", description = "第12条：高新区确定2-3个主导产业；个数不符时返回提示。"
            + "角色：PROVINCE_ADMIN，或本区的 ZONE_OFFICER。")
    @PutMapping("/api/zones/{code}/leading-industries")
    LeadingIndustries leading(@PathVariable String code, @RequestBody List<Zone.Industry> industries) {
        List<String> warnings = management.setLeadingIndustries(code, industries);
        return new LeadingIndustries(directory.find(code).orElseThrow(), warnings);
    }

    static List<String> leadingWarnings(Zone zone) {
        int n = zone.leadingIndustries().size();
        return n < ZoneManagement.MIN_LEADING || n > ZoneManagement.MAX_LEADING
                ? List.of("第12条要求高新区确定2-3个主导产业，当前为" + n + "个") : List.of();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }

    @Schema(name = "ZoneStatusChangeRequest")
    record StatusChange(@Schema(implementation = ZoneStatus.class, requiredMode = Schema.RequiredMode.REQUIRED) String status,
            @Schema(description = "生效日期", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date, String reason) {
    }

    record PartnerRequest(@Schema(description = "PARTNER_PARK 伙伴园区；REMOTE_INCUBATION 异地孵化", allowableValues = {"PARTNER_PARK",
            "REMOTE_INCUBATION"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String partnerName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String region, LocalDate since) {
    }

    /** The zones within the caller's scope. */
    @Schema(name = "ZonePage")
    record ZonePage(List<Zone> items, long total) {
    }

    /** One zone with its dated status history, partner parks and the warnings of clause 12. */
    @Schema(name = "ZoneView")
    record ZoneView(Zone zone, List<ZoneDirectory.StatusChange> history, List<ZoneDirectory.Partner> partners,
            @Schema(description = "第12条主导产业个数提示（空表示无）") List<String> warnings) {
    }

    /** The zone after its leading industries were set, with the warnings of clause 12. */
    @Schema(name = "LeadingIndustries")
    record LeadingIndustries(Zone zone, List<String> warnings) {
    }
}
