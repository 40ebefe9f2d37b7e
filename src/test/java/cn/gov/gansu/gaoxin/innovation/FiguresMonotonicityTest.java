package cn.gov.gansu.gaoxin.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.innovation.scoring.PointsCatalogue;
import cn.gov.gansu.gaoxin.innovation.scoring.PointsScorer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's property on what an enterprise reports: one whose every figure of the year (revenue,
 * high-tech revenue, employees, R&D staff, R&D expense) and every registry count is at least
 * another's never has fewer points — seeded random cohorts through the real catalogue and the real
 * figures-to-indicators mapping.
 */
class FiguresMonotonicityTest {

    static final PointsCatalogue CATALOGUE = PointsCatalogue.forYear(PointsCatalogue.load("classpath*:innovation/points-*.yaml"), 2025);

    static RegistryCohort.Member member(String id, long revenue, long highTech, int employees, int rdStaff, long rd, int quals,
            int projects) {
        AnnualStatistics s = new AnnualStatistics(id, 2025, BigDecimal.valueOf(revenue), BigDecimal.valueOf(highTech), employees,
                rdStaff, BigDecimal.valueOf(rd), null, null);
        return new RegistryCohort.Member("lanzhou", id, false, s, null, Map.of(), Set.of(), Set.of(), quals, projects);
    }

    @ParameterizedTest(name = "种子 {0}")
    @ValueSource(longs = {3, 5, 8, 13, 21, 34})
    @DisplayName("每项报送数据与登记计数都不低于另一家的企业，积分绝不更低")
    void atLeastAsGoodOnEveryFigureNeverFewerPoints(long seed) {
        Random r = new Random(seed);
        List<RegistryCohort.Member> cohort = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (int n = 0; n < 10 + r.nextInt(30); n++) {
            long revenue = 1_000_000L * (1 + r.nextInt(50));
            long highTech = revenue * r.nextInt(11) / 10;
            int employees = 10 + r.nextInt(300);
            int rdStaff = r.nextInt(employees / 2 + 1);
            long rd = revenue * r.nextInt(10) / 100;
            int quals = r.nextInt(3);
            int projects = r.nextInt(2);
            cohort.add(member("B" + n, revenue, highTech, employees, rdStaff, rd, quals, projects));
            long wRevenue = r.nextBoolean() ? revenue : revenue - r.nextInt((int) (revenue / 2));
            cohort.add(member("W" + n, wRevenue, Math.min(wRevenue, r.nextBoolean() ? highTech : highTech / 3),
                    employees - r.nextInt(5), Math.max(0, rdStaff - r.nextInt(3)), r.nextBoolean() ? rd : rd / 2,
                    Math.max(0, quals - r.nextInt(2)), projects));
            pairs.add(new String[] {"B" + n, "W" + n});
        }
        Map<String, PointsScorer.Scored> scored = PointsScorer.score(CATALOGUE,
                cohort.stream().map(m -> RegistryCohort.subject(CATALOGUE, m)).toList()).stream()
                .collect(Collectors.toMap(PointsScorer.Scored::id, Function.identity()));
        for (String[] p : pairs) {
            assertThat(scored.get(p[0]).points()).as("%s ≥ %s", p[0], p[1]).isNotNull()
                    .isGreaterThanOrEqualTo(scored.get(p[1]).points());
        }
    }
}
