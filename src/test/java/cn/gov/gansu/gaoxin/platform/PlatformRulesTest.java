package cn.gov.gansu.gaoxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformRulesTest {

    @ParameterizedTest(name = "孵化器服务 {0}，主导产业 {1} → {2}")
    @CsvSource({"27, 27, true", "2761, 27, true", "27, 2730;2740, true", "32, 3216;3252, true", "3841, 32, false",
            "13;14, 27, false", "65, 3841;3849, false", "C, C, true"})
    void anIndustryServesAnotherWhenOneCodeContainsTheOther(String mine, String theirs, boolean serves) {
        Platform.Industry industry = new Platform.Industry("x", List.of(mine.split(";")));
        assertThat(industry.serves(List.of(theirs.split(";")))).isEqualTo(serves);
    }

    @Test
    @DisplayName("省级以上科技创新基地只能是国家级或省级")
    void anInnovationPlatformIsProvincialOrHigher() {
        for (PlatformLevel level : PlatformLevel.values()) {
            assertThat(PlatformKind.INNOVATION_PLATFORM.allows(level)).isEqualTo(level.provincialOrHigher());
            assertThat(PlatformKind.MAKER_SPACE.allows(level)).isTrue();
        }
    }

    @Test
    void checksNormaliseCodesAndRefuseAnIndustryWithoutName() {
        var ok = PlatformManagement.check(new PlatformManagement.NewPlatform("INCUBATOR", "CITY", " 某孵化器 ", "lanzhou",
                " 91350100m000100y43 ", new PlatformManagement.IndustryServed("生物医药", List.of(" 27", "27", "2761")),
                LocalDate.of(2020, 1, 1), null));
        assertThat(ok.name()).isEqualTo("某孵化器");
        assertThat(ok.operator()).isEqualTo("91350100M000100Y43");
        assertThat(ok.industryCodes()).containsExactly("27", "2761");
        assertThatThrownBy(() -> PlatformManagement.check(new PlatformManagement.NewPlatform("MAKER_SPACE", "CITY", "x", "lanzhou",
                null, new PlatformManagement.IndustryServed(null, List.of("27")), LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("industry.name");
    }
}
