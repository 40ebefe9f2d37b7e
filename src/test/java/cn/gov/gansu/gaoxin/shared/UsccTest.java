package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("统一社会信用代码（GB 32100-2015）")
class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110108551385082Q"})
    void acceptsTheKnownValidExamples(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(Uscc.of(code).value()).isEqualTo(code);
    }

    @Test
    void explainsAWrongCheckCharacterInChinese() {
        assertThatThrownBy(() -> Uscc.of("91350100M000100Y44"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("校验位错误").hasMessageContaining("应为“3”");
    }

    @Test
    void refusesWrongLengthAndForbiddenLetters() {
        assertThat(Uscc.problemWith("9135010")).contains("应为18位");
        assertThat(Uscc.problemWith("91350100I000100Y43")).contains("第9位");
        assertThat(Uscc.problemWith(null)).contains("不能为空");
    }

    static Stream<String> randomBodies() {
        Random random = new Random(42);
        return IntStream.range(0, 200).mapToObj(i -> {
            StringBuilder b = new StringBuilder("91");
            for (int k = 0; k < 15; k++) {
                b.append(Uscc.ALPHABET.charAt(random.nextInt(31)));
            }
            return b.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("randomBodies")
    void aCompletedBodyIsValidAndEveryOtherCheckCharacterIsNot(String body) {
        String valid = Uscc.withCheckCharacter(body).value();
        assertThat(Uscc.isValid(valid)).isTrue();
        long others = Uscc.ALPHABET.chars().filter(c -> c != valid.charAt(17))
                .filter(c -> Uscc.isValid(body + (char) c)).count();
        assertThat(others).isZero();
    }
}
