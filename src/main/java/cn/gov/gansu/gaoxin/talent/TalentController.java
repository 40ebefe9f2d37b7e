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

    @io.swagger.v3.oas.annotations.Operation(operationId = "listTalents", summary = "列出引进人才", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/talents")
    Talents.Page list(@RequestParam(required = false) String zone, @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TalentKind.class)) @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return talents.list(zone == null || zone.isBlank() ? null : zone.strip(),
                Enums.optional(TalentKind.class, kind, "参数“kind”"), new Paging(page, size));
    }

    record PermitRequest(@io.swagger.v3.oas.annotations.media.Schema(implementation = PermitStatus.class) String status) {
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
