package cn.gov.gansu.gaoxin.evaluation.scoring;

import static cn.gov.gansu.gaoxin.evaluation.scoring.Inputs.ind;
import static cn.gov.gansu.gaoxin.evaluation.scoring.Inputs.zone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 第20条 评分核心: contracts §4 arithmetic, consequences and their edge cases. */
class EvaluatorTests {

    private static Map<String, ZoneResult> byZone(List<ZoneResult> results) {
        return results.stream().collect(Collectors.toMap(ZoneResult::zone, Function.identity()));
    }

    @Test
    @DisplayName("目标值法：按基准值折算并截断在0到100之间，再按权重合成")
    void targetReferencedScoresAreClampedRatiosWeighted() {
        var in = Inputs.targetReferenced(List.of(ind("A", 0.4, 20), ind("B", 0.3, 0.15), ind("C", 0.3, 500)),
                List.of(zone("jiayuguan", 12, 0.2, 300), zone("minle", -3, 0, 1000)));
        var r = byZone(Evaluator.evaluate(in));
        // 0.4 × 60 + 0.3 × 100 (0.2/0.15 clamps to 1) + 0.3 × 60
        assertThat(r.get("jiayuguan").score()).isCloseTo(72, within(1e-9));
        // negative value clamps to 0; above benchmark clamps to 100
        assertThat(r.get("minle").score()).isCloseTo(30, within(1e-9));
        assertThat(r.get("jiayuguan").rank()).isEqualTo(1);
        assertThat(r.get("jiayuguan").passed()).isTrue();
        assertThat(r.get("minle").passed()).isFalse();
    }

    @Test
    @DisplayName("极差法：最小者0分、最大者100分；所有值相等时全部100分")
    void minMaxMapsTheRangeAndGivesAllHundredWhenEqual() {
        var in = new ScoringInput(Method.MIN_MAX, 60, List.of(ind("A", 0.5, Double.NaN), ind("B", 0.5, Double.NaN)),
                List.of(), new double[0], Double.POSITIVE_INFINITY, -1, -1,
                List.of(zone("a", 10, 7), zone("b", 20, 7), zone("c", 15, 7)), null);
        var r = byZone(Evaluator.evaluate(in));
        assertThat(r.get("a").score()).isCloseTo(50, within(1e-9));
        assertThat(r.get("b").score()).isCloseTo(100, within(1e-9));
        assertThat(r.get("c").score()).isCloseTo(75, within(1e-9));
    }

    @Test
    @DisplayName("加分不超过上限，总分=得分+加分")
    void bonusIsCappedAndAddedToTheScore() {
        var in = new ScoringInput(Method.TARGET_REFERENCED, 60, List.of(ind("A", 1, 10)), List.of("X", "Y"),
                new double[] {2, 3}, 10, -1, -1,
                List.of(new ZoneData("a", new double[] {5}, new long[] {1, 1}, Double.NaN, null),
                        new ZoneData("b", new double[] {5}, new long[] {3, 4}, Double.NaN, null)),
                null);
        var r = byZone(Evaluator.evaluate(in));
        assertThat(r.get("a").bonus()).isEqualTo(5);
        assertThat(r.get("a").total()).isCloseTo(55, within(1e-9));
        assertThat(r.get("b").bonus()).isEqualTo(10);
        assertThat(r.get("b").passed()).isTrue();
    }

    @Test
    @DisplayName("后果：前N名且合格奖励；新增高企数上升表扬；名次下降≥K通报约谈；连续两次不合格建议撤销")
    void consequencesFollowTheirRules() {
        var in = new ScoringInput(Method.TARGET_REFERENCED, 60, List.of(ind("NEW_HIGH_TECH_ENTERPRISES", 1, 10)),
                List.of(), new double[0], Double.POSITIVE_INFINITY, 2, 3, List.of(
                        new ZoneData("top", new double[] {10}, new long[0], 10, new Previous(1, true, 9.0)),
                        new ZoneData("second", new double[] {8}, new long[0], 8, new Previous(2, true, 8.0)),
                        new ZoneData("fallen", new double[] {7}, new long[0], 7, new Previous(0 + 1, true, 7.0)),
                        new ZoneData("failing", new double[] {5}, new long[0], 5, new Previous(4, false, 6.0)),
                        new ZoneData("fresh", new double[] {1}, new long[0], 1, null)),
                null);
        var r = byZone(Evaluator.evaluate(in));
        assertThat(r.get("top").consequences()).containsExactly(Consequence.REWARD, Consequence.PRAISE);
        assertThat(r.get("second").consequences()).containsExactly(Consequence.REWARD);
        // rank 3 − previous 1 = 2 < 3: no summons
        assertThat(r.get("fallen").consequences()).isEmpty();
        // failing now and before, rank 4 − 4 = 0
        assertThat(r.get("failing").consequences()).containsExactly(Consequence.REVOCATION_PROPOSAL);
        // no previous: none of the last three, even though failing
        assertThat(r.get("fresh").consequences()).isEmpty();
    }

    @Test
    @DisplayName("名次下降恰好等于K位即通报约谈；未合格者即使名列前N也不奖励")
    void aDropOfExactlyKPlacesIsSummonedAndAFailingTopZoneIsNotRewarded() {
        var in = new ScoringInput(Method.TARGET_REFERENCED, 90, List.of(ind("A", 1, 10)), List.of(), new double[0],
                Double.POSITIVE_INFINITY, 3, 2, List.of(
                        new ZoneData("a", new double[] {8}, new long[0], Double.NaN, null),
                        new ZoneData("b", new double[] {7}, new long[0], Double.NaN, null),
                        new ZoneData("c", new double[] {6}, new long[0], Double.NaN, new Previous(1, true, null))),
                null);
        var r = byZone(Evaluator.evaluate(in));
        assertThat(r.get("a").consequences()).isEmpty();
        assertThat(r.get("c").consequences()).containsExactly(Consequence.PUBLIC_NOTICE_AND_SUMMONS);
    }

    @Test
    @DisplayName("合格线判定容忍浮点误差：总分与合格线之差在1e-9内视为达到")
    void aTotalWithinTheToleranceOfThePassMarkPasses() {
        assertThat(Evaluator.passed(60 - 1e-12, 60)).isTrue();
        assertThat(Evaluator.passed(60 - 1e-6, 60)).isFalse();
    }

    @Test
    @DisplayName("权重之和不为1时拒绝计算")
    void weightsNotSummingToOneAreRefused() {
        assertThatThrownBy(() -> Inputs.targetReferenced(List.of(ind("A", 0.5, 1), ind("B", 0.4, 1)),
                List.of(zone("a", 1, 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Inputs.targetReferenced(List.of(ind("A", 1, 0)), List.of(zone("a", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    @DisplayName("随机数据：分数在0到100之间，名次与总分一致，打乱输入顺序结果不变")
    void randomInputsKeepTheInvariants(long seed) {
        Random random = new Random(seed);
        for (Method method : Method.values()) {
            ScoringInput in = Inputs.random(random, 2 + random.nextInt(30), 1 + random.nextInt(8), method, null);
            List<ZoneResult> results = Evaluator.evaluate(in);
            for (ZoneResult a : results) {
                assertThat(a.score()).isBetween(-1e-9, 100 + 1e-9);
                assertThat(a.total()).isCloseTo(a.score() + a.bonus(), within(1e-12));
                long higher = results.stream().filter(b -> b.total() > a.total() + 1e-9).count();
                assertThat(a.rank()).isEqualTo(1 + higher);
            }
            List<ZoneData> shuffled = new java.util.ArrayList<>(in.zones());
            java.util.Collections.shuffle(shuffled, random);
            var again = byZone(Evaluator.evaluate(new ScoringInput(in.method(), in.passMark(), in.indicators(),
                    in.bonusItems(), in.bonusPoints(), in.bonusCap(), in.rewardTopN(), in.bigDropPlaces(), shuffled, null)));
            for (ZoneResult a : results) {
                assertThat(again.get(a.zone()).rank()).isEqualTo(a.rank());
                assertThat(again.get(a.zone()).total()).isEqualTo(a.total());
            }
        }
    }
}
