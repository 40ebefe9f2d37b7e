package cn.gov.gansu.gaoxin.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small builders for scoring inputs in tests. */
final class Inputs {

    private Inputs() {
    }

    static ZoneData zone(String code, double... values) {
        return new ZoneData(code, values, new long[0], Double.NaN, null);
    }

    static ScoringInput targetReferenced(List<Indicator> indicators, List<ZoneData> zones) {
        return new ScoringInput(Method.TARGET_REFERENCED, 60, indicators, List.of(), new double[0],
                Double.POSITIVE_INFINITY, -1, -1, zones, null);
    }

    static Indicator ind(String code, double weight, double benchmark) {
        return new Indicator(code, weight, benchmark, Polarity.HIGHER_IS_BETTER);
    }

    /** n zones × k indicators of random data, weights random and summing to 1. */
    static ScoringInput random(Random random, int n, int k, Method method, RobustnessSettings robustness) {
        double[] raw = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            raw[j] = 0.1 + random.nextDouble();
            sum += raw[j];
        }
        List<Indicator> indicators = new ArrayList<>();
        double assigned = 0;
        for (int j = 0; j < k; j++) {
            double w = j == k - 1 ? 1 - assigned : raw[j] / sum;
            assigned += w;
            indicators.add(ind("I" + j, w, 1 + random.nextInt(100)));
        }
        List<ZoneData> zones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = new double[k];
            for (int j = 0; j < k; j++) {
                v[j] = random.nextInt(4) == 0 ? 50 : random.nextDouble() * 150;
            }
            zones.add(new ZoneData("z" + i, v, new long[] {random.nextInt(3)}, Double.NaN, null));
        }
        return new ScoringInput(method, 60, indicators, List.of("B"), new double[] {2}, 5, 3, 3, zones, robustness);
    }
}
