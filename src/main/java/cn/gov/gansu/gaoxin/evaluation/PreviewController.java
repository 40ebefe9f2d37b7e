package cn.gov.gansu.gaoxin.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.evaluation.scoring.Consequence;
import cn.gov.gansu.gaoxin.evaluation.scoring.Evaluator;
import cn.gov.gansu.gaoxin.evaluation.scoring.ZoneResult;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 评价预演 — contracts §4 {@code POST /api/evaluations/preview}: scores the zones with the method,
 * weights and data given; nothing is stored. The role is checked before the body is read, so an
 * unauthorised caller learns nothing about the request's validity.
 */
@RestController
@Tag(name = "评价考核")
class PreviewController {

    private final PreviewRequests requests;
    private final IndicatorCatalogue catalogue;
    private final ObjectMapper json;

    PreviewController(PreviewRequests requests, IndicatorCatalogue catalogue, ObjectMapper json) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.json = json;
    }

    @Operation(operationId = "previewEvaluation", summary = "评价预演：按给定方法、权重和数据评分",
            description = "契约§4：不保存任何数据；先查角色再读请求体。角色：PROVINCE_ADMIN、AUDITOR。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = PreviewSchemas.PreviewRequest.class))),
            responses = @ApiResponse(responseCode = "200", description = "各高新区的得分、排名与结果运用",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = PreviewSchemas.PreviewResult.class))))
    @PostMapping("/api/evaluations/preview")
    Map<String, Object> preview(@RequestBody(required = false) String body) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.AUDITOR);
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : PreviewRequests.lenientReader(json).readValue(body);
        } catch (JacksonException e) {
            throw new PreviewRequests.InvalidEvaluationRequest("请求体不是有效的JSON");
        }
        PreviewRequests.Read read = requests.read(node);
        List<ZoneResult> results = Evaluator.evaluate(read.input());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results", results.stream().map(PreviewController::result).toList());
        // contracts §4 (amended): codes outside the catalogue are scored and named here
        out.put("warnings", read.warnings());
        out.put("method", read.input().method().name());
        out.put("catalogue", read.catalogue().id());
        if (read.year() != null) {
            out.put("year", read.year());
        }
        if (read.input().robustness() != null) {
            out.put("percentile", "nearest-rank：第p百分位数取排序后第⌈p/100×N⌉个抽样排名");
        }
        return out;
    }

    /** The indicator catalogues in force (definitions, units, polarity, default benchmarks). */
    @Operation(operationId = "listIndicatorCatalogues", summary = "列出现行指标目录", description = "指标定义、单位、方向与默认目标值。角色：所有已登录角色。")
    @GetMapping("/api/evaluations/indicators")
    List<IndicatorCatalogue.Catalogue> catalogues() {
        CurrentUser.scope();
        return catalogue.all();
    }

    static Map<String, Object> result(ZoneResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", r.zone());
        m.put("score", round(r.score()));
        m.put("bonus", round(r.bonus()));
        m.put("total", round(r.total()));
        m.put("rank", r.rank());
        m.put("passed", r.passed());
        List<String> consequences = new ArrayList<>();
        for (Consequence c : r.consequences()) {
            consequences.add(c.name());
        }
        m.put("consequences", consequences);
        if (r.rankInterval() != null) {
            m.put("rankInterval", List.of(r.rankInterval()[0], r.rankInterval()[1]));
        }
        if (r.dropSignificant() != null) {
            m.put("rankDropSignificant", r.dropSignificant());
        }
        return m;
    }

    /** Ten decimals: hides binary noise such as 72.00000000000001 while keeping far more than the 1e-9 tolerance. */
    static double round(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(10, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
