package cn.gov.gansu.gaoxin.evaluation.scoring;

/** Whether more of an indicator is better (all of the Gansu default set) or less. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
