package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("金额：精确到分，四舍五入")
class MoneyTest {

    @Test
    void roundsHalfUpToTheFen() {
        assertThat(Money.of("2999999.99").times(new BigDecimal("0.10")).plain()).isEqualTo("300000.00");
        assertThat(Money.of("0.05").times(new BigDecimal("0.1")).plain()).isEqualTo("0.01");
        assertThat(Money.of("0.04").times(new BigDecimal("0.1")).plain()).isEqualTo("0.00");
    }

    @Test
    void parsesContractStringsAndRefusesNonsense() {
        assertThat(Money.parse("200000.00").fen()).isEqualTo(20_000_000L);
        assertThatThrownBy(() -> Money.parse("abc")).isInstanceOf(InvalidInput.class).hasMessageContaining("不是有效的数字");
        assertThatThrownBy(() -> Money.parse("1.001")).isInstanceOf(InvalidInput.class).hasMessageContaining("两位小数");
        assertThatThrownBy(() -> Money.parse("")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void showsWanYuanForTables() {
        assertThat(Money.of("200000.00").inWanYuan()).isEqualTo("20.00");
        assertThat(Money.of("12345.00").inWanYuan()).isEqualTo("1.23");
    }
}
