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
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/api/imports/{kind}/template")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        ImportKind k = ImportKind.of(kind);
        CurrentUser.scope();
        attachment(response, k.chineseName() + "-导入模板.xlsx");
        imports.template(k, response.getOutputStream());
    }

    @PostMapping("/api/imports/{kind}")
    ResponseEntity<Imports.Job> upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly,
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
    @GetMapping("/api/imports")
    Imports.Page list(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return imports.list(kind == null || kind.isBlank() ? null : ImportKind.of(kind),
                status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT), page, size);
    }

    @GetMapping("/api/imports/{id}")
    Imports.Job job(@PathVariable String id) {
        return imports.find(id);
    }

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
