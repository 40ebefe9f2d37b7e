package cn.gov.gansu.gaoxin.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.evaluation.scoring.Indicator;
import cn.gov.gansu.gaoxin.evaluation.scoring.Method;
import cn.gov.gansu.gaoxin.evaluation.scoring.Previous;
import cn.gov.gansu.gaoxin.evaluation.scoring.RobustnessSettings;
import cn.gov.gansu.gaoxin.evaluation.scoring.ScoringInput;
import cn.gov.gansu.gaoxin.evaluation.scoring.ZoneData;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a contracts §4 preview request field by field into a {@link ScoringInput}. Anything the
 * arithmetic could not honestly use — a missing value, an unknown code, weights not summing to 1,
 * a non-positive benchmark, a negative count, a non-finite or absurdly large number, a zone that
 * is not a provincial zone of the registry in that year, a duplicate — is refused with a Chinese
 * 400 naming the field. Missing data is never read as zero (SPEC reading 8).
 */
@Component
class PreviewRequests {

    static final int MAX_ZONES = 1000;
    static final int MAX_INDICATORS = 50;
    static final int MAX_DRAWS = 100_000;
    static final long MAX_DRAW_WORK = 50_000_000L;
    /** Largest magnitude accepted for any number (10^15: far above any zone's revenue in 元). */
    static final double MAX_MAGNITUDE = 1e15;
    static final String NEW_HIGH_TECH_ENTERPRISES = "NEW_HIGH_TECH_ENTERPRISES";

    private final IndicatorCatalogue catalogues;
    private final ZoneDirectory zones;

    PreviewRequests(IndicatorCatalogue catalogues, ZoneDirectory zones) {
        this.catalogues = catalogues;
        this.zones = zones;
    }

    /** Fields of a request, read; {@code year} may be null; {@code warnings} in Chinese (codes outside the catalogue). */
    record Read(Integer year, IndicatorCatalogue.Catalogue catalogue, ScoringInput input, List<String> warnings) {
    }

    /** The parameters of a run (everything but the zones' data). */
    record Parameters(Integer year, IndicatorCatalogue.Catalogue catalogue, Method method, double passMark,
            List<Indicator> indicators, List<IndicatorCatalogue.Definition> definitions, List<String> bonusItems,
            double[] bonusPoints, double bonusCap, int rewardTopN, int bigDropPlaces, JsonNode robustnessNode,
            List<String> outsideCatalogue) {

        ScoringInput with(List<ZoneData> zones) {
            return new ScoringInput(method, passMark, indicators, bonusItems, bonusPoints, bonusCap, rewardTopN,
                    bigDropPlaces, zones, robustness(robustnessNode, zones.size()));
        }
    }

    /**
     * Reads a preview request (contracts §4, amended): indicator codes are the caller's, so a code
     * outside the catalogue is scored like any other and named in the answer's warnings.
     */
    Read read(JsonNode body) {
        Parameters p = parameters(body, true);
        JsonNode zonesNode = body.get("zones");
        if (zonesNode == null || zonesNode.isNull() || !zonesNode.isArray() || zonesNode.isEmpty()) {
            throw field("zones", "须为非空数组，列出参评的省级高新区及其指标值");
        }
        if (zonesNode.size() > MAX_ZONES) {
            throw field("zones", "参评高新区不能超过" + MAX_ZONES + "个");
        }
        Set<String> seen = new HashSet<>();
        List<ZoneData> data = new ArrayList<>();
        for (int z = 0; z < zonesNode.size(); z++) {
            data.add(zone(zonesNode.get(z), "zones[" + z + "]", p.year(), p.catalogue(), p.indicators(), p.definitions(),
                    p.bonusItems(), seen));
        }
        List<String> warnings = new ArrayList<>();
        if (!p.outsideCatalogue().isEmpty()) {
            warnings.add("指标代码" + String.join("、", p.outsideCatalogue().stream().map(c -> "“" + c + "”").toList()) + "不在"
                    + p.catalogue().name() + "中，已按请求给出的权重" + (p.method() == Method.TARGET_REFERENCED ? "和基准值" : "")
                    + "照常计分（越大越好）；试用的候选指标纳入评价前须先列入指标目录");
        }
        return new Read(p.year(), p.catalogue(), p.with(data), List.copyOf(warnings));
    }

    /** The parameters of a stored evaluation: only the catalogue's indicators (their values come from the registries). */
    Parameters parameters(JsonNode body) {
        return parameters(body, false);
    }

    /** The parameters of a run; {@code outsideAllowed}: an indicator code outside the catalogue is scored (preview). */
    Parameters parameters(JsonNode body, boolean outsideAllowed) {
        if (body == null || !body.isObject()) {
            throw new InvalidEvaluationRequest("请求体须为JSON对象");
        }
        Integer year = optionalInt(body, "year", "year", 1988, 2100);
        IndicatorCatalogue.Catalogue catalogue = catalogues.forYear(year);
        Method method = method(body.get("method"));
        double passMark = optionalNumber(body, "passMark", "passMark", 60, 0, 1e6);

        JsonNode indicatorsNode = body.get("indicators");
        if (indicatorsNode == null || indicatorsNode.isNull() || !indicatorsNode.isArray() || indicatorsNode.isEmpty()) {
            throw field("indicators", "须为非空数组，列出参与评分的指标及其权重");
        }
        if (indicatorsNode.size() > MAX_INDICATORS) {
            throw field("indicators", "指标不能超过" + MAX_INDICATORS + "个");
        }
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorCatalogue.Definition> definitions = new ArrayList<>();
        List<String> outsideCatalogue = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indicatorsNode.size(); i++) {
            String at = "indicators[" + i + "]";
            JsonNode node = indicatorsNode.get(i);
            if (node == null || !node.isObject()) {
                throw field(at, "须为对象 {\"code\",\"weight\",\"benchmark\"}");
            }
            String code = string(node.get("code"), at + ".code");
            if (catalogue.indicator(code).isEmpty() && catalogue.bonusItem(code).isPresent()) {
                throw field(at + ".code", "“" + code + "”是加分项，请在bonusPoints中给出分值，不能作为评分指标");
            }
            if (catalogue.indicator(code).isEmpty() && !outsideAllowed) {
                throw field(at + ".code", "未知的指标代码“" + code + "”（可用：" + String.join("、", indicatorCodes(catalogue)) + "）");
            }
            IndicatorCatalogue.Definition def = catalogue.indicator(code).orElseGet(() -> outside(code, at));
            if (!codes.add(code)) {
                throw field(at + ".code", "指标“" + code + "”重复");
            }
            double weight = requiredNumber(node.get("weight"), at + ".weight", 0, 1);
            JsonNode b = node.get("benchmark");
            double benchmark = Double.NaN;
            if (b != null && !b.isNull()) {
                benchmark = requiredNumber(b, at + ".benchmark", -MAX_MAGNITUDE, MAX_MAGNITUDE);
                if (benchmark <= 0) {
                    throw field(at + ".benchmark", "基准值须大于0（当前为" + plain(benchmark) + "）");
                }
            } else if (def.benchmark() != null) {
                benchmark = def.benchmark();
            } else if (method == Method.TARGET_REFERENCED) {
                throw field(at + ".benchmark", "目标值法需要指标“" + def.name() + "”（" + code + "）的基准值，目录中也没有默认基准值");
            }
            indicators.add(new Indicator(code, weight, benchmark, def.polarity()));
            definitions.add(def);
            if (catalogue.indicator(code).isEmpty()) {
                outsideCatalogue.add(code);
            }
        }
        double sum = ScoringInput.weightSum(indicators);
        if (Math.abs(sum - 1) > ScoringInput.TOLERANCE) {
            throw field("indicators[].weight", "各指标权重之和须为1（误差不超过1e-9），当前为" + plain(sum));
        }

        List<String> bonusItems = catalogue.bonus().stream().map(IndicatorCatalogue.Bonus::code).toList();
        double[] bonusPoints = new double[bonusItems.size()];
        JsonNode pointsNode = body.get("bonusPoints");
        if (pointsNode != null && !pointsNode.isNull()) {
            if (!pointsNode.isObject()) {
                throw field("bonusPoints", "须为对象，如 {\"NEW_RD_INSTITUTIONS\":2}");
            }
            for (Map.Entry<String, JsonNode> e : pointsNode.properties()) {
                int idx = bonusIndex(bonusItems, e.getKey(), "bonusPoints." + e.getKey());
                bonusPoints[idx] = requiredNumber(e.getValue(), "bonusPoints." + e.getKey(), 0, 1e6);
            }
        }
        double bonusCap = optionalNumber(body, "bonusCap", "bonusCap", Double.POSITIVE_INFINITY, 0, 1e6);
        int rewardTopN = optionalIntOr(body, "rewardTopN", -1, 0, MAX_ZONES);
        int bigDropPlaces = optionalIntOr(body, "bigDropPlaces", -1, 0, MAX_ZONES);
        JsonNode robustness = body.get("robustness");
        robustness(robustness, 1);
        return new Parameters(year, catalogue, method, passMark, indicators, definitions, bonusItems, bonusPoints, bonusCap,
                rewardTopN, bigDropPlaces, robustness, List.copyOf(outsideCatalogue));
    }

    private ZoneData zone(JsonNode node, String at, Integer year, IndicatorCatalogue.Catalogue catalogue,
            List<Indicator> indicators, List<IndicatorCatalogue.Definition> definitions, List<String> bonusItems,
            Set<String> seen) {
        if (node == null || !node.isObject()) {
            throw field(at, "须为对象 {\"zone\",\"values\",…}");
        }
        String code = string(node.get("zone"), at + ".zone");
        checkProvincialZone(code, at + ".zone", year);
        if (!seen.add(code)) {
            throw field(at + ".zone", "高新区“" + code + "”重复出现");
        }
        JsonNode values = node.get("values");
        if (values == null || values.isNull() || !values.isObject()) {
            throw field(at + ".values", "缺少高新区“" + code + "”的指标值");
        }
        Map<String, Double> given = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String where = at + ".values." + e.getKey();
            IndicatorCatalogue.Definition def = catalogue.indicator(e.getKey()).orElseGet(() -> definitionOf(e.getKey(), indicators,
                    definitions));
            if (def == null) {
                throw field(where, "高新区“" + code + "”的指标值中有未知的指标代码“" + e.getKey() + "”：既不在指标目录中，也不是本次请求的评分指标");
            }
            if (e.getValue() == null || e.getValue().isNull()) {
                continue;
            }
            double min = def.minimum() == null ? -MAX_MAGNITUDE : def.minimum();
            given.put(e.getKey(), requiredNumber(e.getValue(), where, min, MAX_MAGNITUDE));
        }
        double[] v = new double[indicators.size()];
        for (int j = 0; j < indicators.size(); j++) {
            Double x = given.get(indicators.get(j).code());
            if (x == null) {
                String c = indicators.get(j).code();
                boolean listed = catalogue.indicator(c).isPresent();
                throw field(at + ".values." + c, "高新区“" + code + "”缺少指标“" + definitions.get(j).name() + "”（" + c + "）的值（缺失数据不按0计）"
                        + (listed ? "" : "；该代码不在指标目录中，由“indicators[" + j + "].code”给出"));
            }
            v[j] = x;
        }
        long[] counts = new long[bonusItems.size()];
        JsonNode countsNode = node.get("bonusCounts");
        if (countsNode != null && !countsNode.isNull()) {
            if (!countsNode.isObject()) {
                throw field(at + ".bonusCounts", "须为对象，如 {\"NEW_RD_INSTITUTIONS\":1}");
            }
            for (Map.Entry<String, JsonNode> e : countsNode.properties()) {
                String where = at + ".bonusCounts." + e.getKey();
                counts[bonusIndex(bonusItems, e.getKey(), where)] = integer(e.getValue(), where, 0, 1_000_000);
            }
        }
        Double nhte = given.get(NEW_HIGH_TECH_ENTERPRISES);
        return new ZoneData(code, v, counts, nhte == null ? Double.NaN : nhte, previous(node.get("previous"), at + ".previous"));
    }

    void checkProvincialZone(String code, String at, Integer year) {
        Optional<Zone> zone = zones.find(code);
        if (zone.isEmpty()) {
            throw field(at, "高新区“" + code + "”不在高新区名录中");
        }
        if (zone.get().isEnclavePark()) {
            throw field(at, "“" + zone.get().name() + "”是飞地园区，随其所属高新区“" + zone.get().parentZone() + "”参评");
        }
        LocalDate on = year == null ? LocalDate.now() : LocalDate.of(year, 12, 31);
        ZoneStatus status = year == null ? zone.get().status() : zones.statusOn(code, on).orElse(null);
        if (status == null) {
            throw field(at, "高新区“" + zone.get().name() + "”在" + year + "年尚未认定，不参加该年度评价");
        }
        if (status == ZoneStatus.NATIONAL) {
            throw field(at, "“" + zone.get().name() + "”是国家高新区，不参加省级高新区评价（第20条）");
        }
        if (status == ZoneStatus.REVOKED) {
            throw field(at, "高新区“" + zone.get().name() + "”已撤销资格，不参加评价");
        }
    }

    private static Previous previous(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw field(at, "须为对象 {\"rank\",\"passed\",\"newHighTechEnterprises\"}");
        }
        Integer rank = null;
        JsonNode r = node.get("rank");
        if (r != null && !r.isNull()) {
            rank = (int) integer(r, at + ".rank", 1, MAX_ZONES);
        }
        Boolean passed = null;
        JsonNode p = node.get("passed");
        if (p != null && !p.isNull()) {
            if (!p.isBoolean()) {
                throw field(at + ".passed", "须为 true 或 false");
            }
            passed = p.booleanValue();
        }
        Double nhte = null;
        JsonNode n = node.get("newHighTechEnterprises");
        if (n != null && !n.isNull()) {
            nhte = requiredNumber(n, at + ".newHighTechEnterprises", 0, MAX_MAGNITUDE);
        }
        return new Previous(rank, passed, nhte);
    }

    private static RobustnessSettings robustness(JsonNode node, int zoneCount) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw field("robustness", "须为对象 {\"draws\",\"weightNoise\",\"seed\"}");
        }
        int draws = (int) integer(node.get("draws"), "robustness.draws", 1, MAX_DRAWS);
        if ((long) draws * zoneCount > MAX_DRAW_WORK) {
            throw field("robustness.draws", "抽样次数×参评高新区数不能超过" + MAX_DRAW_WORK);
        }
        double noise = requiredNumber(node.get("weightNoise"), "robustness.weightNoise", 0, 1);
        if (noise >= 1) {
            throw field("robustness.weightNoise", "须不小于0且小于1（权重扰动幅度）");
        }
        JsonNode s = node.get("seed");
        long seed = 0;
        if (s != null && !s.isNull()) {
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw field("robustness.seed", "须为整数");
            }
            seed = s.longValue();
        }
        return new RobustnessSettings(draws, noise, seed);
    }

    private static Method method(JsonNode node) {
        if (node == null || node.isNull()) {
            throw field("method", "缺少评分方法（TARGET_REFERENCED 或 MIN_MAX）");
        }
        if (node.isString()) {
            for (Method m : Method.values()) {
                if (m.name().equals(node.stringValue())) {
                    return m;
                }
            }
        }
        throw field("method", "未知的评分方法“" + abbreviate(node.isString() ? node.stringValue() : node.toString())
                + "”，须为 TARGET_REFERENCED（目标值法）或 MIN_MAX（极差标准化法）");
    }

    private static int bonusIndex(List<String> items, String code, String at) {
        int idx = items.indexOf(code);
        if (idx < 0) {
            throw field(at, "未知的加分项“" + code + "”（可用：" + String.join("、", items) + "）");
        }
        return idx;
    }

    /** A candidate indicator outside the catalogue: named by its code, higher is better, no minimum. */
    private static IndicatorCatalogue.Definition outside(String code, String at) {
        if (!code.matches("[A-Za-z0-9_\\-]{1,64}")) {
            throw field(at, "指标代码“" + abbreviate(code) + "”只能由字母、数字、下划线或连字符组成");
        }
        return new IndicatorCatalogue.Definition(code, code, "目录外的候选指标（评价预演中试用）", null, null, null, null, null, null);
    }

    /** The definition of a requested indicator by code, or null when the request does not score it. */
    private static IndicatorCatalogue.Definition definitionOf(String code, List<Indicator> indicators,
            List<IndicatorCatalogue.Definition> definitions) {
        for (int j = 0; j < indicators.size(); j++) {
            if (indicators.get(j).code().equals(code)) {
                return definitions.get(j);
            }
        }
        return null;
    }

    private static List<String> indicatorCodes(IndicatorCatalogue.Catalogue c) {
        return c.indicators().stream().map(IndicatorCatalogue.Definition::code).toList();
    }

    private static String string(JsonNode node, String at) {
        if (node == null || node.isNull() || !node.isString() || node.stringValue().isBlank()) {
            throw field(at, "不能为空，须为字符串代码");
        }
        String s = node.stringValue().trim();
        if (s.length() > 64) {
            throw field(at, "代码过长");
        }
        return s;
    }

    static double requiredNumber(JsonNode node, String at, double min, double max) {
        if (node == null || node.isNull()) {
            throw field(at, "缺少数值");
        }
        if (!node.isNumber()) {
            throw field(at, "须为数字（当前为" + abbreviate(node.toString()) + "）");
        }
        double d;
        try {
            d = node.doubleValue();
        } catch (RuntimeException e) {
            throw field(at, "数值超出允许范围");
        }
        if (Double.isNaN(d)) {
            throw field(at, "须为有限数值（不能为NaN）");
        }
        if (!Double.isFinite(d) || Math.abs(d) > MAX_MAGNITUDE) {
            throw field(at, "数值超出允许范围（绝对值不超过1e15）");
        }
        if (d < min || d > max) {
            throw field(at, "须在" + plain(min) + "至" + plain(max) + "之间（当前为" + plain(d) + "）");
        }
        return d;
    }

    static long integer(JsonNode node, String at, long min, long max) {
        double d = requiredNumber(node, at, -MAX_MAGNITUDE, MAX_MAGNITUDE);
        if (d != Math.rint(d)) {
            throw field(at, "须为整数（当前为" + plain(d) + "）");
        }
        if (d < min || d > max) {
            throw field(at, "须为" + min + "至" + max + "之间的整数（当前为" + plain(d) + "）");
        }
        return (long) d;
    }

    private static double optionalNumber(JsonNode body, String key, String at, double absent, double min, double max) {
        JsonNode n = body.get(key);
        return n == null || n.isNull() ? absent : requiredNumber(n, at, min, max);
    }

    private static Integer optionalInt(JsonNode body, String key, String at, long min, long max) {
        JsonNode n = body.get(key);
        return n == null || n.isNull() ? null : (int) integer(n, at, min, max);
    }

    private static int optionalIntOr(JsonNode body, String key, int absent, long min, long max) {
        JsonNode n = body.get(key);
        return n == null || n.isNull() ? absent : (int) integer(n, key, min, max);
    }

    static String plain(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "∞" : "-∞";
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * Reads JSON accepting the literals NaN and Infinity, so that such a number is refused by the
     * field check with its path named, instead of as an anonymous parse error.
     */
    static tools.jackson.databind.ObjectReader lenientReader(tools.jackson.databind.ObjectMapper json) {
        return json.readerFor(JsonNode.class).with(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
    }

    static InvalidEvaluationRequest field(String field, String rule) {
        return new InvalidEvaluationRequest("字段“" + field + "”：" + rule);
    }

    /** 评价请求数据无效. */
    static final class InvalidEvaluationRequest extends InvalidInput {
        InvalidEvaluationRequest(String detail) {
            super(detail);
        }
    }
}
