package cn.gov.gansu.gaoxin.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 倍增计划, listings and tax incentives (clause 10), and that cached rankings follow every change; on H2
 * and PostgreSQL by the subclasses. Counts are read before and after, since tests share the database.
 */
abstract class GrowthApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    Map<String, Object> target(String zone, int year, String qualification) throws Exception {
        String body = asAdmin(get("/api/zones/{z}/doubling-plan?year={y}", zone, year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> t = JsonPath.read(body, "$.targets[?(@.qualification == '" + qualification + "')]");
        return t.isEmpty() ? null : t.get(0);
    }

    void hnte(String uscc, String date) throws Exception {
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR" + System.nanoTime() % 1_000_000_000_000L + "\",\"date\":\"" + date + "\"}", uscc))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("省厅设定倍增目标；进度由登记簿计算，新认定高企后随之变化；他人不能设定；不合法得400")
    void doublingTargetWithProgressFromTheRegistry() throws Exception {
        asAdmin(put("/api/zones/longxi/doubling-plan", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"baseYear\":2001,\"targetYear\":2005,"
                + "\"targetCount\":1000,\"note\":\"五年倍增\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.qualificationName").value("高新技术企业")).andExpect(jsonPath("$.targetCount").value(1000));
        Map<String, Object> before = target("longxi", 2003, "HIGH_TECH_ENTERPRISE");
        long base = ((Number) before.get("baseCount")).longValue();
        long current = ((Number) before.get("current")).longValue();
        assertThat(before.get("expected")).isEqualTo(0.5);

        String a = enterpriseIn("longxi");
        String b = enterpriseIn("longxi");
        hnte(a, "2003-04-01");
        hnte(b, "2003-09-01");
        Map<String, Object> after = target("longxi", 2003, "HIGH_TECH_ENTERPRISE");
        assertThat(((Number) after.get("current")).longValue()).isEqualTo(current + 2);
        assertThat(((Number) after.get("baseCount")).longValue()).isEqualTo(base);
        assertThat(((Number) after.get("remaining")).longValue()).isEqualTo(1000 - current - 2);
        assertThat((Double) after.get("progress")).isEqualTo(Math.round((current + 2 - base) * 10000.0 / (1000 - base)) / 10000.0);
        assertThat(after.get("onTrack")).isEqualTo(false);

        String officer = zoneOfficer("longxi");
        as(officer, get("/api/zones/longxi/doubling-plan?year=2003")).andExpect(status().isOk());
        as(officer, put("/api/zones/longxi/doubling-plan", "{\"qualification\":\"TECH_SME\",\"baseYear\":2001,\"targetYear\":2005,"
                + "\"targetCount\":10}")).andExpect(status().isForbidden());
        as(zoneOfficer("yumen"), get("/api/zones/longxi/doubling-plan")).andExpect(status().isForbidden());
        asAdmin(put("/api/zones/longxi/doubling-plan", "{\"qualification\":\"TECH_SME\",\"baseYear\":2005,\"targetYear\":2005,"
                + "\"targetCount\":10}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("targetYear")));
        asAdmin(put("/api/zones/longxi/doubling-plan", "{\"qualification\":\"UNICORN_X\",\"baseYear\":2001,\"targetYear\":2005,"
                + "\"targetCount\":10}")).andExpect(status().isBadRequest());
        asAdmin(put("/api/zones/longxi/doubling-plan", "{\"qualification\":\"TECH_SME\",\"baseYear\":2001,\"targetYear\":2005,"
                + "\"targetCount\":0}")).andExpect(status().isBadRequest());
        asAdmin(put("/api/zones/atlantis/doubling-plan", "{\"qualification\":\"TECH_SME\",\"baseYear\":2001,\"targetYear\":2005,"
                + "\"targetCount\":10}")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DOUBLING_TARGET_SET' AND subject_id = 'longxi'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);

        String profile = asAdmin(get("/api/zones/longxi/profile?year=2003")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(profile, "$.clauses[9].items[*].label")).contains("高新技术企业倍增计划");
        asAdmin(MockMvcRequestBuilders.delete("/api/zones/longxi/doubling-plan/HIGH_TECH_ENTERPRISE")).andExpect(status().isNoContent());
        assertThat(target("longxi", 2003, "HIGH_TECH_ENTERPRISE")).isNull();
    }

    @Test
    @DisplayName("上市情况按状态计数（科创板、北交所）；税收优惠只合计已报告的金额，未报告不计为零；金额精确")
    void listingsAndTaxIncentivesPerZone() throws Exception {
        int year = 2004;
        String zone = "minle";
        String before = asAdmin(get("/api/zones/{z}/listings-and-incentives?year={y}", zone, year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int star = JsonPath.<List<Integer>>read(before, "$.listings[?(@.status == 'STAR_MARKET')].count").get(0);
        String starUscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + starUscc + "\",\"name\":\"民乐科创板公司" + starUscc.substring(10)
                + "\",\"zone\":\"" + zone + "\",\"listingStatus\":\"STAR_MARKET\"}")).andExpect(status().isCreated());
        String plain = enterpriseIn(zone);
        asAdmin(put("/api/enterprises/{u}/tax-incentives/{y}", "{\"rdSuperDeductionYuan\":\"1234567.89\",\"hnteTaxReductionYuan\":\"0.10\"}",
                starUscc, year)).andExpect(status().isOk()).andExpect(jsonPath("$.smeTaxRelief").value(nullValue()));
        as(zoneOfficer(zone), put("/api/enterprises/{u}/tax-incentives/{y}", "{\"rdSuperDeductionYuan\":\"0.11\"}", plain, year))
                .andExpect(status().isOk());

        String after = asAdmin(get("/api/zones/{z}/listings-and-incentives?year={y}", zone, year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(after, "$.listings[?(@.status == 'STAR_MARKET')].count").get(0)).isEqualTo(star + 1);
        assertThat(JsonPath.<List<String>>read(after, "$.listings[?(@.status == 'STAR_MARKET')].name").get(0)).isEqualTo("科创板上市");
        List<Map<String, Object>> sums = JsonPath.read(after, "$.incentives");
        Map<String, Object> rd = sums.stream().filter(s -> s.get("incentive").equals("RD_SUPER_DEDUCTION")).findFirst().orElseThrow();
        Map<String, Object> sme = sums.stream().filter(s -> s.get("incentive").equals("SME_TAX_RELIEF")).findFirst().orElseThrow();
        // the year is this test's own: nobody else reports 2004 incentives in minle
        assertThat(rd.get("total")).isEqualTo("1234568.00");
        assertThat(rd.get("reported")).isEqualTo(2);
        assertThat(sme.get("total")).isNull();
        assertThat(sme.get("reported")).isEqualTo(0);
        assertThat(((Number) sme.get("notReported")).longValue()).isEqualTo(((Number) JsonPath.read(after, "$.enterprises")).longValue());

        as(user("ENTERPRISE", "enterprise", plain), get("/api/enterprises/{u}/tax-incentives", plain)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rdSuperDeduction").value("0.11"));
        as(zoneOfficer("yumen"), put("/api/enterprises/{u}/tax-incentives/{y}", "{\"rdSuperDeductionYuan\":\"1.00\"}", plain, year))
                .andExpect(status().isNotFound());
        asAdmin(put("/api/enterprises/{u}/tax-incentives/{y}", "{\"rdSuperDeductionYuan\":\"-1.00\"}", plain, year))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("rdSuperDeductionYuan")));
        asAdmin(put("/api/enterprises/{u}/tax-incentives/{y}", "{\"rdSuperDeductionYuan\":\"abc\"}", plain, year))
                .andExpect(status().isBadRequest());
        asAdmin(put("/api/enterprises/{u}/tax-incentives/{y}", "{}", plain, year)).andExpect(status().isBadRequest());
        asAdmin(put("/api/enterprises/{u}/tax-incentives/{y}", "{\"rdSuperDeductionYuan\":\"1.00\"}", plain, 2999)).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_tax_incentive WHERE uscc = :u").param("u", plain).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'TAX_INCENTIVES_RECORDED' AND subject_id = :u")
                .param("u", plain).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("排名与画像缓存：登记的数据一变（写审计），下一次读取即为新结果")
    void cachedRankingAndProfileFollowEveryChange() throws Exception {
        int year = 2006;
        String first = enterpriseIn("jinchang");
        asAdmin(put("/api/enterprises/{u}/statistics/" + year, InnovationApiContract.json(50_000_000, 30_000_000, 100, 20, 3_000_000), first))
                .andExpect(status().isOk());
        String r1 = asAdmin(get("/api/innovation-points?zone=jinchang&year={y}&size=500", year)).andReturn().getResponse().getContentAsString();
        String p1 = asAdmin(get("/api/zones/jinchang/profile?year={y}", year)).andReturn().getResponse().getContentAsString();
        String again = asAdmin(get("/api/innovation-points?zone=jinchang&year={y}&size=500", year)).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(r1);

        String second = enterpriseIn("jinchang");
        asAdmin(put("/api/enterprises/{u}/statistics/" + year, InnovationApiContract.json(90_000_000, 80_000_000, 300, 90, 9_000_000), second))
                .andExpect(status().isOk());
        String r2 = asAdmin(get("/api/innovation-points?zone=jinchang&year={y}&size=500", year)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(r1, "$.items[*].enterprise")).doesNotContain(second);
        assertThat(JsonPath.<List<String>>read(r2, "$.items[?(@.rank == 1)].enterprise")).containsExactly(second);

        String fund = unique("金昌产业基金");
        asAdmin(post("/api/zones/jinchang/development-records", "{\"year\":" + year + ",\"kind\":\"FINANCE\",\"category\":\"FUND\","
                + "\"name\":\"" + fund + "\",\"amountYuan\":\"100000000.00\"}")).andExpect(status().isCreated());
        String p2 = asAdmin(get("/api/zones/jinchang/profile?year={y}", year)).andReturn().getResponse().getContentAsString();
        assertThat(p1).doesNotContain(fund);
        assertThat(p2).contains(fund);
    }
}
