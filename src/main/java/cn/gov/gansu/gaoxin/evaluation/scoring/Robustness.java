package cn.gov.gansu.gaoxin.evaluation.scoring;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How robust each rank is when the weights vary (clause 20: "the published result says … how
 * robust each rank is"). Each draw multiplies every weight by an independent uniform factor in
 * [1 − noise, 1 + noise], renormalises the weights to sum 1, recomputes every total (bonus
 * unchanged) and ranks them as {@link Ranking} does. A zone's interval is the nearest-rank 5th and
 * 95th percentile of its ranks over the draws.
 *
 * <p>Draws are cut into fixed blocks of {@value #BLOCK}; block b draws from its own
 * {@link SplittableRandom} seeded with mix64(seed + b·γ). Blocks run in parallel and each worker
 * only adds to its own rank histogram, so the answer depends on the seed alone, never on the
 * number of threads. The inner loop allocates nothing; ranking reuses the previous draw's order
 * ({@link Ranker}).
 */
public final class Robustness {

    static final int BLOCK = 64;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Robustness() {
    }

    /**
     * @param scores flat row-major indicator scores {@code [zone * k + indicator]}
     * @return {@code [zone][0]} = 5th, {@code [zone][1]} = 95th percentile rank
     */
    public static int[][] rankIntervals(double[] scores, int n, int k, double[] weights, double[] bonus,
            RobustnessSettings settings) {
        int draws = settings.draws();
        int blocks = (draws + BLOCK - 1) / BLOCK;
        int workers = Math.max(1, Math.min(blocks, Runtime.getRuntime().availableProcessors()));
        int[][] partial = IntStream.range(0, workers).parallel()
                .mapToObj(w -> histogram(scores, n, k, weights, bonus, settings, w, workers, blocks))
                .toArray(int[][]::new);
        int[] histogram = partial[0];
        for (int w = 1; w < partial.length; w++) {
            int[] p = partial[w];
            for (int i = 0; i < histogram.length; i++) {
                histogram[i] += p[i];
            }
        }
        int[][] intervals = new int[n][2];
        for (int z = 0; z < n; z++) {
            intervals[z][0] = Percentiles.nearestRank(histogram, z * n, n, draws, 5);
            intervals[z][1] = Percentiles.nearestRank(histogram, z * n, n, draws, 95);
        }
        return intervals;
    }

    /** Ranks of blocks w, w + workers, … counted into {@code hist[zone * n + rank − 1]}. */
    private static int[] histogram(double[] scores, int n, int k, double[] weights, double[] bonus,
            RobustnessSettings settings, int worker, int workers, int blocks) {
        int[] hist = new int[n * n];
        double[] w = new double[k];
        double[] totals = new double[n];
        Ranker ranker = new Ranker(n);
        int[] ranks = new int[n];
        double noise = settings.weightNoise();
        double low = 1 - noise;
        double span = 2 * noise;
        for (int b = worker; b < blocks; b += workers) {
            SplittableRandom random = new SplittableRandom(mix64(settings.seed() + (b + 1) * GOLDEN_GAMMA));
            int end = Math.min(settings.draws(), (b + 1) * BLOCK);
            for (int d = b * BLOCK; d < end; d++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    w[j] = weights[j] * (low + span * random.nextDouble());
                    sum += w[j];
                }
                for (int j = 0; j < k; j++) {
                    w[j] /= sum;
                }
                for (int z = 0, row = 0; z < n; z++, row += k) {
                    double t = bonus[z];
                    for (int j = 0; j < k; j++) {
                        t += w[j] * scores[row + j];
                    }
                    totals[z] = t;
                }
                ranker.rank(totals, ranks);
                for (int z = 0, base = 0; z < n; z++, base += n) {
                    hist[base + ranks[z] - 1]++;
                }
            }
        }
        return hist;
    }

    /** Stafford's variant 13 finaliser, as SplittableRandom uses it. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
