package cn.gov.gansu.gaoxin.policy.rules;

/** The step of a rule's trace that decided a finding. */
public enum Why {
    /** all conditions met */
    ELIGIBLE,
    /** a needed fact is missing (the finding's detail names it) */
    MISSING_FACT,
    /** the event precedes the policy's effective date */
    BEFORE_EFFECTIVE_DATE,
    /** no version of the policy's effective date (policy.effectiveFrom) is in force on the event date */
    POLICY_NOT_IN_FORCE,
    /** a FIXED or CAPPED line whose amount parameter is not set: no amount, never one the approver types */
    AMOUNT_NOT_SET,
    /** no parameter version of the line is in force on the event date */
    LINE_NOT_IN_FORCE,
    /** the unit is in no zone on the event date (detail says why) */
    OUTSIDE_ZONES,
    /** the fact is of a kind the clause does not reward (detail says which) */
    NOT_COVERED,
    /** re-recognition or transfer-in is not 新认定 */
    NOT_FIRST_RECOGNITION,
    /** the programme is neither 国家科技重大专项 nor 国家重点研发计划 */
    PROGRAMME_NOT_COVERED,
    /** landed funding below the threshold */
    BELOW_THRESHOLD,
    /** the same one-time award is claimed by an earlier fact of the same assessment */
    REPEATS_FACT,
    /** the same one-time award was already granted */
    ALREADY_GRANTED
}
