package cn.gov.gansu.gaoxin.policy.rules;

/** FIXED; CAPPED (the cap bound the amount); MINIMUM (a floor, 一事一议); TO_BE_DECIDED (no amount set). */
public enum AmountType {
    FIXED, CAPPED, MINIMUM, TO_BE_DECIDED
}
