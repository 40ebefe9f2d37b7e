package cn.gov.gansu.gaoxin.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 企业创新积分 (contracts §14) and 梯次培育 over HTTP; on H2 and PostgreSQL by the subclasses. Each test
 * uses a statistics year of its own, so the only scored enterprises of that year are its own.
 */
abstract class InnovationApiContract extends IntegrationTest {

    void figures(String uscc, int year, String json) throws Exception {
        asAdmin(put("/api/enterprises/{u}/statistics/" + year, json, uscc)).andExpect(status().isOk());
    }

    static String json(long revenue, long highTech, int employees, int rdStaff, long rd) {
        return "{\"revenue\":" + revenue + ",\"highTechRevenue\":" + highTech + ",\"employees\":" + employees + ",\"rdStaff\":"
                + rdStaff + ",\"rdExpense\":" + rd + "}";
    }

    Map<String, Object> ranking(String zone, int year) throws Exception {
        String body = asAdmin(get("/api/innovation-points?zone={z}&year={y}&page=0&size=500", zone, year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> byUscc = new LinkedHashMap<>();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        for (Map<String, Object> i : items) {
            byUscc.put((String) i.get("enterprise"), i);
        }
        return byUscc;
    }

    @Test
    @DisplayName("高新区排名按积分从高到低；缺少当年数据的企业积分为空、列出缺失指标、排在最后")
    void ranksBestFirstAndGivesNullPointsWhereFiguresAreMissing() throws Exception {
        int year = 2005;
        String strong = enterpriseIn("qingcheng");
        String middle = enterpriseIn("qingcheng");
        String weak = enterpriseIn("qingcheng");
        String partial = enterpriseIn("qingcheng");
        String none = enterpriseIn("qingcheng");
        figures(strong, year, json(90_000_000, 80_000_000, 300, 90, 9_000_000));
        figures(middle, year, json(60_000_000, 30_000_000, 200, 30, 2_000_000));
        figures(weak, year, json(10_000_000, 1_000_000, 100, 5, 100_000));
        figures(partial, year, "{\"revenue\":5000000,\"highTechRevenue\":1000000,\"employees\":40,\"rdStaff\":4}");

        String body = asAdmin(get("/api/innovation-points?zone=qingcheng&year={y}&page=0&size=3", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.items[*].enterprise")).containsExactly(strong, middle, weak);
        assertThat((List<Integer>) JsonPath.read(body, "$.items[*].rank")).containsExactly(1, 2, 3);
        List<Double> points = JsonPath.read(body, "$.items[*].points");
        assertThat(points.get(0)).isGreaterThan(points.get(1));
        assertThat(points.get(1)).isGreaterThan(points.get(2));
        assertThat((Integer) JsonPath.read(body, "$.total")).isGreaterThanOrEqualTo(5);

        Map<String, Object> all = ranking("qingcheng", year);
        List<String> order = new ArrayList<>(all.keySet());
        assertThat(order.indexOf(partial)).isGreaterThan(order.indexOf(weak));
        asAdmin(get("/api/enterprises/{u}/innovation-points?year={y}", partial, year)).andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise").value(partial))
                .andExpect(jsonPath("$.points").value(nullValue()))
                .andExpect(jsonPath("$.rank").value(nullValue()))
                .andExpect(jsonPath("$.missing", hasItems("RD_EXPENSE")))
                .andExpect(jsonPath("$.missing.length()").value(1))
                .andExpect(jsonPath("$.breakdown.length()").value(13));
        asAdmin(get("/api/enterprises/{u}/innovation-points?year={y}", none, year)).andExpect(status().isOk())
                .andExpect(jsonPath("$.points").value(nullValue()))
                .andExpect(jsonPath("$.missing", hasItems("RD_EXPENSE", "RD_STAFF", "HIGH_TECH_REVENUE", "REVENUE", "EMPLOYEES")));

        String detail = asAdmin(get("/api/enterprises/{u}/innovation-points?year={y}", strong, year)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rank").value(1)).andExpect(jsonPath("$.missing.length()").value(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(detail, "$.points")).doubleValue()).isEqualTo(points.get(0));
        List<Map<String, Object>> breakdown = JsonPath.read(detail, "$.breakdown");
        assertThat(breakdown).extracting(b -> b.get("indicator")).contains("RD_EXPENSE", "RD_INTENSITY", "RD_STAFF_SHARE",
                "REVENUE_GROWTH", "QUALIFICATIONS", "NATIONAL_PROJECTS", "REVENUE", "EMPLOYEES");
        double sum = breakdown.stream().filter(b -> b.get("points") != null).mapToDouble(b -> ((Number) b.get("points")).doubleValue()).sum();
        assertThat(sum).isCloseTo(points.get(0), org.assertj.core.data.Offset.offset(0.1));
    }

    @ParameterizedTest(name = "种子 {0}，年度 {1}")
    @CsvSource({"7, 2006", "11, 2007"})
    @DisplayName("报送的每项数据都不低于另一家的企业，积分绝不更低（经API，带种子的随机群体）")
    void anEnterpriseAtLeastAsGoodOnEveryFigureNeverHasFewerPoints(long seed, int year) throws Exception {
        Random r = new Random(seed);
        Map<String, long[]> cohort = new HashMap<>();
        for (int n = 0; n < 4; n++) {
            long revenue = 10_000_000L * (1 + r.nextInt(9));
            long[] f = {revenue, revenue * r.nextInt(10) / 10, 50 + r.nextInt(200), r.nextInt(40), revenue * r.nextInt(8) / 100};
            String u = enterpriseIn("longxi");
            figures(u, year, json(f[0], f[1], (int) f[2], (int) f[3], f[4]));
            cohort.put(u, f);
        }
        // a dominated copy of each of the first two: every reported figure at most the original's, each lowered or not at random
        List<String[]> pairs = new ArrayList<>();
        for (String better : new ArrayList<>(cohort.keySet()).subList(0, 2)) {
            long[] f = cohort.get(better);
            long revenue = r.nextBoolean() ? f[0] : f[0] - r.nextInt(5_000_000);
            long highTech = Math.min(revenue, r.nextBoolean() ? f[1] : f[1] / 2);
            long[] w = {revenue, highTech, r.nextBoolean() ? f[2] : f[2] - r.nextInt(40),
                    Math.max(0, f[3] - r.nextInt(3)), r.nextBoolean() ? f[4] : f[4] / 2};
            String worse = enterpriseIn("longxi");
            figures(worse, year, json(w[0], w[1], (int) w[2], (int) w[3], w[4]));
            pairs.add(new String[] {better, worse});
        }
        Map<String, Object> ranking = ranking("longxi", year);
        for (String[] p : pairs) {
            Number a = (Number) ((Map<?, ?>) ranking.get(p[0])).get("points");
            Number b = (Number) ((Map<?, ?>) ranking.get(p[1])).get("points");
            assertThat(a.doubleValue()).as("%s ≥ %s", p[0], p[1]).isGreaterThanOrEqualTo(b.doubleValue());
        }
    }

    @Test
    @DisplayName("数据范围之外：他区管委会读排名得403、读企业积分得404；未知高新区404；无效代码400；企业只读自己")
    void answersOnlyWithinScope() throws Exception {
        String uscc = enterpriseIn("qingcheng");
        String officer = zoneOfficer("jiayuguan");
        as(officer, get("/api/innovation-points?zone=qingcheng&year=2005")).andExpect(status().isForbidden());
        as(officer, get("/api/enterprises/{u}/innovation-points?year=2005", uscc)).andExpect(status().isNotFound());
        as(officer, get("/api/zones/qingcheng/ladder?year=2005")).andExpect(status().isForbidden());
        as(officer, get("/api/enterprises/{u}/hnte-readiness?year=2005", uscc)).andExpect(status().isNotFound());
        as(officer, get("/api/innovation-points?zone=jiayuguan&year=2005")).andExpect(status().isOk());
        as(officer, get("/api/innovation-points?year=2005")).andExpect(status().isOk()).andExpect(jsonPath("$.zone").value("jiayuguan"));
        asAdmin(get("/api/innovation-points?year=2005")).andExpect(status().isBadRequest());
        asAdmin(get("/api/innovation-points?zone=atlantis&year=2005")).andExpect(status().isNotFound());
        asAdmin(get("/api/innovation-points?zone=qingcheng&year=1800")).andExpect(status().isBadRequest());
        asAdmin(get("/api/enterprises/NOT-A-USCC/innovation-points?year=2005")).andExpect(status().isBadRequest());
        String self = user("ENTERPRISE", "enterprise", uscc);
        as(self, get("/api/enterprises/{u}/innovation-points?year=2005", uscc)).andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise").value(uscc));
        as(self, get("/api/innovation-points?zone=qingcheng&year=2005")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("梯次培育：上年末的科技型中小企业本年认定为省级科技创新型企业计入流转与转化率；高企条件对照列出尚缺与缺失")
    void laddersFlowsAndHnteReadiness() throws Exception {
        String climber = enterpriseIn("minle");
        String unknown = enterpriseIn("minle");
        String lacking = enterpriseIn("minle");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"TECH_SME\",\"recognition\":\"FIRST\",\"date\":\"2008-03-01\"}",
                climber)).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/qualifications",
                "{\"qualification\":\"PROVINCIAL_INNOVATIVE_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2009-04-01\"}", climber))
                .andExpect(status().isCreated());
        figures(climber, 2009, json(50_000_000, 30_000_000, 100, 10, 2_500_000));
        figures(unknown, 2009, "{\"revenue\":50000000,\"highTechRevenue\":40000000,\"rdExpense\":3000000}");
        figures(lacking, 2009, json(50_000_000, 29_999_999, 100, 10, 2_499_999));

        String ladder = asAdmin(get("/api/zones/minle/ladder?year=2009")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(ladder, "$.rungs[*].name"))
                .containsExactly("科技型中小企业", "省级科技创新型企业", "高新技术企业", "科技领军企业");
        assertThat((Integer) JsonPath.read(ladder, "$.rungs[1].recognisedInYear")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) JsonPath.read(ladder, "$.flows[0].movedUp")).isGreaterThanOrEqualTo(1);
        assertThat(((Number) JsonPath.read(ladder, "$.flows[0].rate")).doubleValue()).isGreaterThan(0);
        assertThat((Object) JsonPath.read(ladder, "$.flows[2].rate")).isNull();

        asAdmin(get("/api/enterprises/{u}/hnte-readiness?year=2009", climber)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(true)).andExpect(jsonPath("$.lacks.length()").value(0));
        asAdmin(get("/api/enterprises/{u}/hnte-readiness?year=2009", unknown)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(nullValue()))
                .andExpect(jsonPath("$.missing[0]").value("科技人员占职工总数比例"));
        asAdmin(get("/api/enterprises/{u}/hnte-readiness?year=2009", lacking)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.lacks", hasItems("研发费用占营业收入比例", "高新技术产品（服务）收入占比")));
        String candidates = asAdmin(get("/api/zones/minle/hnte-candidates?year=2009&size=500")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> order = JsonPath.read(candidates, "$.items[*].enterprise");
        assertThat(order).contains(climber, unknown, lacking);
        assertThat(order.indexOf(climber)).isLessThan(order.indexOf(unknown));
        assertThat(order.indexOf(unknown)).isLessThan(order.indexOf(lacking));
    }
}
