package cn.gov.gansu.gaoxin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Contracts §9: templates, uploads (202, run in the background), jobs and the validation report. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "数据导入")
class ImportController {

    static final String WRITERS = "角色：与通过 API 写入同样数据的角色相同，按数据范围：PROVINCE_ADMIN、ZONE_OFFICER（仅本区，他区的行列为错误）；statistics 另有 ENTERPRISE（本企业）。";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getImportTemplate", summary = "下载导入模板（Excel）",
            description = "契约§9：表头一行与示例一行。角色：所有已登录角色。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 工作簿",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = XLSX,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    @GetMapping("/api/imports/{kind}/template")
    void template(@io.swagger.v3.oas.annotations.Parameter(description = "导入类别", schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"enterprises", "qualifications", "statistics", "platforms", "national-projects", "talents", "instruments", "achievements", "demands", "tax-incentives"})) @PathVariable String kind, HttpServletResponse response) throws IOException {
        ImportKind k = ImportKind.of(kind);
        CurrentUser.scope();
        attachment(response, k.chineseName() + "-导入模板.xlsx");
        imports.template(k, response.getOutputStream());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "startImport", summary = "上传Excel并开始导入",
            description = "契约§9：multipart 字段 file；答 202，后台执行。缺省有任一错误则全部不导入（FAILED）；validRowsOnly=true 时导入有效行并列出错误（COMPLETED）。"
                    + "同一文件再次导入不改变任何数据。错误的文件类型、空文件、超过20MB或损坏的文件答 400。" + WRITERS)
    @PostMapping("/api/imports/{kind}")
    ResponseEntity<Imports.Job> upload(@io.swagger.v3.oas.annotations.Parameter(description = "导入类别", schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"enterprises", "qualifications", "statistics", "platforms", "national-projects", "talents", "instruments", "achievements", "demands", "tax-incentives"})) @PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly,
            @io.swagger.v3.oas.annotations.Parameter(description = "qualifications 导入的资质类别（契约§3 的 qualification）",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"HIGH_TECH_ENTERPRISE", "PROVINCIAL_INNOVATIVE_ENTERPRISE",
                            "TECH_SME", "SPECIALISED_SME", "TECH_LEADER"}))
            @RequestParam(required = false) String qualification) throws IOException {
        ImportKind k = ImportKind.of(kind);
        if (file == null) {
            throw new InvalidInput("请以multipart/form-data上传文件，字段名为“file”");
        }
        try (InputStream in = file.getInputStream()) {
            Imports.Job job = imports.start(k, file.getOriginalFilename(), in, validRowsOnly, qualification);
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/imports/" + job.id())).body(job);
        }
    }

    /** The caller's import jobs (province admin and auditor: all), newest first, without their error lists. */
    @io.swagger.v3.oas.annotations.Operation(operationId = "listImports", summary = "列出导入任务",
            description = "本人的导入任务（PROVINCE_ADMIN 与 AUDITOR 看全部），新的在前，不含错误明细。角色：所有已登录角色。")
    @GetMapping("/api/imports")
    Imports.Page list(@io.swagger.v3.oas.annotations.Parameter(description = "导入类别", schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"enterprises", "qualifications", "statistics", "platforms", "national-projects", "talents", "instruments", "achievements", "demands", "tax-incentives"})) @RequestParam(required = false) String kind,
            @io.swagger.v3.oas.annotations.Parameter(description = "状态", schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"RUNNING", "COMPLETED", "FAILED"})) @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return imports.list(kind == null || kind.isBlank() ? null : ImportKind.of(kind),
                status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT), page, size);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getImport", summary = "查看导入任务与校验报告",
            description = "契约§9：行数、已处理、新增、更新、未变，以及每个错误的行号（表头为第1行）、列名与中文说明。角色：任务的发起人，PROVINCE_ADMIN、AUDITOR。")
    @GetMapping("/api/imports/{id}")
    Imports.Job job(@PathVariable String id) {
        return imports.find(id);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getImportReport", summary = "下载导入校验报告（Excel）",
            description = "角色：任务的发起人，PROVINCE_ADMIN、AUDITOR。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel 工作簿",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = XLSX,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    @GetMapping("/api/imports/{id}/report")
    void report(@PathVariable String id, HttpServletResponse response) throws IOException {
        String name = imports.reportName(id);
        attachment(response, name);
        imports.report(id, response.getOutputStream());
    }

    static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
