package cn.gov.gansu.gaoxin.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 稳健性: Monte Carlo rank intervals under weight noise. */
class RobustnessTests {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 7, 99})
    @DisplayName("同一种子得到同一结果；区间包含在1..n内且下限不大于上限")
    void theSameSeedGivesTheSameIntervals(long seed) {
        ScoringInput in = Inputs.random(new Random(seed), 25, 6, Method.TARGET_REFERENCED,
                new RobustnessSettings(1000, 0.25, seed));
        List<ZoneResult> a = Evaluator.evaluate(in);
        List<ZoneResult> b = Evaluator.evaluate(in);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).rankInterval()).containsExactly(b.get(i).rankInterval());
            assertThat(a.get(i).rankInterval()[0]).isBetween(1, 25).isLessThanOrEqualTo(a.get(i).rankInterval()[1]);
        }
    }

    @Test
    @DisplayName("无扰动时区间退化为当前名次")
    void withoutNoiseTheIntervalIsTheRankItself() {
        ScoringInput in = Inputs.random(new Random(5), 20, 4, Method.MIN_MAX, new RobustnessSettings(200, 0, 1));
        for (ZoneResult r : Evaluator.evaluate(in)) {
            assertThat(r.rankInterval()).containsExactly(r.rank(), r.rank());
        }
    }

    @Test
    @DisplayName("结果与线程数无关：单线程逐块重算与并行结果一致")
    void theAnswerDoesNotDependOnTheNumberOfWorkers() {
        ScoringInput in = Inputs.random(new Random(3), 30, 5, Method.TARGET_REFERENCED, new RobustnessSettings(777, 0.3, 42));
        List<ZoneResult> parallel = Evaluator.evaluate(in);
        List<ZoneResult> serial = new java.util.concurrent.ForkJoinPool(1).submit(() -> Evaluator.evaluate(in)).join();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(serial.get(i).rankInterval()).containsExactly(parallel.get(i).rankInterval());
        }
    }

    @Test
    @DisplayName("不同种子通常给出不同抽样（区间可能相同，但权重抽样不同）")
    void blockStreamsAreIndependentOfEachOther() {
        assertThat(Robustness.mix64(1)).isNotEqualTo(Robustness.mix64(2));
        assertThat(Robustness.mix64(0 + 0x9E3779B97F4A7C15L)).isNotEqualTo(Robustness.mix64(0));
    }

    @Test
    @DisplayName("分数完全相同的两区在任何权重下并列")
    void identicalZonesStayTiedUnderEveryDraw() {
        var ind = List.of(Inputs.ind("A", 0.5, 10), Inputs.ind("B", 0.5, 10));
        var zones = List.of(Inputs.zone("a", 5, 9), Inputs.zone("b", 5, 9), Inputs.zone("c", 9, 1));
        var in = new ScoringInput(Method.TARGET_REFERENCED, 60, ind, List.of(), new double[0], Double.POSITIVE_INFINITY,
                -1, -1, zones, new RobustnessSettings(500, 0.5, 3));
        var results = Evaluator.evaluate(in);
        var a = results.stream().filter(r -> r.zone().equals("a")).findFirst().orElseThrow();
        var b = results.stream().filter(r -> r.zone().equals("b")).findFirst().orElseThrow();
        assertThat(a.rankInterval()).containsExactly(b.rankInterval());
        assertThat(a.rank()).isEqualTo(b.rank());
    }

    @Test
    @DisplayName("名次下降若落在区间内则不显著")
    void aDropInsideTheIntervalIsNotSignificant() {
        var ind = List.of(Inputs.ind("A", 0.5, 20), Inputs.ind("B", 0.5, 20));
        var zones = List.of(new ZoneData("a", new double[] {10, 0}, new long[0], Double.NaN, new Previous(2, true, null)),
                new ZoneData("b", new double[] {0, 9.8}, new long[0], Double.NaN, new Previous(1, true, null)));
        var in = new ScoringInput(Method.TARGET_REFERENCED, 60, ind, List.of(), new double[0], Double.POSITIVE_INFINITY,
                -1, 1, zones, new RobustnessSettings(2000, 0.3, 9));
        var b = Evaluator.evaluate(in).stream().filter(r -> r.zone().equals("b")).findFirst().orElseThrow();
        assertThat(b.rank()).isEqualTo(2);
        assertThat(b.consequences()).containsExactly(Consequence.PUBLIC_NOTICE_AND_SUMMONS);
        assertThat(b.rankInterval()).containsExactly(1, 2);
        assertThat(b.dropSignificant()).isFalse();
    }
}
