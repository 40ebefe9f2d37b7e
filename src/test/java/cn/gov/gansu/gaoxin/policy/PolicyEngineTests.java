package cn.gov.gansu.gaoxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import cn.gov.gansu.gaoxin.policy.engine.CompiledPolicy;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine's pieces: exact money, dated parameters and replay, single-fact assessment. */
class PolicyEngineTests {

    static final String U = "91620100MA71A0001T";
    static final Instant ENTERED = Instant.parse("2023-01-01T00:00:00Z");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026})
    @DisplayName("长整型分的乘法与 BigDecimal 四舍五入到分的结果完全一致")
    void fenTimesRateRoundsHalfUpExactlyLikeBigDecimal(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            long fen = (long) (r.nextDouble() * 5_000_000_001L);
            int scale = r.nextInt(6);
            long unscaled = r.nextInt(1_000_000);
            long divisor = BigDecimal.TEN.pow(scale).longValueExact();
            BigDecimal expected = BigDecimal.valueOf(fen, 2).multiply(BigDecimal.valueOf(unscaled, scale)).setScale(2, RoundingMode.HALF_UP);
            assertThat(Fen.times(fen, unscaled, divisor)).as(fen + " × " + unscaled + "/" + divisor).isEqualTo(Fen.of(expected));
            long limit = (long) (r.nextDouble() * 1_000_000_000L);
            assertThat(Fen.exceeds(fen, unscaled, divisor, limit))
                    .isEqualTo(BigDecimal.valueOf(fen, 2).multiply(BigDecimal.valueOf(unscaled, scale)).compareTo(BigDecimal.valueOf(limit, 2)) > 0);
        }
    }

    @Test
    @DisplayName("半分向上舍入：0.005元进为0.01元")
    void halfAFenRoundsUp() {
        assertThat(Fen.times(5, 1, 10)).isEqualTo(1);
        assertThat(Fen.times(4, 1, 10)).isEqualTo(0);
    }

    @Test
    @DisplayName("按录入时间重放：新版本录入前的结果保持不变")
    void resultsReplayAsKnownAtAnInstant() {
        ParameterCatalogue base = PolicyScenarioTests.baseCatalogue();
        Instant later = Instant.parse("2026-06-01T00:00:00Z");
        ParameterCatalogue amended = base.with("NEW_HIGH_TECH_ENTERPRISE.amountYuan",
                new ParameterCatalogue.Version(LocalDate.of(2026, 1, 1), null, later, "t", "300000.00", "提高"));
        Fact fact = new Fact.QualificationRecognised("f", U, "lanzhou", Fact.Qualification.HIGH_TECH_ENTERPRISE,
                Fact.Recognition.FIRST, LocalDate.of(2026, 3, 1));
        ZoneStanding in = ZoneStanding.in("lanzhou", "lanzhou", "lanzhou-city");
        Finding before = new PolicyEngine(new CompiledPolicy(amended, later.minusSeconds(1))).assessOne(fact, in, null);
        Finding after = new PolicyEngine(new CompiledPolicy(amended, later)).assessOne(fact, in, null);
        assertThat(before.amountFen()).isEqualTo(20_000_000L);
        assertThat(after.amountFen()).isEqualTo(30_000_000L);
        assertThat(new CompiledPolicy(amended, later).version()).isEqualTo("gansu-2023@" + later);
        assertThat(new CompiledPolicy(amended, later.minusSeconds(1)).version()).isEqualTo("gansu-2023@" + ENTERED);
    }

    @Test
    @DisplayName("参数有效期截止日当天仍适用（含截止日）")
    void validToIsInclusive() {
        ParameterCatalogue c = PolicyScenarioTests.baseCatalogue().with("NATIONAL_PROJECT.capYuan",
                new ParameterCatalogue.Version(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Instant.parse("2024-01-01T00:00:00Z"),
                        "t", "1000000.00", null));
        CompiledPolicy p = new CompiledPolicy(c, Instant.now());
        assertThat(p.terms(AwardLine.NATIONAL_PROJECT, LocalDate.of(2024, 12, 31)).capFen()).isEqualTo(100_000_000L);
        assertThat(p.terms(AwardLine.NATIONAL_PROJECT, LocalDate.of(2025, 1, 1)).capFen()).isEqualTo(300_000_000L);
        assertThat(p.terms(AwardLine.NATIONAL_PROJECT, LocalDate.of(2022, 12, 31))).isNull();
    }

    @Test
    @DisplayName("缺少条款号的参数无法加载")
    void aParameterWithoutItsClauseDoesNotLoad() {
        String yaml = "document: t\ntitle: t\nparameters:\n  - name: NATIONAL_PROJECT.rate\n    text: x\n    versions:\n"
                + "      - {validFrom: \"2023-01-01\", enteredAt: \"2023-01-01T00:00:00Z\", value: \"0.1\"}\n";
        assertThatThrownBy(() -> ParameterCatalogue.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("条款");
    }

    @Test
    @DisplayName("状态类事实没有结论；已发放的同一奖励不再给予")
    void statusFactsGetNoFindingAndAGrantedAwardIsNotRepeated() {
        PolicyEngine engine = new PolicyEngine(new CompiledPolicy(PolicyScenarioTests.baseCatalogue(), Instant.now()));
        assertThat(engine.assessOne(new Fact.ZoneRevoked("r", "minle", LocalDate.of(2024, 1, 1)), null, null)).isNull();
        Fact intro = new Fact.EnterpriseIntroduced("i", U, "jinchang", Fact.Category.UNICORN, LocalDate.of(2024, 3, 1));
        ZoneStanding in = ZoneStanding.in("jinchang", "jinchang", "jinchang-city");
        Finding f = engine.assessOne(intro, in, null);
        assertThat(f.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(f.amountType()).isEqualTo(AmountType.FIXED);
        assertThat(f.priorityForProvincialPlans()).isTrue();
        assertThat(engine.assessOne(intro, in, "2023年已发放").outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    @DisplayName("同一批事实：第二次一次性奖励指明所重复的事实")
    void aSecondOneTimeAwardNamesTheFactItRepeats() {
        PolicyEngine engine = new PolicyEngine(new CompiledPolicy(PolicyScenarioTests.baseCatalogue(), Instant.now()));
        var a = engine.assess(List.of(
                new Fact.QualificationRecognised("a", U, "lanzhou", Fact.Qualification.HIGH_TECH_ENTERPRISE, Fact.Recognition.FIRST,
                        LocalDate.of(2024, 1, 1)),
                new Fact.QualificationRecognised("b", U, "baiyin", Fact.Qualification.HIGH_TECH_ENTERPRISE, Fact.Recognition.FIRST,
                        LocalDate.of(2024, 2, 1))), ReferenceZones.INSTANCE);
        assertThat(a.findings().get(1).reason()).contains("“a”").contains("一次性");
    }
}
