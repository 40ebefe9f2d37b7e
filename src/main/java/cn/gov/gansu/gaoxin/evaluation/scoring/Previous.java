package cn.gov.gansu.gaoxin.evaluation.scoring;

/**
 * A zone's result in the previous evaluation; each part may be unknown (null), and a rule that
 * needs an unknown part does not fire.
 */
public record Previous(Integer rank, Boolean passed, Double newHighTechEnterprises) {
}
