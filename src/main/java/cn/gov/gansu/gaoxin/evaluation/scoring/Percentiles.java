package cn.gov.gansu.gaoxin.evaluation.scoring;

/**
 * Nearest-rank percentiles: the p-th percentile of N ordered observations is the observation at
 * position ⌈p/100 × N⌉ (1-based, at least 1). It is always one of the observed ranks, never an
 * interpolated fraction.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** Position (1-based) of the p-th percentile among {@code count} observations. */
    public static long position(long count, int percent) {
        return Math.max(1, (percent * count + 99) / 100);
    }

    /** The p-th percentile of a sorted array of observations. */
    public static int nearestRank(int[] sorted, int percent) {
        return sorted[(int) position(sorted.length, percent) - 1];
    }

    /**
     * The p-th percentile rank from a histogram {@code hist[offset + rank − 1]} = how often the rank
     * occurred, over ranks 1..n, with {@code count} observations in all.
     */
    static int nearestRank(int[] hist, int offset, int n, long count, int percent) {
        long target = position(count, percent);
        long cumulative = 0;
        for (int r = 0; r < n; r++) {
            cumulative += hist[offset + r];
            if (cumulative >= target) {
                return r + 1;
            }
        }
        return n;
    }
}
