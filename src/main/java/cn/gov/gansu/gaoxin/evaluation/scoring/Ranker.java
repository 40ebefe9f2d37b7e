package cn.gov.gansu.gaoxin.evaluation.scoring;

/**
 * A reusable, allocation-free ranker for one worker of the robustness loop. It keeps the order of
 * the previous call: successive weight draws move totals only a little, so an insertion sort from
 * that order is nearly linear; when it would need too many moves it falls back to a quicksort. The
 * ranks are then read in one pass (a zone's rank = 1 + the number of totals above its own by more
 * than the tolerance), so they never depend on the order kept — only on the totals.
 */
public final class Ranker {

    private final double[] keys;
    private final int[] order;
    private final int moveBudget;

    public Ranker(int n) {
        keys = new double[n];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        moveBudget = 16 * n + 64;
    }

    /** Writes the competition rank of every total into {@code out} (same length as at construction). */
    public void rank(double[] totals, int[] out) {
        int n = keys.length;
        for (int i = 0; i < n; i++) {
            keys[i] = totals[order[i]];
        }
        if (!insertionSort(n)) {
            quickSort(0, n - 1);
        }
        int above = 0;
        for (int q = n - 1; q >= 0; q--) {
            double threshold = keys[q] + ScoringInput.TOLERANCE;
            while (above < n && keys[n - 1 - above] > threshold) {
                above++;
            }
            out[order[q]] = 1 + above;
        }
    }

    /** Ascending insertion sort of (keys, order); false when it gave up after the move budget. */
    private boolean insertionSort(int n) {
        int moves = 0;
        for (int i = 1; i < n; i++) {
            double k = keys[i];
            int o = order[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > k) {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
                j--;
                if (++moves > moveBudget) {
                    keys[j + 1] = k;
                    order[j + 1] = o;
                    return false;
                }
            }
            keys[j + 1] = k;
            order[j + 1] = o;
        }
        return true;
    }

    private void quickSort(int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < keys[lo]) {
                swap(mid, lo);
            }
            if (keys[hi] < keys[lo]) {
                swap(hi, lo);
            }
            if (keys[hi] < keys[mid]) {
                swap(hi, mid);
            }
            double pivot = keys[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i, j);
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quickSort(lo, j);
                lo = i;
            } else {
                quickSort(i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double k = keys[i];
            int o = order[i];
            int j = i - 1;
            while (j >= lo && keys[j] > k) {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
                j--;
            }
            keys[j + 1] = k;
            order[j + 1] = o;
        }
    }

    private void swap(int a, int b) {
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int o = order[a];
        order[a] = order[b];
        order[b] = o;
    }
}
