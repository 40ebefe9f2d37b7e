package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An award as funds keeps it, from award's events: approved (reserved), paid, or released (withdrawn
 * before payment). {@code reported} counts the uses reported and not returned; {@code recoveryClaimed}
 * the recoveries decided; neither ever exceeds {@code paidAmount}.
 */
public record PaidAward(long awardId, String beneficiary, String beneficiaryKind, String zone, String line, String payer,
        int payableYear, BigDecimal approvedAmount, String status, BigDecimal paidAmount, LocalDate paidOn,
        BigDecimal reported, BigDecimal recoveryClaimed, LocalDate remindedOn) {

    public static final String APPROVED = "APPROVED";
    public static final String PAID = "PAID";
    public static final String RELEASED = "RELEASED";

    public boolean enterpriseAward() {
        return "ENTERPRISE".equals(beneficiaryKind);
    }

    public boolean paid() {
        return PAID.equals(status);
    }

    /** 状态 in Chinese. */
    public String statusName() {
        return switch (status) {
            case PAID -> "已拨付";
            case APPROVED -> "已批准待拨付";
            case RELEASED -> "已撤回";
            default -> "未批准";
        };
    }
}
