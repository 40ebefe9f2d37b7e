package cn.gov.gansu.gaoxin.evaluation.scoring;

import java.util.Arrays;

/**
 * Competition ranking, highest total first: a zone's rank is 1 + the number of zones whose total
 * exceeds its own by more than {@link ScoringInput#TOLERANCE}. Equal totals share a rank and the
 * next rank skips (1, 2, 2, 4). Defined by counting, so it does not depend on input order.
 */
public final class Ranking {

    private Ranking() {
    }

    public static int[] ranks(double[] totals) {
        int[] out = new int[totals.length];
        ranksInto(totals, new double[totals.length], out);
        return out;
    }

    /** Allocation-free: {@code scratch} (same length) is overwritten with the sorted totals. */
    public static void ranksInto(double[] totals, double[] scratch, int[] out) {
        int n = totals.length;
        System.arraycopy(totals, 0, scratch, 0, n);
        Arrays.sort(scratch);
        for (int i = 0; i < n; i++) {
            out[i] = 1 + (n - upperBound(scratch, totals[i] + ScoringInput.TOLERANCE));
        }
    }

    /** The first index whose value is greater than {@code key} in ascending {@code a}. */
    private static int upperBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
