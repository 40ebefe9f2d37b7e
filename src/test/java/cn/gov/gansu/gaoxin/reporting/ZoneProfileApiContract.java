package cn.gov.gansu.gaoxin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 高新区年度画像 (contracts §13) over HTTP; on H2 and PostgreSQL by the subclasses. */
abstract class ZoneProfileApiContract extends IntegrationTest {

    static final Set<String> CODES = Set.of("lanzhou", "baiyin", "jiayuguan", "jinchang", "zhangye", "pingliang", "dingxi",
            "minle", "yumen", "longxi", "qingcheng", "PROVINCIAL", "NATIONAL", "NATIONAL_CANDIDATE", "REVOKED",
            "HIGH_TECH_ENTERPRISE", "TECH_SME", "PROVINCIAL_INNOVATIVE_ENTERPRISE", "KEY_RD", "INCUBATOR", "PAID");

    List<Map<String, Object>> clauses(String body) {
        return JsonPath.read(body, "$.clauses");
    }

    @Test
    @DisplayName("画像按顺序列出全部21条，标题取自政策条款表")
    void listsAllTwentyOneClausesInOrder() throws Exception {
        String body = asAdmin(get("/api/zones/jiayuguan/profile?year=2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("jiayuguan")).andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.clauses[0].title").value("推动创建国家高新区"))
                .andExpect(jsonPath("$.clauses[19].title").value("开展评价考核"))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.clauses[*].clause"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).toList());
        assertThat((List<Object>) JsonPath.read(body, "$.clauses[*].items")).hasSize(21).allMatch(i -> i instanceof List);
        assertThat((List<String>) JsonPath.read(body, "$.clauses[0].items[*].label")).contains("年末状态");
        assertThat((List<Object>) JsonPath.read(body, "$.clauses[0].items[*].value")).contains("省级高新区");
    }

    @Test
    @DisplayName("画像汇集各模块当年所记：新认定高企、国家项目与落地资金、创新积分、主导产业，均以中文显示而非代码")
    void collectsWhatEveryModuleRecordedInChinese() throws Exception {
        int year = 2010;
        String uscc = enterpriseIn("yumen");
        asAdmin(put("/api/enterprises/{u}/statistics/" + year,
                "{\"revenue\":40000000,\"highTechRevenue\":30000000,\"employees\":80,\"rdStaff\":12,\"rdExpense\":2400000}", uscc))
                .andExpect(status().isOk());
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2010" + System.nanoTime() % 100_000_000 + "\",\"date\":\"2010-05-01\"}", uscc))
                .andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/national-projects", "{\"programme\":\"KEY_RD\",\"project\":\"P" + System.nanoTime() % 1_000_000_000
                + "\",\"title\":\"关键材料\",\"fundingLandedYuan\":\"3500000.00\",\"date\":\"2010-06-01\"}", uscc))
                .andExpect(status().isCreated());

        String body = asAdmin(get("/api/zones/yumen/profile?year={y}", year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> c5 = clauses(body).get(4);
        assertThat((List<String>) JsonPath.read(c5, "$.items[*].label")).contains("本年承担国家科技项目（项）", "在甘落地资金（元）");
        Map<String, Object> c10 = clauses(body).get(9);
        List<String> labels10 = JsonPath.read(c10, "$.items[*].label");
        assertThat(labels10).contains("新认定高新技术企业（家）", "年末高新技术企业占比", "创新积分前三名", "年末高新技术企业（家）");
        List<Object> top = JsonPath.read(c10, "$.items[?(@.label == '创新积分前三名')].value[0]");
        assertThat(top.get(0).toString()).startsWith("测试科技有限公司");
        Map<String, Object> c12 = clauses(body).get(11);
        assertThat((List<String>) JsonPath.read(c12, "$.items[*].label")).contains("主导产业");
        for (Map<String, Object> clause : clauses(body)) {
            for (Map<String, Object> item : (List<Map<String, Object>>) clause.get("items")) {
                Object v = item.get("value");
                List<?> values = v instanceof List<?> l ? l : java.util.Collections.singletonList(v);
                for (Object one : values) {
                    assertThat(CODES).as("clause %s item %s", clause.get("clause"), item.get("label")).doesNotContain(String.valueOf(one));
                }
                assertThat((String) item.get("label")).matches(".*\\p{IsHan}.*").isNotEqualTo("数据读取失败");
            }
        }
    }

    @Test
    @DisplayName("无当年记录的条款 items 为空")
    void clausesWithNothingRecordedHaveEmptyItems() throws Exception {
        String body = asAdmin(get("/api/zones/dingxi/profile?year=2001")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(body, "$.clauses[4].items")).isEmpty();
        assertThat((List<Object>) JsonPath.read(body, "$.clauses[20].items")).isEmpty();
    }

    @Test
    @DisplayName("数据范围：本区管委会与本市官员可读；他区403或404；未知高新区404；年度非法400")
    void answersOnlyWithinScope() throws Exception {
        String officer = zoneOfficer("jiayuguan");
        as(officer, get("/api/zones/jiayuguan/profile?year=2025")).andExpect(status().isOk());
        int other = as(officer, get("/api/zones/lanzhou/profile?year=2025")).andReturn().getResponse().getStatus();
        assertThat(other).isIn(403, 404);
        String city = cityOfficer("zhangye-city");
        as(city, get("/api/zones/minle/profile?year=2025")).andExpect(status().isOk());
        as(city, get("/api/zones/jiayuguan/profile?year=2025")).andExpect(status().isNotFound());
        asAdmin(get("/api/zones/atlantis/profile?year=2025")).andExpect(status().isNotFound());
        asAdmin(get("/api/zones/jiayuguan/profile?year=99999")).andExpect(status().isBadRequest());
        String uscc = enterpriseIn("jiayuguan");
        String self = user("ENTERPRISE", "enterprise", uscc);
        assertThat(as(self, get("/api/zones/jiayuguan/profile?year=2025")).andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    @DisplayName("年度报告的数据模型：范围内的高新区、21条与中文图表；未报告的值为 null 而非 0")
    void annualReportModelForThePdf() throws Exception {
        String uscc = enterpriseIn("yumen");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2010" + System.nanoTime() % 100_000_000 + "\",\"date\":\"2010-07-01\"}", uscc))
                .andExpect(status().isCreated());
        String officer = zoneOfficer("yumen");
        String body = as(officer, get("/api/reports/annual/model?year=2010")).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2010)).andExpect(jsonPath("$.title").value("2010年度甘肃省高新区高质量发展报告"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.zones[*].zone")).containsExactly("yumen");
        assertThat(JsonPath.<List<Object>>read(body, "$.zones[0].clauses")).hasSize(21);

        String all = asAdmin(get("/api/reports/annual/model?year=2010")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> zones = JsonPath.read(all, "$.zones[*].zoneName");
        assertThat(zones).hasSizeGreaterThan(5);
        List<Map<String, Object>> charts = JsonPath.read(all, "$.charts");
        assertThat(charts).isNotEmpty().allSatisfy(c -> {
            assertThat((String) c.get("title")).startsWith("第").contains("各高新区");
            assertThat((List<?>) c.get("categories")).isEqualTo(zones);
            List<Map<String, Object>> series = (List<Map<String, Object>>) c.get("series");
            assertThat((List<?>) series.get(0).get("values")).hasSize(zones.size());
        });
        // the number of enterprises at the year's end: some zone that has none reported shows null, never 0 invented
        assertThat(charts.stream().anyMatch(c -> ((List<?>) ((List<Map<String, Object>>) c.get("series")).get(0).get("values"))
                .contains(null))).isTrue();
        asAdmin(get("/api/reports/annual/model?year=1999")).andExpect(status().isBadRequest());
    }
}
