package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;
import java.time.Period;

/**
 * The enterprise ladder of clause 10 and its neighbours. Validity follows the recognising
 * authorities' rules (高企证书有效期三年；科技型中小企业评价入库当年有效，按一年计；专精特新三年).
 */
public enum QualificationType {
    TECH_SME("科技型中小企业", Period.ofYears(1)),
    PROVINCIAL_INNOVATIVE_ENTERPRISE("省级科技创新型企业", null),
    HIGH_TECH_ENTERPRISE("高新技术企业", Period.ofYears(3)),
    SPECIALISED_SME("专精特新中小企业", Period.ofYears(3)),
    TECH_LEADER("科技领军企业", null);

    private final String chineseName;
    private final Period validity;

    QualificationType(String chineseName, Period validity) {
        this.chineseName = chineseName;
        this.validity = validity;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The last day of validity of a recognition on {@code recognisedOn}, or null when it does not expire. */
    public LocalDate validUntil(LocalDate recognisedOn) {
        return validity == null ? null : recognisedOn.plus(validity).minusDays(1);
    }
}
