package cn.gov.gansu.gaoxin.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "评价考核")
class EvaluationController {

    static final String READERS = "角色：省级角色与 AUDITOR 看全部；CITY_OFFICER、ZONE_OFFICER 只看已发布的评价。";

    private final Evaluations evaluations;
    private final EvaluationData data;

    EvaluationController(Evaluations evaluations, EvaluationData data) {
        this.evaluations = evaluations;
        this.data = data;
    }

    /** The indicator values per zone for a year, with what is missing (completeness check). */
    @Operation(operationId = "getEvaluationData", summary = "查看某年度各高新区的评价数据", description = "指标值及缺失项（完整性检查）。角色：省级角色、AUDITOR、CITY_OFFICER、ZONE_OFFICER（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationDataDoc.class))))
    @GetMapping("/api/evaluations/data")
    Map<String, Object> data(@RequestParam int year) {
        List<EvaluationData.ZoneRow> rows = data.table(year);
        return Map.of("year", year, "zones", rows, "complete", rows.stream().allMatch(r -> r.missing().isEmpty()));
    }

    /** A province admin's correction applies (201); a zone officer's is a proposal (202, PENDING) until accepted. */
    @Operation(operationId = "correctEvaluationData", summary = "更正评价指标值",
            description = "PROVINCE_ADMIN 的更正立即生效（201）；ZONE_OFFICER 的更正为待接受的提案（202，PENDING）。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CorrectionAnswerDoc.class))))
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

    @Operation(operationId = "listEvaluationCorrections", summary = "列出评价数据的更正", description = "角色：省级角色、AUDITOR、CITY_OFFICER、ZONE_OFFICER（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CorrectionListDoc.class))))
    @GetMapping("/api/evaluations/data/corrections")
    Map<String, Object> corrections(
            @Parameter(description = "状态", schema = @Schema(allowableValues = {"PENDING", "ACCEPTED", "REJECTED"})) @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year) {
        return Map.of("items", data.corrections(status, year));
    }

    /** {"decision":"ACCEPT"|"REJECT","comment":".."} by a PROVINCE_ADMIN other than the proposer. */
    @Operation(operationId = "decideEvaluationCorrection", summary = "接受或驳回高新区的更正提案", description = "由提案人以外的 PROVINCE_ADMIN 决定。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/evaluations/data/corrections/{id}/decision")
    EvaluationData.Correction decideCorrection(@org.springframework.web.bind.annotation.PathVariable long id,
            @RequestBody(required = false) CorrectionDecision d) {
        if (d == null) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("请求体不能为空");
        }
        return data.decide(id, d.decision(), d.comment());
    }

    /** A decision on a zone's correction proposal. */
    @Schema(name = "EvaluationCorrectionDecision")
    record CorrectionDecision(@Schema(allowableValues = {"ACCEPT", "REJECT"}, requiredMode = Schema.RequiredMode.REQUIRED) String decision,
            String comment) {
    }

    @Operation(operationId = "draftEvaluation", summary = "起草年度评价", description = "以登记簿数据评分并保存为草稿；复核与发布须由起草人以外的人进行（契约§8）。角色：PROVINCE_ADMIN。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationDoc.class))))
    @PostMapping("/api/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> draft(@RequestBody(required = false) String body) {
        long id = evaluations.draft(body);
        return view(id);
    }

    @Operation(operationId = "listEvaluations", summary = "列出年度评价", description = READERS, responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationPageDoc.class))))
    @GetMapping("/api/evaluations")
    Map<String, Object> list(@RequestParam(required = false) Integer year) {
        List<Evaluations.Header> items = evaluations.list(year);
        return Map.of("items", items.stream().map(EvaluationController::header).toList(), "total", items.size());
    }

    @Operation(operationId = "getEvaluation", summary = "查看一次评价", description = "结果、缺失数据、通报与撤销建议。" + READERS, responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationDoc.class))))
    @GetMapping("/api/evaluations/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return view(id);
    }

    @Operation(operationId = "reviewEvaluation", summary = "复核评价", description = "复核人不能是起草人。角色：PROVINCE_ADMIN。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationDoc.class))))
    @PostMapping("/api/evaluations/{id}/review")
    Map<String, Object> review(@PathVariable long id) {
        evaluations.review(id);
        return view(id);
    }

    @Operation(operationId = "publishEvaluation", summary = "发布评价", description = "发布人不能是起草人；发布后产生奖励、表扬、通报约谈与撤销建议。角色：PROVINCE_ADMIN。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationDoc.class))))
    @PostMapping("/api/evaluations/{id}/publish")
    Map<String, Object> publish(@PathVariable long id) {
        evaluations.publish(id);
        return view(id);
    }

    @Operation(operationId = "listRevocations", summary = "列出撤销省级高新区资格的建议", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/evaluations/revocations")
    List<Evaluations.Revocation> revocations() {
        CurrentUser.scope();
        return evaluations.revocations(null);
    }

    @Operation(operationId = "decideRevocation", summary = "省政府决定是否撤销省级高新区资格", description = "第20条。角色：PROVINCE_GOVERNMENT。")
    @PostMapping("/api/evaluations/revocations/{id}/decision")
    cn.gov.gansu.gaoxin.shared.web.Message decide(@PathVariable long id, @RequestBody DecisionRequest r) {
        evaluations.decideRevocation(id, r.decision(), r.comment());
        return new cn.gov.gansu.gaoxin.shared.web.Message("已记录省政府决定");
    }

    @Operation(operationId = "executeRevocation", summary = "执行撤销：取消省级高新区资格", description = "省政府决定撤销后执行。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/evaluations/revocations/{id}/execution")
    cn.gov.gansu.gaoxin.shared.web.Message execute(@PathVariable long id, @RequestBody(required = false) ExecutionRequest r) {
        evaluations.executeRevocation(id, r == null ? null : r.date());
        return new cn.gov.gansu.gaoxin.shared.web.Message("已取消省级高新区资格");
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

    /** The provincial government's decision on a revocation proposal (not the award's DecisionRequest). */
    @Schema(name = "RevocationDecisionRequest")
    record DecisionRequest(@Schema(allowableValues = {"APPROVE", "REJECT"}, requiredMode = Schema.RequiredMode.REQUIRED) String decision,
            String comment) {
    }

    @Schema(name = "RevocationExecutionRequest")
    record ExecutionRequest(@Schema(description = "取消资格的日期，缺省今天") LocalDate date) {
    }

    /** A stored evaluation's header (shape of the maps above, for the OpenAPI description). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationHeader")
    record HeaderDoc(long id, int year, Integer version,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：DRAFT 草稿、REVIEWED 已复核、PUBLISHED 已发布、CORRECTED 已被更正") String status,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = cn.gov.gansu.gaoxin.evaluation.scoring.Method.class) String method, String catalogue,
            @io.swagger.v3.oas.annotations.media.Schema(description = "所更正的评价编号") Long corrects, String reason, String createdBy, String reviewedBy,
            java.time.LocalDate publishedOn, String publishedBy) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationPage")
    record EvaluationPageDoc(List<HeaderDoc> items, int total) {
    }

    /** A stored zone result. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationStoredResult")
    record StoredResultDoc(String zone, double score, double bonus, double total, int rank, boolean passed,
            List<cn.gov.gansu.gaoxin.evaluation.scoring.Consequence> consequences, List<Integer> rankInterval,
            Boolean rankDropSignificant, @io.swagger.v3.oas.annotations.media.Schema(description = "所用输入（JSON 文本）") String inputs) {
    }

    /** One stored evaluation with its results, missing data (before publication), notices and revocation proposals. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Evaluation")
    record EvaluationDoc(long id, int year, Integer version,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：DRAFT 草稿、REVIEWED 已复核、PUBLISHED 已发布、CORRECTED 已被更正") String status,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = cn.gov.gansu.gaoxin.evaluation.scoring.Method.class) String method, String catalogue, Long corrects,
            String reason, String createdBy, String reviewedBy, java.time.LocalDate publishedOn, String publishedBy,
            List<StoredResultDoc> results, @io.swagger.v3.oas.annotations.media.Schema(description = "高新区 → 缺少的指标代码（发布前）") Map<String, List<String>> missing,
            List<Evaluations.Notice> notices, List<Evaluations.Revocation> revocations) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationData")
    record EvaluationDataDoc(int year, List<EvaluationData.ZoneRow> zones, @io.swagger.v3.oas.annotations.media.Schema(description = "所有高新区数据齐全") boolean complete) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationCorrectionList")
    record CorrectionListDoc(List<EvaluationData.Correction> items) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationCorrectionAnswer")
    record CorrectionAnswerDoc(long id, @io.swagger.v3.oas.annotations.media.Schema(description = "取值：ACCEPTED 已生效、PENDING 待接受") String status, String message) {
    }
}
