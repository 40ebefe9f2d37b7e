package cn.gov.gansu.gaoxin.evaluation;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.evaluation.scoring.Consequence;
import cn.gov.gansu.gaoxin.evaluation.scoring.Method;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The OpenAPI description of contracts §4 (issue 13). {@code POST /api/evaluations/preview} reads
 * its body leniently by hand ({@link PreviewRequests}: a 400 names the zone and code, NaN is
 * refused by rule rather than by the parser) and writes its results as maps
 * ({@link PreviewController#result}); these records only describe those shapes to integrators and
 * generated clients. Keep them in step with PreviewRequests and PreviewController.
 */
final class PreviewSchemas {

    private PreviewSchemas() {
    }

    @Schema(name = "EvaluationPreviewRequest", description = "契约§4：以给定的方法、权重和数据为省级高新区评分；不保存")
    record PreviewRequest(@Schema(description = "评价年度") Integer year,
            @Schema(requiredMode = RequiredMode.REQUIRED) Method method,
            @Schema(description = "合格线，缺省60") Double passMark,
            @Schema(description = "指标及权重（权重之和须为1，误差1e-9以内，否则400）", requiredMode = RequiredMode.REQUIRED) List<IndicatorWeight> indicators,
            @Schema(description = "加分项代码 → 每项分值") Map<String, Double> bonusPoints,
            @Schema(description = "加分上限") Double bonusCap,
            @Schema(description = "排名前N且合格者予以奖励") Integer rewardTopN,
            @Schema(description = "名次下降达到该数则通报约谈") Integer bigDropPlaces,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ZoneValues> zones,
            @Schema(description = "稳健性检验（可选）") RobustnessRequest robustness) {
    }

    @Schema(name = "EvaluationIndicatorWeight", description = "一个指标：代码由调用方给出（目录外的代码也评分，并在 warnings 中列出）")
    record IndicatorWeight(@Schema(example = "NEW_HIGH_TECH_ENTERPRISES", requiredMode = RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) Double weight,
            @Schema(description = "目标值（TARGET_REFERENCED 必填且为正）") Double benchmark) {
    }

    @Schema(name = "EvaluationZoneValues", description = "一个高新区的指标值（缺少某指标代码答400，指明高新区与代码）")
    record ZoneValues(@Schema(description = "高新区代码", requiredMode = RequiredMode.REQUIRED) String zone,
            @Schema(description = "指标代码 → 数值", requiredMode = RequiredMode.REQUIRED) Map<String, Double> values,
            @Schema(description = "加分项代码 → 个数") Map<String, Integer> bonusCounts,
            @Schema(description = "上年结果（无则不产生表扬、通报约谈、撤销建议）") PreviousResult previous) {
    }

    @Schema(name = "EvaluationPreviousResult")
    record PreviousResult(Integer rank, Boolean passed, Integer newHighTechEnterprises) {
    }

    @Schema(name = "EvaluationRobustnessRequest", description = "权重各乘以 [1−noise, 1+noise] 的均匀因子并归一；同一种子得同一结果")
    record RobustnessRequest(Integer draws, Double weightNoise, Long seed) {
    }

    @Schema(name = "EvaluationPreviewResult", description = "契约§4 的评分结果（数字为 JSON 数值）")
    record PreviewResult(@Schema(requiredMode = RequiredMode.REQUIRED) List<ZoneScore> results,
            @Schema(description = "目录外的指标代码（仍参与评分）") List<String> warnings,
            Method method,
            @Schema(description = "所用指标目录") String catalogue,
            Integer year,
            @Schema(description = "稳健性检验时：所用百分位数的定义") String percentile) {
    }

    @Schema(name = "EvaluationZoneScore", description = "一个高新区的得分、排名与结果运用")
    record ZoneScore(@Schema(requiredMode = RequiredMode.REQUIRED) String zone,
            @Schema(description = "Σ 权重 × 指标得分", requiredMode = RequiredMode.REQUIRED) double score,
            @Schema(description = "min(Σ 个数 × 分值, 上限)", requiredMode = RequiredMode.REQUIRED) double bonus,
            @Schema(requiredMode = RequiredMode.REQUIRED) double total,
            @Schema(description = "按 total 由高到低；并列同名次，下一名次跳过", requiredMode = RequiredMode.REQUIRED) int rank,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean passed,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Consequence> consequences,
            @Schema(description = "稳健性检验时：[第5, 第95百分位名次]") List<Integer> rankInterval,
            Boolean rankDropSignificant) {
    }
}
