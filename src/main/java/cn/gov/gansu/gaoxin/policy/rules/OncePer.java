package cn.gov.gansu.gaoxin.policy.rules;

/**
 * What "once" means for a line (SPEC reading 4): 一次性 = once per beneficiary and line, ever;
 * clause 5 pays per project (课题); clause 20 rewards once per evaluation year.
 */
public enum OncePer {
    BENEFICIARY, PROJECT, YEAR
}
