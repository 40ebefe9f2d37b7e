package cn.gov.gansu.gaoxin.policy;

/** Issue 7's rule fixes through the API, on H2. */
class RuleFixApiH2Tests extends RuleFixApiContract {
}
