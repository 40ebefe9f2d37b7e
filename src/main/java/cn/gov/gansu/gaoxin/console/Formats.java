package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How the console writes numbers and dates (UI.md): money in 万元 with two decimals and thousands
 * separators in tables, 元 exact in details, counts with separators, dates yyyy-MM-dd, times in
 * Beijing time; a figure not reported shows as "—", never as 0. Used in templates as {@code @fmt}.
 */
@Component("fmt")
class Formats {

    static final String NONE = "—";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** 元 → 万元, two decimals (half up), thousands separators: 1234567.89 → "123.46". */
    public String wan(BigDecimal yuan) {
        return yuan == null ? NONE : money().format(yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /** A decimal string of 元 (as the registries give it) in 万元. */
    public String wan(String yuan) {
        return yuan == null || yuan.isBlank() ? NONE : wan(new BigDecimal(yuan));
    }

    /** 元 exact, with separators: "4,200,000.00". */
    public String yuan(BigDecimal yuan) {
        if (yuan == null) {
            return NONE;
        }
        return yuan.stripTrailingZeros().scale() > 2 ? yuan.toPlainString() : money().format(yuan.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** A decimal string of 元 (as the engine gives it) exact, with separators. */
    public String yuan(String yuan) {
        return yuan == null || yuan.isBlank() ? NONE : yuan(new BigDecimal(yuan));
    }

    public String count(Number n) {
        return n == null ? NONE : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    public String date(LocalDate d) {
        return d == null ? NONE : DATE.format(d);
    }

    /** An ISO-8601 instant as Beijing time. */
    public String time(String isoInstant) {
        if (isoInstant == null) {
            return NONE;
        }
        try {
            return TIME.format(Instant.parse(isoInstant));
        } catch (RuntimeException unparsable) {
            return isoInstant;
        }
    }

    private static DecimalFormat money() {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setParseBigDecimal(true);
        return f;
    }
}
