package cn.gov.gansu.gaoxin.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 导出Excel and PDF: one zone's year ({@code /api/zones/{code}/profile/export}) and the annual report of all zones in scope. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "统计报表")
class AnnualReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private final AnnualReport report;

    AnnualReportController(AnnualReport report) {
        this.report = report;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportZoneProfile", summary = "导出高新区年度概况（Excel）", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/profile/export")
    void zone(@PathVariable String code, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        int y = year(year);
        DataScope scope = CurrentUser.scope();
        write(scope, code, y, "高新区年度画像-" + code + "-" + y + ".xlsx", response);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportAnnualReport", summary = "导出全省年度报告（Excel）", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/reports/annual")
    void annual(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        int y = year(year);
        write(CurrentUser.scope(), null, y, "高新区年度报告-" + y + ".xlsx", response);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportZoneProfilePdf", summary = "导出高新区年度概况（PDF）",
            description = "角色：所有已登录角色（按数据范围）。本区一年的21条措施逐条情况。")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PDF 文件",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = PDF,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @GetMapping("/api/zones/{code}/profile/export.pdf")
    void zonePdf(@PathVariable String code, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        int y = year(year);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        report.writePdf(CurrentUser.scope(), code, y, buffer);
        send(buffer, PDF, "高新区年度画像-" + code + "-" + y + ".pdf", response);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportAnnualReportPdf", summary = "导出全省年度报告（PDF，含对比图）",
            description = "角色：所有已登录角色（按数据范围）。先以条形图对比数据范围内各高新区的数值（未报送不按零计），再逐区列出21条措施情况。")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PDF 文件",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = PDF,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @GetMapping("/api/reports/annual.pdf")
    void annualPdf(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        int y = year(year);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        report.writePdf(CurrentUser.scope(), null, y, buffer);
        send(buffer, PDF, "高新区年度报告-" + y + ".pdf", response);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getAnnualReportModel", summary = "全省年度报告的数据（含图表数据）",
            description = "年度报告的内容：标题、范围内每个高新区的21条逐条概况，以及各高新区对比的中文图表数据（系列值为 null 表示该区当年未报告，不计为零）。供 PDF 等输出使用。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/reports/annual/model")
    AnnualReport.Model model(@RequestParam(required = false) Integer year) {
        return report.report(CurrentUser.scope(), year(year));
    }

    private void write(DataScope scope, String zone, int year, String file, HttpServletResponse response) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        report.write(scope, zone, year, buffer);   // errors (scope, year) before any byte is sent
        send(buffer, XLSX, file, response);
    }

    private static void send(java.io.ByteArrayOutputStream buffer, String type, String file, HttpServletResponse response)
            throws IOException {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        buffer.writeTo(response.getOutputStream());
    }

    private static int year(Integer year) {
        int y = year != null ? year : LocalDate.now().getYear() - 1;
        if (y < 2000 || y > 2100) {
            throw new InvalidInput("参数“year”：须为2000至2100之间的年度");
        }
        return y;
    }
}
