package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How funds shows amounts: the JSON string of the contracts and the Chinese text of messages. */
final class Money {

    private Money() {
    }

    static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /** "200000.00", or null when unknown. */
    static String json(BigDecimal v) {
        return v == null ? null : scale(v).toPlainString();
    }

    /** "200,000.00元" in messages. */
    static String yuan(BigDecimal v) {
        return v == null ? "未知" : String.format("%,.2f元", scale(v));
    }

    /** Parses a caller's amount: exact, to the fen, greater than zero. */
    static BigDecimal positive(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("字段“" + field + "”：金额不能为空");
        }
        BigDecimal v;
        try {
            v = cn.gov.gansu.gaoxin.shared.Money.parse(text).yuan();
        } catch (cn.gov.gansu.gaoxin.shared.InvalidInput e) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("字段“" + field + "”：" + e.getMessage());
        }
        if (v.signum() <= 0) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("字段“" + field + "”：金额须大于0");
        }
        return v;
    }
}
