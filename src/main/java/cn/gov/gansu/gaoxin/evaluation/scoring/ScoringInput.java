package cn.gov.gansu.gaoxin.evaluation.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one evaluation run needs, already validated field by field by its reader: method,
 * indicators with weights summing to 1, bonus points per item and their cap, consequence
 * parameters (a negative {@code rewardTopN} or {@code bigDropPlaces} means "not applied") and the
 * zones' data. The constructor re-checks the invariants the arithmetic relies on.
 */
public record ScoringInput(Method method, double passMark, List<Indicator> indicators, List<String> bonusItems,
        double[] bonusPoints, double bonusCap, int rewardTopN, int bigDropPlaces, List<ZoneData> zones,
        RobustnessSettings robustness) {

    /** Weights must sum to 1 within this (contracts §4); totals within it are equal. */
    public static final double TOLERANCE = 1e-9;

    public ScoringInput {
        indicators = List.copyOf(indicators);
        bonusItems = List.copyOf(bonusItems);
        zones = List.copyOf(zones);
        if (method == null || indicators.isEmpty() || zones.isEmpty()) {
            throw new IllegalArgumentException("method, indicators and zones are required");
        }
        if (Math.abs(weightSum(indicators) - 1) > TOLERANCE) {
            throw new IllegalArgumentException("weights must sum to 1");
        }
        if (bonusPoints.length != bonusItems.size()) {
            throw new IllegalArgumentException("one point value per bonus item");
        }
        Set<String> seen = new HashSet<>();
        for (ZoneData z : zones) {
            if (!seen.add(z.zone())) {
                throw new IllegalArgumentException("duplicate zone " + z.zone());
            }
            if (z.values().length != indicators.size() || z.bonusCounts().length != bonusItems.size()) {
                throw new IllegalArgumentException("zone " + z.zone() + " lacks values");
            }
            for (double v : z.values()) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("zone " + z.zone() + " has a non-finite value");
                }
            }
        }
        if (method == Method.TARGET_REFERENCED) {
            for (Indicator i : indicators) {
                if (!(Double.isFinite(i.benchmark()) && i.benchmark() > 0)) {
                    throw new IllegalArgumentException("benchmark of " + i.code() + " must be positive");
                }
            }
        }
    }

    /** Σ weights, compensated (Kahan) so that many small weights do not drift. */
    public static double weightSum(List<Indicator> indicators) {
        double sum = 0;
        double c = 0;
        for (Indicator i : indicators) {
            double y = i.weight() - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }
}
