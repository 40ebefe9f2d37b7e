package cn.gov.gansu.gaoxin.award;

/**
 * Where an award case stands. A case ends in {@link #APPROVED} (then {@link #PAID}) or
 * {@link #REJECTED}; the two intermediate states say whose turn it is together with the role
 * chain taken from the entitlement.
 */
public enum AwardStatus {
    /** 待确认: an enterprise (or its zone officer on its behalf) confirms the award and the bank account. */
    PENDING_CONFIRMATION("待企业确认"),
    /** 审核中: the role at the current step of the approval chain decides. */
    UNDER_REVIEW("审核中"),
    /** 已批准: the amount is reserved from the payer's budget; published (公示) before payment. */
    APPROVED("已批准"),
    /** 未通过: rejected at some step, declined by the beneficiary, or withdrawn before payment. */
    REJECTED("未通过"),
    /** 已支付. */
    PAID("已支付");

    private final String chineseName;

    AwardStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    boolean terminal() {
        return this == APPROVED || this == REJECTED || this == PAID;
    }
}
