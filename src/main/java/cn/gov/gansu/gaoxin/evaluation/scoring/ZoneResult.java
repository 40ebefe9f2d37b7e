package cn.gov.gansu.gaoxin.evaluation.scoring;

import java.util.List;

/**
 * One zone's result. {@code rankInterval} is null without robustness; {@code dropSignificant} is
 * null unless the rank fell since the previous evaluation and robustness was run — then it says
 * whether the previous rank lies outside the interval (a drop inside it is "not significant").
 */
public record ZoneResult(String zone, double score, double bonus, double total, int rank, boolean passed,
        List<Consequence> consequences, int[] rankInterval, Boolean dropSignificant) {

    public ZoneResult {
        consequences = List.copyOf(consequences);
    }
}
