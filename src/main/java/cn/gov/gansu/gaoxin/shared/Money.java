package cn.gov.gansu.gaoxin.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in 元, kept to the fen (0.01 元). Computed amounts are rounded half-up
 * to the fen (SPEC reading 2). Never floating point.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        yuan = yuan.setScale(2, RoundingMode.HALF_UP);
    }

    /** Parses a JSON money string such as {@code "200000.00"}; rejects more than two decimals. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("金额不能为空");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("金额“" + abbreviate(text) + "”不是有效的数字（应为以元为单位的字符串，如 \"200000.00\"）");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("金额“" + abbreviate(text) + "”精确到分，最多两位小数");
        }
        if (value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
            throw new InvalidInput("金额“" + abbreviate(text) + "”超出允许范围");
        }
        return new Money(value);
    }

    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    public long fen() {
        return yuan.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** Multiplies by a rate and rounds half-up to the fen. */
    public Money times(BigDecimal rate) {
        return new Money(yuan.multiply(rate));
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isBelow(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isAbove(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money o) {
        return yuan.compareTo(o.yuan);
    }

    /** The JSON form of the contracts: a string with two decimals. */
    public String plain() {
        return yuan.toPlainString();
    }

    /** 万元 with two decimals, as officials read amounts in tables. */
    public String inWanYuan() {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return plain();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
