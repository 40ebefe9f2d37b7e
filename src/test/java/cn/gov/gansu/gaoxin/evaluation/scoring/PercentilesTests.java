package cn.gov.gansu.gaoxin.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles. */
class PercentilesTests {

    @Test
    @DisplayName("最近秩法：第p百分位取第⌈p/100×N⌉个观测值")
    void nearestRankTakesTheCeilingPosition() {
        int[] sorted = new int[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Percentiles.nearestRank(sorted, 5)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(sorted, 95)).isEqualTo(95);
        assertThat(Percentiles.position(1, 5)).isEqualTo(1);
        assertThat(Percentiles.position(1, 95)).isEqualTo(1);
        assertThat(Percentiles.position(10, 5)).isEqualTo(1);
        assertThat(Percentiles.position(10, 95)).isEqualTo(10);
        assertThat(Percentiles.position(21, 95)).isEqualTo(20);
    }

    @Test
    @DisplayName("直方图与排序数组给出相同的百分位")
    void histogramAndSortedArrayAgree() {
        int[] observations = {3, 1, 1, 2, 5, 5, 5, 4, 2, 1, 3};
        int[] hist = new int[5];
        for (int o : observations) {
            hist[o - 1]++;
        }
        int[] sorted = observations.clone();
        java.util.Arrays.sort(sorted);
        for (int p : new int[] {5, 50, 95}) {
            assertThat(Percentiles.nearestRank(hist, 0, 5, observations.length, p)).isEqualTo(Percentiles.nearestRank(sorted, p));
        }
    }
}
