package cn.gov.gansu.gaoxin.policy.rules;

/** ELIGIBLE, INELIGIBLE (with a reason) or UNKNOWN (a needed fact is missing; SPEC reading 8). */
public enum Outcome {
    ELIGIBLE, INELIGIBLE, UNKNOWN
}
