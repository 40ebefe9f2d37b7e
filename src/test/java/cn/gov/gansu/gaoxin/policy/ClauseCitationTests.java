package cn.gov.gansu.gaoxin.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a rule, a parameter or a scenario lacks its clause, and writes the clause
 * coverage table to {@code docs/clause-coverage.md}.
 */
class ClauseCitationTests {

    static final Set<String> CLAUSES = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(String::valueOf)
            .collect(Collectors.toSet());
    static final String MEASURES = "甘肃省科技厅关于促进高新技术产业开发区高质量发展的若干措施";

    @Test
    @DisplayName("每条规则都写明条款号并引用条款原文")
    void everyRuleCitesItsClauseAndQuotesItsText() throws IOException {
        String measures = bare(new String(getClass().getResourceAsStream("/policy/gansu-2023/measures.zh.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        for (Rule<?> r : PolicyEngine.RULES) {
            assertThat(CLAUSES).as(r.getClass().getName()).contains(r.clause());
            assertThat(r.text()).as(r.getClass().getName()).isNotBlank();
            for (String part : r.text().split("……")) {
                assertThat(measures).as("quoted text of " + r.getClass().getSimpleName()).contains(bare(part));
            }
        }
        for (String part : cn.gov.gansu.gaoxin.policy.clauses.MatchingAward.TEXT.split("……")) {
            assertThat(measures).contains(bare(part));
        }
    }

    /** The text without punctuation, so that full-width and ASCII punctuation compare equal. */
    static String bare(String text) {
        return text.replaceAll("[^\\u4e00-\\u9fa5A-Za-z0-9%]", "");
    }

    @Test
    @DisplayName("每个参数都写明条款号和条款原文，每条奖补项目都有支付方参数")
    void everyParameterHasItsClauseAndEveryLineItsPayer() {
        ParameterCatalogue c = PolicyScenarioTests.baseCatalogue();
        for (ParameterCatalogue.Parameter p : c.parameters()) {
            assertThat(p.clause()).as(p.name()).isNotBlank();
            assertThat(p.text()).as(p.name()).isNotBlank();
            if (!p.name().startsWith("policy.")) {
                AwardLine line = AwardLine.valueOf(p.name().substring(0, p.name().indexOf('.')));
                assertThat(p.clause()).as(p.name() + " 的条款与奖补项目一致").isEqualTo(line.clause());
            }
        }
        for (AwardLine line : AwardLine.values()) {
            assertThat(c.parameter(line.name() + ".payer")).as(line + " payer").isNotNull();
            assertThat(c.parameter(line.name() + ".approvals")).as(line + " approvals").isNotNull();
        }
    }

    @Test
    @DisplayName("每个情景都以句子命名并写明条款号")
    void everyScenarioIsASentenceWithItsClause() {
        List<Map<String, Object>> all = PolicyScenarioTests.scenarios();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        for (Map<String, Object> s : all) {
            assertThat(String.valueOf(s.get("name"))).as("scenario name").matches(".*[\\u4e00-\\u9fa5].*").hasSizeGreaterThan(8);
            String clause = String.valueOf(s.get("clause"));
            assertThat(CLAUSES.contains(clause) || clause.equals("序言")).as("clause of " + s.get("name")).isTrue();
        }
        assertThat(all.stream().map(s -> s.get("name")).distinct().count()).as("unique names").isEqualTo(all.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        return (List<String>) o;
    }
}
