package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 奖补已支付: the one payment of an award was recorded. */
public record AwardPaid(long awardId, long paymentId, String beneficiary, String line, BigDecimal amountYuan, String payer,
        int payableYear, LocalDate paidOn) {
}
