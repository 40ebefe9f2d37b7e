package cn.gov.gansu.gaoxin.innovation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 企业创新积分的计分：百分位、缺失不计零、排名与单调性（性质检验：带种子的随机群体）. */
class PointsScorerTest {

    static final PointsCatalogue CATALOGUE = PointsCatalogue.forYear(
            PointsCatalogue.load("classpath*:innovation/points-*.yaml"), 2025);

    static Map<String, Double> randomValues(Random r, boolean withGrowth) {
        Map<String, Double> v = new HashMap<>();
        for (PointsCatalogue.Indicator i : CATALOGUE.indicators()) {
            if (i.required() || withGrowth) {
                // a small range makes ties frequent, which is where a rank-based score could go wrong
                v.put(i.code(), (double) r.nextInt(6) + (r.nextBoolean() ? 0.5 : 0));
            }
        }
        return v;
    }

    @ParameterizedTest(name = "种子 {0}")
    @ValueSource(longs = {1, 2, 3, 17, 42, 2023, 20251130, 987654321})
    @DisplayName("在每个指标上都不差于另一家的企业，积分绝不更低（随机群体，含并列与缺少上年数据者）")
    void anEnterpriseAtLeastAsGoodOnEveryIndicatorNeverHasFewerPoints(long seed) {
        Random r = new Random(seed);
        List<PointsScorer.Subject> cohort = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        int size = 5 + r.nextInt(40);
        for (int n = 0; n < size; n++) {
            boolean growth = r.nextInt(4) > 0;
            Map<String, Double> better = randomValues(r, growth);
            Map<String, Double> worse = new HashMap<>();
            better.forEach((k, v) -> worse.put(k, r.nextBoolean() ? v : v - r.nextInt(3) - 0.25 * r.nextInt(2)));
            cohort.add(new PointsScorer.Subject("B" + n, better));
            cohort.add(new PointsScorer.Subject("W" + n, worse));
            pairs.add(new String[] {"B" + n, "W" + n});
        }
        for (int n = 0; n < size / 3; n++) {   // some enterprises with a required figure missing
            Map<String, Double> v = randomValues(r, true);
            v.remove(CATALOGUE.indicators().get(r.nextInt(4)).code());
            cohort.add(new PointsScorer.Subject("M" + n, v));
        }
        Map<String, PointsScorer.Scored> scored = PointsScorer.score(CATALOGUE, cohort).stream()
                .collect(Collectors.toMap(PointsScorer.Scored::id, Function.identity()));
        for (String[] p : pairs) {
            assertThat(scored.get(p[0]).points()).as("%s ≥ %s", p[0], p[1]).isGreaterThanOrEqualTo(scored.get(p[1]).points());
        }
        // and the whole cohort: every dominating pair, not only the constructed ones
        for (PointsScorer.Subject a : cohort) {
            for (PointsScorer.Subject b : cohort) {
                if (a.values().keySet().equals(b.values().keySet()) && dominates(a, b)
                        && scored.get(a.id()).points() != null) {
                    assertThat(scored.get(a.id()).points()).isGreaterThanOrEqualTo(scored.get(b.id()).points());
                }
            }
        }
    }

    static boolean dominates(PointsScorer.Subject a, PointsScorer.Subject b) {
        return a.values().entrySet().stream().allMatch(e -> e.getValue() >= b.values().get(e.getKey()));
    }

    @Test
    @DisplayName("缺少必需数据的企业积分为空、列出缺失指标且排在最后，不按0计")
    void missingFiguresGiveNullPointsAndNameTheIndicators() {
        Map<String, Double> full = randomValues(new Random(5), true);
        Map<String, Double> partial = new HashMap<>(full);
        partial.remove("RD_EXPENSE");
        partial.remove("RD_INTENSITY");
        partial.remove("REVENUE");
        List<PointsScorer.Scored> out = PointsScorer.score(CATALOGUE,
                List.of(new PointsScorer.Subject("P", partial), new PointsScorer.Subject("F", full)));
        assertThat(out.get(0).id()).isEqualTo("F");
        assertThat(out.get(0).points()).isEqualTo(100.0);
        assertThat(out.get(0).rank()).isEqualTo(1);
        assertThat(out.get(1).points()).isNull();
        assertThat(out.get(1).rank()).isNull();
        assertThat(out.get(1).missing()).containsExactly("RD_EXPENSE", "REVENUE");
    }

    @Test
    @DisplayName("积分为各指标百分位的加权平均；明细逐项相加等于总积分；并列者名次相同")
    void pointsAreTheWeightedMeanOfPercentilesAndTiesShareARank() {
        Map<String, Double> low = new HashMap<>();
        Map<String, Double> high = new HashMap<>();
        for (PointsCatalogue.Indicator i : CATALOGUE.indicators()) {
            low.put(i.code(), 1.0);
            high.put(i.code(), 2.0);
        }
        List<PointsScorer.Scored> out = PointsScorer.score(CATALOGUE, List.of(new PointsScorer.Subject("L1", low),
                new PointsScorer.Subject("H", high), new PointsScorer.Subject("L2", low)));
        assertThat(out).extracting(PointsScorer.Scored::id).containsExactly("H", "L1", "L2");
        assertThat(out).extracting(PointsScorer.Scored::points).containsExactly(100.0, 66.67, 66.67);
        assertThat(out).extracting(PointsScorer.Scored::rank).containsExactly(1, 2, 2);
        double sum = out.get(1).breakdown().stream().filter(p -> p.points() != null).mapToDouble(PointsScorer.Part::points).sum();
        assertThat(sum).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.06));
    }

    @Test
    @DisplayName("缺少上年数据的成长指标不参与计分，其权重计入其余指标，且不列为缺失")
    void growthWithoutAPreviousYearIsLeftOutNotZero() {
        Map<String, Double> v = new HashMap<>();
        CATALOGUE.indicators().stream().filter(PointsCatalogue.Indicator::required).forEach(i -> v.put(i.code(), 3.0));
        PointsScorer.Scored s = PointsScorer.score(CATALOGUE, List.of(new PointsScorer.Subject("A", v))).get(0);
        assertThat(s.points()).isEqualTo(100.0);
        assertThat(s.missing()).isEmpty();
        assertThat(s.breakdown()).filteredOn(p -> p.indicator().endsWith("_GROWTH")).isNotEmpty().allMatch(p -> p.points() == null);
        assertThat(s.breakdown()).filteredOn(p -> p.weight() > 0 && !p.indicator().endsWith("_GROWTH")).allMatch(p -> p.points() != null);
    }
}
