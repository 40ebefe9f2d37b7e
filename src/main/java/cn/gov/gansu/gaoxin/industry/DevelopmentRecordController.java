package cn.gov.gansu.gaoxin.industry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 高新区发展记录 (clauses 12, 14–18) over HTTP. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "产业发展")
class DevelopmentRecordController {

    private final DevelopmentRecords records;

    DevelopmentRecordController(DevelopmentRecords records) {
        this.records = records;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listDevelopmentRecordKinds", summary = "列出产业发展记录的类别", description = "角色：所有已登录角色。")
    @GetMapping("/api/development-record-kinds")
    List<Map<String, Object>> kinds() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", k.name());
            m.put("name", k.chineseName());
            m.put("clause", k.clause());
            m.put("categories", k.categories());
            out.add(m);
        }
        return out;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordDevelopment", summary = "登记高新区产业发展记录", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping("/api/zones/{code}/development-records")
    @ResponseStatus(HttpStatus.CREATED)
    DevelopmentRecords.DevelopmentRecord record(@PathVariable String code, @RequestBody DevelopmentRecords.NewRecord request) {
        return records.record(code, request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listDevelopmentRecords", summary = "列出高新区产业发展记录", description = "角色：企业以外的已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/development-records")
    DevelopmentRecords.Page list(@PathVariable String code, @RequestParam(required = false) Integer year,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordKind.class)) @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return records.list(CurrentUser.scope(), code, year, kind, new Paging(page, size));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "deleteDevelopmentRecord", summary = "删除一条产业发展记录", description = "答 204。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @DeleteMapping("/api/zones/{code}/development-records/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String code, @PathVariable long id) {
        records.withdraw(code, id);
    }
}
