package cn.gov.gansu.gaoxin.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 排名: competition ranking with the 1e-9 tie tolerance. */
class RankingTests {

    @Test
    @DisplayName("并列共享名次，其后名次跳过（1,2,2,4）")
    void tiesShareARankAndTheNextSkips() {
        assertThat(Ranking.ranks(new double[] {90, 80, 80, 70})).containsExactly(1, 2, 2, 4);
        assertThat(Ranking.ranks(new double[] {70, 80, 90, 80})).containsExactly(4, 2, 1, 2);
        assertThat(Ranking.ranks(new double[] {50, 50, 50})).containsExactly(1, 1, 1);
    }

    @Test
    @DisplayName("相差不超过1e-9视为相等，超过则分出先后")
    void totalsWithinTheToleranceAreEqual() {
        assertThat(Ranking.ranks(new double[] {80 + 5e-10, 80})).containsExactly(1, 1);
        assertThat(Ranking.ranks(new double[] {80 + 1e-8, 80})).containsExactly(1, 2);
        assertThat(Ranking.ranks(new double[] {0.1 + 0.2, 0.3})).containsExactly(1, 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 13, 17, 19, 23})
    @DisplayName("随机并列：名次等于1加上总分更高者的个数，且并列者名次相同")
    void ranksEqualOnePlusTheNumberOfHigherTotals(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(40);
            double[] totals = new double[n];
            for (int i = 0; i < n; i++) {
                totals[i] = random.nextInt(6) * 10.0;
            }
            int[] ranks = Ranking.ranks(totals);
            for (int i = 0; i < n; i++) {
                int higher = 0;
                for (double t : totals) {
                    if (t > totals[i]) {
                        higher++;
                    }
                }
                assertThat(ranks[i]).isEqualTo(1 + higher);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8})
    @DisplayName("可复用的排名器与按定义计数的排名完全一致（含并列、近似并列、次序剧变时的回退排序）")
    void theReusableRankerAgreesWithTheDefinition(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(300);
        Ranker ranker = new Ranker(n);
        int[] out = new int[n];
        for (int round = 0; round < 40; round++) {
            double[] totals = new double[n];
            for (int i = 0; i < n; i++) {
                totals[i] = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(5) * 10.0;
                    case 1 -> 20 + random.nextInt(3) * 4e-10;
                    default -> random.nextDouble() * 110;
                };
            }
            if (round % 7 == 6) {
                java.util.Arrays.sort(totals);
            }
            ranker.rank(totals, out);
            assertThat(out).containsExactly(Ranking.ranks(totals));
        }
    }
}
