package cn.gov.gansu.gaoxin.talent;

import java.util.Map;

import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.NotFound;
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

/** 人才 JSON API (clauses 7–9). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "人才")
class TalentController {

    private final Talents talents;

    TalentController(Talents talents) {
        this.talents = talents;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordTalent", summary = "登记引进人才", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping("/api/talents")
    @ResponseStatus(HttpStatus.CREATED)
    Talent record(@RequestBody(required = false) Talents.NewTalent request) {
        return talents.record(request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listTalents", summary = "列出引进人才",
            description = "按高新区、类型、许可状态、所在载体（查看一个工作站的团队）、开始年度筛选，最新在前。"
                    + "角色：所有已登录角色（按数据范围；ENTERPRISE 只见本企业的记录）。")
    @GetMapping("/api/talents")
    Talents.Page list(@RequestParam(required = false) String zone, @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TalentKind.class)) @RequestParam(required = false) String kind,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = PermitStatus.class)) @RequestParam(required = false) String permitStatus,
            @io.swagger.v3.oas.annotations.Parameter(description = "所在载体（创新平台 id）") @RequestParam(required = false) Long carrier,
            @io.swagger.v3.oas.annotations.Parameter(description = "开始年度") @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (year != null) {
            Talents.checkYear(year);
        }
        return talents.list(new Talents.Filter(zone == null || zone.isBlank() ? null : zone.strip(),
                Enums.optional(TalentKind.class, kind, "参数“kind”"), Enums.optional(PermitStatus.class, permitStatus, "参数“permitStatus”"),
                carrier, year), new Paging(page, size));
    }

    /** Per-zone counts for a year. */
    record Counts(int year, java.util.List<Talents.ZoneCount> items) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "talentCounts", summary = "人才分区年度统计",
            description = "每个高新区、每类人才：本年新增（开始日期在该年）、年末累计；团队成员另按所在载体类型分列；外籍高端人才另计已获工作或居留许可人数。"
                    + "供监测、评价和高新区年度画像使用。角色：省级角色、AUDITOR 全部；CITY_OFFICER 本市州；ZONE_OFFICER 本区；ENTERPRISE 无数据。")
    @GetMapping("/api/talents/counts")
    Counts counts(@RequestParam int year, @RequestParam(required = false) String zone) {
        return new Counts(year, talents.counts(year, zone == null || zone.isBlank() ? null : zone.strip()));
    }

    record PermitRequest(@io.swagger.v3.oas.annotations.media.Schema(implementation = PermitStatus.class) String status) {
    }

    record EndRequest(@io.swagger.v3.oas.annotations.media.Schema(description = "结束日期") java.time.LocalDate endedOn) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "endTalent", summary = "结束人才记录（聘任、项目或团队成员身份结束）",
            description = "结束日期不早于开始日期、不晚于今天；只能结束一次（再次为409）；年末已结束的不计入年末累计。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PutMapping("/api/talents/{id}/end")
    Talent end(@PathVariable String id, @RequestBody(required = false) EndRequest request) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("人才记录 " + id + " 不存在");
        }
        return talents.end(key, request == null ? null : request.endedOn());
    }

    record WithdrawalRequest(@io.swagger.v3.oas.annotations.media.Schema(description = "撤销原因（必填，最多500字）") String reason) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "correctTalent", summary = "修改人才记录（更正登记错误）",
            description = "字段与登记相同、校验与登记相同（错误为中文问题详情并指明字段）；许可状态不在此修改（经“更新许可状态”逐步办理）；"
                    + "移到数据范围以外的高新区为403；已撤销的记录不能修改（409）；审计记录写明每个字段的修改前后。"
                    + "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PutMapping("/api/talents/{id}")
    Talent correct(@PathVariable String id, @RequestBody(required = false) Talents.NewTalent request) {
        return talents.correct(key(id), request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "withdrawTalent", summary = "撤销误登记的人才记录",
            description = "须填写撤销原因；记录保留（不删除）并写审计，但不再出现在列表、统计、导出和条款报告中，之后不能再修改、推进许可或结束（409）。"
                    + "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping("/api/talents/{id}/withdrawal")
    Talent withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalRequest request) {
        return talents.withdraw(key(id), request == null ? null : request.reason());
    }

    private static long key(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("人才记录 " + id + " 不存在");
        }
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "setTalentPermit", summary = "更新人才的许可状态", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PutMapping("/api/talents/{id}/permit")
    Talent permit(@PathVariable String id, @RequestBody(required = false) PermitRequest request) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("人才记录 " + id + " 不存在");
        }
        return talents.movePermit(key, request == null ? null : request.status());
    }
}
