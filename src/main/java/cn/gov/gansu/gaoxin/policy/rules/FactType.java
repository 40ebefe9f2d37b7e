package cn.gov.gansu.gaoxin.policy.rules;

/** The fact types of contracts §3, plus the published evaluation reward of clause 20. */
public enum FactType {
    ZONE_RECOGNISED, ZONE_APPROVED_NATIONAL, NATIONAL_PROJECT_WON, QUALIFICATION_RECOGNISED, ENTERPRISE_INTRODUCED,
    ZONE_REVOKED, ENCLAVE_PARK, AWARD_ALREADY_GRANTED, EVALUATION_REWARDED;

    /** Zone-status facts that are themselves no award: they get no finding. */
    public boolean describesOnly() {
        return this == ZONE_REVOKED || this == ENCLAVE_PARK || this == AWARD_ALREADY_GRANTED;
    }

    public static FactType parse(String name) {
        for (FactType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
