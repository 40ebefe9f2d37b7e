package cn.gov.gansu.gaoxin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader.NewRow;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleGeneratorTest {

    @Test
    @DisplayName("同一种子生成相同的行，与分块方式无关；换种子则不同")
    void rowsDependOnSeedAndIndexOnly() {
        ScaleGenerator g = new ScaleGenerator(7);
        ScaleGenerator.Chunk whole = g.chunk(0, 2_000, 2025, 10);
        ScaleGenerator.Chunk first = g.chunk(0, 1_000, 2025, 10);
        ScaleGenerator.Chunk second = g.chunk(1_000, 2_000, 2025, 10);
        assertThat(whole.enterprises).isEqualTo(concat(first.enterprises, second.enterprises));
        assertThat(whole.statistics).isEqualTo(concat(first.statistics, second.statistics));
        assertThat(whole.qualifications).isEqualTo(concat(first.qualifications, second.qualifications));
        assertThat(new ScaleGenerator(8).chunk(0, 1_000, 2025, 10).enterprises).isNotEqualTo(first.enterprises);
    }

    @Test
    @DisplayName("规模数据：USCC全部有效且不重复，企业按演示规模分布到各区，统计覆盖10个年度")
    void rowsAreValidAndSpreadLikeTheDemoProvince() {
        ScaleGenerator.Chunk c = new ScaleGenerator(20_240_101L).chunk(0, 20_000, 2025, 10);
        Set<String> seen = new HashSet<>();
        for (NewRow e : c.enterprises) {
            assertThat(Uscc.isValid(e.uscc())).as(e.uscc()).isTrue();
            assertThat(seen.add(e.uscc())).isTrue();
        }
        Map<String, Long> byZone = c.enterprises.stream().collect(Collectors.groupingBy(NewRow::zone, Collectors.counting()));
        assertThat(byZone.get("lanzhou") / 20_000.0).isBetween(0.35, 0.41);
        assertThat(byZone.get("qingcheng") / 20_000.0).isBetween(0.02, 0.04);
        assertThat(c.statistics.stream().map(s -> s.year()).distinct().sorted().toList())
                .containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        long certificates = c.qualifications.stream().filter(q -> q.certificate() != null).count();
        assertThat(c.qualifications.stream().filter(q -> q.certificate() != null).map(q -> q.certificate()).distinct().count())
                .isEqualTo(certificates);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_240_101})
    @DisplayName("生成的组织机构代码校验位符合GB 11714，统一社会信用代码校验位符合GB 32100，不同序号不重复")
    void usccsAreValidAndDistinct(long seed) {
        Random random = new Random(seed);
        Set<Long> indexes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            long index = random.nextInt(2_000_000);
            String uscc = DemoNames.uscc("91", "620100", index);
            assertThat(Uscc.isValid(uscc)).isTrue();
            assertThat(uscc).startsWith("91620100");
            assertThat(DemoNames.organisationCheck(uscc.substring(8, 16))).isEqualTo(uscc.charAt(16));
            indexes.add(index);
            codes.add(uscc);
        }
        assertThat(codes).hasSameSizeAs(indexes);
        // GB 11714's textbook example D2143569-X, and 00000001 → 11 − (1 × 2) mod 11 = 9
        assertThat(DemoNames.organisationCheck("00000001")).isEqualTo('9');
        assertThat(DemoNames.organisationCheck("D2143569")).isEqualTo('X');
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
