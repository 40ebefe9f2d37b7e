package cn.gov.gansu.gaoxin.innovation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a cohort by a {@link PointsCatalogue}: a pure function, no database. For each indicator an
 * enterprise's percentile is the share of the cohort's known values at or below its own (× 100), a
 * non-decreasing function of the value; points are the weighted mean of its percentiles over the
 * indicators it has. Hence an enterprise at least as good as another on every indicator never has
 * fewer points. A required indicator without a value makes the points null (never zero).
 */
public final class PointsScorer {

    private PointsScorer() {
    }

    /** One enterprise's indicator values; an indicator absent from {@code values} has no value. */
    public record Subject(String id, Map<String, Double> values) {
    }

    /** One indicator's share of an enterprise's points. */
    public record Part(String indicator, String name, String group, String groupName, double weight, Double value,
            Double percentile, Double points, String note) {
    }

    /** An enterprise's points (null when a required indicator is missing), rank (null then too) and breakdown. */
    public record Scored(String id, Double points, Integer rank, List<String> missing, List<Part> breakdown) {
    }

    /** Scores every subject against the cohort of all subjects; answers them best first, unscored last. */
    public static List<Scored> score(PointsCatalogue catalogue, List<Subject> cohort) {
        Map<String, double[]> sorted = new HashMap<>();
        for (PointsCatalogue.Indicator i : catalogue.indicators()) {
            double[] values = cohort.stream().map(s -> s.values().get(i.code())).filter(v -> v != null && !v.isNaN())
                    .mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(values);
            sorted.put(i.code(), values);
        }
        List<Scored> out = new ArrayList<>(cohort.size());
        for (Subject s : cohort) {
            out.add(scoreOne(catalogue, s, sorted));
        }
        out.sort(Comparator.comparing((Scored r) -> r.points() == null).thenComparing(
                (Scored r) -> r.points() == null ? 0.0 : -r.points()).thenComparing(Scored::id));
        List<Scored> ranked = new ArrayList<>(out.size());
        Integer rank = null;
        Double previous = null;
        for (int n = 0; n < out.size(); n++) {
            Scored r = out.get(n);
            if (r.points() != null) {
                if (!r.points().equals(previous)) {
                    rank = n + 1;
                    previous = r.points();
                }
                ranked.add(new Scored(r.id(), r.points(), rank, r.missing(), r.breakdown()));
            } else {
                ranked.add(r);
            }
        }
        return ranked;
    }

    private static Scored scoreOne(PointsCatalogue catalogue, Subject s, Map<String, double[]> sorted) {
        List<String> missing = new ArrayList<>();
        double weights = 0;
        double sum = 0;
        Map<String, Double> percentiles = new HashMap<>();
        for (PointsCatalogue.Indicator i : catalogue.indicators()) {
            Double v = s.values().get(i.code());
            if (v == null || v.isNaN()) {
                if (i.required()) {
                    missing.add(i.code());
                }
                continue;
            }
            double[] values = sorted.get(i.code());
            double p = 100.0 * upperBound(values, v) / values.length;
            percentiles.put(i.code(), p);
            weights += i.weight();
            sum += i.weight() * p;
        }
        boolean scored = missing.isEmpty() && weights > 0;
        List<Part> parts = new ArrayList<>();
        for (PointsCatalogue.Indicator i : catalogue.indicators()) {
            Double v = s.values().get(i.code());
            Double p = percentiles.get(i.code());
            String note;
            Double points = null;
            if (i.weight() == 0) {
                note = "仅展示，不计分";
            } else if (p == null) {
                note = i.required() ? "缺少数据，不计分（不按0计）" : "无法计算（无上年数据或分母为0），不参与计分，其权重按比例计入其余指标";
            } else if (scored) {
                points = round(i.weight() * p / weights);
                note = "百分位" + round(p) + " × 权重" + i.weight() + (weights < 1 - 1e-9 ? " ÷ 有效权重" + round(weights) : "");
            } else {
                note = "因其他必需指标缺失，总积分为空";
            }
            parts.add(new Part(i.code(), i.name(), i.group(), catalogue.groupName(i.group()), i.weight(),
                    v == null || v.isNaN() ? null : v, p == null ? null : round(p), points, note));
        }
        return new Scored(s.id(), scored ? round(sum / weights) : null, null, List.copyOf(missing), parts);
    }

    /** The number of values at or below {@code v} in an ascending array. */
    static int upperBound(double[] values, double v) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static double round(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
