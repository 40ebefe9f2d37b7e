package cn.gov.gansu.gaoxin.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stored evaluations, their data and corrections, revocation decisions (JSON). */
@RestController
class EvaluationController {

    private final Evaluations evaluations;
    private final EvaluationData data;

    EvaluationController(Evaluations evaluations, EvaluationData data) {
        this.evaluations = evaluations;
        this.data = data;
    }

    /** The indicator values per zone for a year, with what is missing (completeness check). */
    @GetMapping("/api/evaluations/data")
    Map<String, Object> data(@RequestParam int year) {
        List<EvaluationData.ZoneRow> rows = data.table(year);
        return Map.of("year", year, "zones", rows, "complete", rows.stream().allMatch(r -> r.missing().isEmpty()));
    }

    /** A province admin's correction applies (201); a zone officer's is a proposal (202, PENDING) until accepted. */
    @PostMapping("/api/evaluations/data/corrections")
    org.springframework.http.ResponseEntity<Map<String, Object>> correct(@RequestBody CorrectionRequest r) {
        if (r.year() == null) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("字段“year”：请填写评价年度");
        }
        EvaluationData.Correction c = data.correct(r.year(), r.zone(), r.indicator(), r.value(), r.reason());
        boolean pending = "PENDING".equals(c.status());
        return org.springframework.http.ResponseEntity.status(pending ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                .body(Map.of("id", c.id(), "status", c.status(), "message", pending ? "更正已提交，待省科技厅接受后生效" : "已更正"));
    }

    @GetMapping("/api/evaluations/data/corrections")
    Map<String, Object> corrections(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year) {
        return Map.of("items", data.corrections(status, year));
    }

    /** {"decision":"ACCEPT"|"REJECT","comment":".."} by a PROVINCE_ADMIN other than the proposer. */
    @PostMapping("/api/evaluations/data/corrections/{id}/decision")
    EvaluationData.Correction decideCorrection(@org.springframework.web.bind.annotation.PathVariable long id,
            @RequestBody(required = false) CorrectionDecision d) {
        if (d == null) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("请求体不能为空");
        }
        return data.decide(id, d.decision(), d.comment());
    }

    /** A decision on a zone's correction proposal. */
    record CorrectionDecision(String decision, String comment) {
    }

    @PostMapping("/api/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> draft(@RequestBody(required = false) String body) {
        long id = evaluations.draft(body);
        return view(id);
    }

    @GetMapping("/api/evaluations")
    Map<String, Object> list(@RequestParam(required = false) Integer year) {
        List<Evaluations.Header> items = evaluations.list(year);
        return Map.of("items", items.stream().map(EvaluationController::header).toList(), "total", items.size());
    }

    @GetMapping("/api/evaluations/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/api/evaluations/{id}/review")
    Map<String, Object> review(@PathVariable long id) {
        evaluations.review(id);
        return view(id);
    }

    @PostMapping("/api/evaluations/{id}/publish")
    Map<String, Object> publish(@PathVariable long id) {
        evaluations.publish(id);
        return view(id);
    }

    @GetMapping("/api/evaluations/revocations")
    List<Evaluations.Revocation> revocations() {
        CurrentUser.scope();
        return evaluations.revocations(null);
    }

    @PostMapping("/api/evaluations/revocations/{id}/decision")
    Map<String, String> decide(@PathVariable long id, @RequestBody DecisionRequest r) {
        evaluations.decideRevocation(id, r.decision(), r.comment());
        return Map.of("message", "已记录省政府决定");
    }

    @PostMapping("/api/evaluations/revocations/{id}/execution")
    Map<String, String> execute(@PathVariable long id, @RequestBody(required = false) ExecutionRequest r) {
        evaluations.executeRevocation(id, r == null ? null : r.date());
        return Map.of("message", "已取消省级高新区资格");
    }

    private Map<String, Object> view(long id) {
        Evaluations.Header h = evaluations.visibleHeader(id);
        Map<String, Object> m = header(h);
        m.put("results", evaluations.visibleResults(id).stream().map(EvaluationController::result).toList());
        if (!"PUBLISHED".equals(h.status())) {
            m.put("missing", evaluations.missing(id));
        }
        m.put("notices", evaluations.notices(id));
        m.put("revocations", evaluations.revocations(id));
        return m;
    }

    static Map<String, Object> header(Evaluations.Header h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("year", h.year());
        m.put("version", h.version());
        m.put("status", h.status());
        m.put("method", h.method());
        m.put("catalogue", h.catalogue());
        m.put("corrects", h.corrects());
        m.put("reason", h.reason());
        m.put("createdBy", h.createdBy());
        m.put("reviewedBy", h.reviewedBy());
        m.put("publishedOn", h.publishedOn());
        m.put("publishedBy", h.publishedBy());
        return m;
    }

    static Map<String, Object> result(Evaluations.StoredResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", r.zone());
        m.put("score", PreviewController.round(r.score()));
        m.put("bonus", PreviewController.round(r.bonus()));
        m.put("total", PreviewController.round(r.total()));
        m.put("rank", r.rank());
        m.put("passed", r.passed());
        m.put("consequences", r.consequences());
        if (r.rankLow() != null) {
            m.put("rankInterval", List.of(r.rankLow(), r.rankHigh()));
        }
        if (r.dropSignificant() != null) {
            m.put("rankDropSignificant", r.dropSignificant());
        }
        m.put("inputs", r.inputs());
        return m;
    }

    record CorrectionRequest(Integer year, String zone, String indicator, Double value, String reason) {
    }

    record DecisionRequest(String decision, String comment) {
    }

    record ExecutionRequest(LocalDate date) {
    }
}
