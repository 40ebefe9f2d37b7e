package cn.gov.gansu.gaoxin.evaluation;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 评价报告: the Excel workbook and the printable Chinese HTML page of a stored evaluation. */
@Controller
class EvaluationReportController {

    private final EvaluationReports reports;
    private final cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    EvaluationReportController(EvaluationReports reports, cn.gov.gansu.gaoxin.identity.AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/api/evaluations/{id}/report.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        EvaluationReports.Report report = reports.report(id);
        byte[] bytes = reports.workbook(report);
        audit.recordExport("EVALUATION_REPORT", "评价结果报告", java.util.Map.of("evaluation", String.valueOf(id)),
                report.rows().size(), true);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("评价结果-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    /** This controller is not a @RestController, so it turns domain problems into problem details itself (never a 500). */
    @org.springframework.web.bind.annotation.ExceptionHandler(cn.gov.gansu.gaoxin.shared.DomainProblem.class)
    ResponseEntity<org.springframework.http.ProblemDetail> problem(cn.gov.gansu.gaoxin.shared.DomainProblem e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(cn.gov.gansu.gaoxin.shared.web.ProblemDetails.of(e.status(), e.title(), e.getMessage()));
    }

    @GetMapping("/evaluations/{id}/report")
    String html(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.report(id));
        return "evaluation/report";
    }
}
