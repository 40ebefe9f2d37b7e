package cn.gov.gansu.gaoxin.policy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money as long fen in the hot path; shown as 元 with two decimals and as 万元. */
public final class Fen {

    public static final long NONE = -1;

    private Fen() {
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public static String text(long fen) {
        return yuan(fen).toPlainString();
    }

    /** "30万元" style, stripped of trailing zeros. */
    public static String wan(long fen) {
        return BigDecimal.valueOf(fen, 6).stripTrailingZeros().toPlainString() + "万元";
    }

    public static long of(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /**
     * {@code fen × rate}, rounded half-up to the fen (SPEC reading 2), exact for a rate given as
     * {@code unscaled / 10^scale}; falls back to BigDecimal only when the product could overflow.
     */
    public static long times(long fen, long rateUnscaled, long tenPowScale) {
        long hi = Math.multiplyHigh(fen, rateUnscaled);
        long product = fen * rateUnscaled;
        if (fen >= 0 && rateUnscaled >= 0 && hi == 0 && product >= 0) {
            long q = product / tenPowScale;
            long r = product - q * tenPowScale;
            return r * 2 >= tenPowScale ? q + 1 : q;
        }
        return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(rateUnscaled))
                .divide(BigDecimal.valueOf(tenPowScale), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whether the exact {@code fen × rate} (before rounding) exceeds {@code limitFen}. */
    public static boolean exceeds(long fen, long rateUnscaled, long tenPowScale, long limitFen) {
        long hi = Math.multiplyHigh(fen, rateUnscaled);
        long product = fen * rateUnscaled;
        long limitHi = Math.multiplyHigh(limitFen, tenPowScale);
        long limit = limitFen * tenPowScale;
        if (hi == 0 && limitHi == 0 && product >= 0 && limit >= 0) {
            return product > limit;
        }
        return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(rateUnscaled))
                .compareTo(BigDecimal.valueOf(limitFen).multiply(BigDecimal.valueOf(tenPowScale))) > 0;
    }
}
