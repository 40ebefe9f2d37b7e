package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatsTest {

    final Formats fmt = new Formats();

    @ParameterizedTest(name = "{0} 元 = {1} 万元")
    @CsvSource(delimiter = '|', value = {
            "123456789.00|12,345.68",
            "4200000.00|420.00",
            "50.00|0.01",
            "49.99|0.00",
            "0|0.00",
            "10000000000.00|1,000,000.00",
            "-15000.00|-1.50"})
    @DisplayName("元换算为万元：两位小数、四舍五入、千分位")
    void writesYuanAsWanWithTwoDecimalsAndSeparators(String yuan, String wan) {
        assertThat(fmt.wan(new BigDecimal(yuan))).isEqualTo(wan);
        assertThat(fmt.wan(yuan)).isEqualTo(wan);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 20261128})
    @DisplayName("任意金额的万元写法读回后与精确换算一致")
    void wanIsTheExactQuotientRoundedHalfUp(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            BigDecimal yuan = BigDecimal.valueOf(random.nextLong(0, 100_000_000_000_00L), 2);
            BigDecimal back = new BigDecimal(fmt.wan(yuan).replace(",", ""));
            assertThat(back).isEqualByComparingTo(yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
            assertThat(fmt.yuan(yuan).replace(",", "")).isEqualTo(yuan.toPlainString());
        }
    }

    @Test
    @DisplayName("未报送的数字显示为“—”而不是0；日期为yyyy-MM-dd，时间为北京时间")
    void unreportedFiguresShowADashAndDatesAreIso() {
        assertThat(fmt.wan((BigDecimal) null)).isEqualTo("—");
        assertThat(fmt.count(null)).isEqualTo("—");
        assertThat(fmt.count(1234567)).isEqualTo("1,234,567");
        assertThat(fmt.date(LocalDate.of(2025, 11, 3))).isEqualTo("2025-11-03");
        assertThat(fmt.time("2025-11-03T02:30:00Z")).isEqualTo("2025-11-03 10:30");
    }
}
