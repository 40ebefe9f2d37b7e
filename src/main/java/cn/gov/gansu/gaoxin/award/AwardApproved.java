package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 奖补已批准: the amount is reserved from the payer's budget; payable from {@code payableFrom} (after 公示). */
public record AwardApproved(long awardId, String entitlementId, String beneficiary, String line, BigDecimal amountYuan,
        String payer, int payableYear, LocalDate approvedOn, LocalDate payableFrom) {
}
