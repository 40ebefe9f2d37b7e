package cn.gov.gansu.gaoxin.evaluation.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * 第20条 开展评价考核 — the whole scoring of contracts §4 as one pure function: indicator scores,
 * weighted score, capped bonus, total, competition rank, pass, consequences and (optionally) rank
 * intervals. Used by the preview and by stored evaluations alike. Results come highest total first
 * (ties in input order).
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static List<ZoneResult> evaluate(ScoringInput in) {
        int n = in.zones().size();
        int k = in.indicators().size();
        double[] scores = IndicatorScores.matrix(in);
        double[] weights = new double[k];
        for (int j = 0; j < k; j++) {
            weights[j] = in.indicators().get(j).weight();
        }
        double[] score = new double[n];
        double[] bonus = new double[n];
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += weights[j] * scores[i * k + j];
            }
            score[i] = s;
            bonus[i] = bonus(in, in.zones().get(i));
            total[i] = s + bonus[i];
        }
        int[] rank = Ranking.ranks(total);
        int[][] intervals = in.robustness() == null ? null
                : Robustness.rankIntervals(scores, n, k, weights, bonus, in.robustness());
        List<ZoneResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ZoneData z = in.zones().get(i);
            boolean passed = passed(total[i], in.passMark());
            List<Consequence> consequences = consequences(in, z, rank[i], passed);
            int[] interval = intervals == null ? null : intervals[i];
            Boolean significant = null;
            if (interval != null && z.previous() != null && z.previous().rank() != null && rank[i] > z.previous().rank()) {
                significant = z.previous().rank() < interval[0];
            }
            results.add(new ZoneResult(z.zone(), score[i], bonus[i], total[i], rank[i], passed, consequences, interval,
                    significant));
        }
        results.sort(Comparator.comparingInt(ZoneResult::rank));
        return results;
    }

    /** passed = total ≥ passMark, with totals within the tolerance of the mark counting as reaching it. */
    static boolean passed(double total, double passMark) {
        return total + ScoringInput.TOLERANCE >= passMark;
    }

    /** min(Σ count × points, bonusCap). */
    static double bonus(ScoringInput in, ZoneData z) {
        double sum = 0;
        for (int b = 0; b < in.bonusPoints().length; b++) {
            sum += z.bonusCounts()[b] * in.bonusPoints()[b];
        }
        return Math.min(sum, in.bonusCap());
    }

    static List<Consequence> consequences(ScoringInput in, ZoneData z, int rank, boolean passed) {
        EnumSet<Consequence> out = EnumSet.noneOf(Consequence.class);
        if (in.rewardTopN() >= 0 && rank <= in.rewardTopN() && passed) {
            out.add(Consequence.REWARD);
        }
        Previous p = z.previous();
        if (p != null) {
            if (p.newHighTechEnterprises() != null && !Double.isNaN(z.newHighTechEnterprises())
                    && z.newHighTechEnterprises() > p.newHighTechEnterprises()) {
                out.add(Consequence.PRAISE);
            }
            if (in.bigDropPlaces() >= 0 && p.rank() != null && rank - p.rank() >= in.bigDropPlaces()) {
                out.add(Consequence.PUBLIC_NOTICE_AND_SUMMONS);
            }
            if (!passed && Boolean.FALSE.equals(p.passed())) {
                out.add(Consequence.REVOCATION_PROPOSAL);
            }
        }
        return List.copyOf(out);
    }
}
