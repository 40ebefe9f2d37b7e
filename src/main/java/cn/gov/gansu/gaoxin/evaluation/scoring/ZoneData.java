package cn.gov.gansu.gaoxin.evaluation.scoring;

/**
 * One zone's data for a run: {@code values[i]} belongs to the run's i-th indicator (all finite),
 * {@code bonusCounts[b]} to its b-th bonus item; {@code newHighTechEnterprises} is NaN when not
 * given; {@code previous} is null for a zone without a previous evaluation.
 */
public record ZoneData(String zone, double[] values, long[] bonusCounts, double newHighTechEnterprises, Previous previous) {
}
