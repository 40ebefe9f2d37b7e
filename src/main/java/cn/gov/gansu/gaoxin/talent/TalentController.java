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
class TalentController {

    private final Talents talents;

    TalentController(Talents talents) {
        this.talents = talents;
    }

    @PostMapping("/api/talents")
    @ResponseStatus(HttpStatus.CREATED)
    Talent record(@RequestBody(required = false) Talents.NewTalent request) {
        return talents.record(request);
    }

    @GetMapping("/api/talents")
    Talents.Page list(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return talents.list(zone == null || zone.isBlank() ? null : zone.strip(),
                Enums.optional(TalentKind.class, kind, "参数“kind”"), new Paging(page, size));
    }

    record PermitRequest(String status) {
    }

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
