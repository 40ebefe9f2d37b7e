package cn.gov.gansu.gaoxin.evaluation.scoring;

/**
 * Turns raw indicator values into 0–100 scores (contracts §4), as a flat row-major matrix
 * {@code score[zone * k + indicator]} so the robustness loop can walk it without indirection.
 */
public final class IndicatorScores {

    private IndicatorScores() {
    }

    /** TARGET_REFERENCED: clamp(value / benchmark, 0, 1) × 100 (benchmark / value for lower-is-better). */
    public static double targetReferenced(double value, double benchmark, Polarity polarity) {
        double ratio;
        if (polarity == Polarity.LOWER_IS_BETTER) {
            ratio = value <= 0 ? 1 : benchmark / value;
        } else {
            ratio = value / benchmark;
        }
        return clamp01(ratio) * 100;
    }

    /** MIN_MAX: (value − min) / (max − min) × 100, or 100 when max = min. */
    public static double minMax(double value, double min, double max, Polarity polarity) {
        if (max == min) {
            return 100;
        }
        double share = polarity == Polarity.LOWER_IS_BETTER ? (max - value) / (max - min) : (value - min) / (max - min);
        return clamp01(share) * 100;
    }

    public static double[] matrix(ScoringInput in) {
        int n = in.zones().size();
        int k = in.indicators().size();
        double[] scores = new double[n * k];
        for (int j = 0; j < k; j++) {
            Indicator ind = in.indicators().get(j);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (ZoneData z : in.zones()) {
                min = Math.min(min, z.values()[j]);
                max = Math.max(max, z.values()[j]);
            }
            for (int i = 0; i < n; i++) {
                double v = in.zones().get(i).values()[j];
                scores[i * k + j] = in.method() == Method.TARGET_REFERENCED
                        ? targetReferenced(v, ind.benchmark(), ind.polarity())
                        : minMax(v, min, max, ind.polarity());
            }
        }
        return scores;
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }
}
