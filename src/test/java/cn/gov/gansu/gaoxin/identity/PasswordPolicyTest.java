package cn.gov.gansu.gaoxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({"Abcdefgh12,true", "abcdefgh1!,true", "ABCDEFGH1!,true", "Abcdefghij,false", "abc1!,false",
            "abcdefghijk1,false", "Ab1!Ab1!Ab,true"})
    void requiresTenCharactersOfThreeClasses(String password, boolean acceptable) {
        assertThat(PasswordPolicy.isAcceptable(password)).isEqualTo(acceptable);
    }
}
