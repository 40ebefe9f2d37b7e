package cn.gov.gansu.gaoxin.policy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine reproduces the shared benchmark's checksum exactly (award-facts.md, seed 42). */
class AwardFactsChecksumTests {

    @Test
    @DisplayName("种子42、十万项事实的校验行与基准文档完全一致")
    void reproducesTheSharedChecksumForSeed42AndOneHundredThousandFacts() {
        AwardFacts.Case[] cases = AwardFacts.generate(42, 100_000);
        assertThat(AwardFacts.assess(AwardFacts.engine(), cases, 0, cases.length).toString())
                .isEqualTo("ELIGIBLE=70222 INELIGIBLE=28171 UNKNOWN=1607 amountSum=85642450255.10 (FIXED=58098 CAPPED=12124)");
    }
}
