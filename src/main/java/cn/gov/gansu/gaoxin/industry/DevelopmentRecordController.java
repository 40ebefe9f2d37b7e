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
    private final DevelopmentImport imports;

    DevelopmentRecordController(DevelopmentRecords records, DevelopmentImport imports) {
        this.records = records;
        this.imports = imports;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getDevelopmentRecordTemplate", summary = "下载发展记录导入模板（Excel）",
            description = "表头：年度、类型、类别、名称、金额（元）、日期、地区/国家、人员、链接、说明，另有一行示例。角色：所有已登录角色。")
    @GetMapping("/api/development-records/template")
    org.springframework.http.ResponseEntity<byte[]> template() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename("发展记录导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(imports.template());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "importDevelopmentRecords", summary = "从Excel导入高新区发展记录",
            description = "multipart 字段 file。全有或全无：有任何错误则不写入，status 为 FAILED 并逐行列出错误（行号、列、中文说明）；"
                    + "同一年度、类型、类别和名称的行再次导入为 unchanged，其余列不同则更正（updated）。文件为空、过大（>20MB）、类型不对或损坏答 400。"
                    + "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping(path = "/api/zones/{code}/development-records/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    DevelopmentImport.Report importRecords(@PathVariable String code,
            @org.springframework.web.bind.annotation.RequestPart(name = "file", required = false) org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return imports.importFile(code, file == null ? null : file.getBytes());
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
