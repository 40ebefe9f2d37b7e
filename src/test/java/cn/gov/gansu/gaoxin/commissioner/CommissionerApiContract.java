package cn.gov.gansu.gaoxin.commissioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contracts §12 — commissioners, needs, the yearly dispatch and its adjustment; on H2 and
 * PostgreSQL by the subclasses. Tests share the database, so each uses fields made of random rare
 * characters (no other commissioner fits them) and a year of its own.
 */
abstract class CommissionerApiContract extends IntegrationTest {

    private static final Random RANDOM = new Random();

    @Autowired
    JdbcClient jdbc;

    /** Four random CJK characters: shares two consecutive characters with nothing else in the database. */
    static synchronized String rareField() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.appendCodePoint(0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00));
        }
        return b.toString();
    }

    long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long commissioner(String name, int capacity, String... expertise) throws Exception {
        String list = String.join("\",\"", expertise);
        return id(asAdmin(post("/api/commissioners", "{\"name\":\"" + name + "\",\"expertise\":[\"" + list + "\"],\"capacity\":"
                + capacity + "}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    long need(String uscc, int year, String field) throws Exception {
        return id(asAdmin(post("/api/commissioner-needs", "{\"enterprise\":\"" + uscc + "\",\"year\":" + year + ",\"field\":\""
                + field + "\",\"note\":\"需要专员指导\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    @DisplayName("服务上限须为1至100：0、101、10000为400，1和100可以登记")
    void capacityIsBounded() throws Exception {
        for (int bad : new int[] {0, 101, 10_000, -1}) {
            asAdmin(post("/api/commissioners", "{\"name\":\"张专员\",\"expertise\":[\"新材料\"],\"capacity\":" + bad + "}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("capacity")));
        }
        asAdmin(post("/api/commissioners", "{\"name\":\"张专员\",\"expertise\":[\"新材料\"]}")).andExpect(status().isBadRequest());
        asAdmin(post("/api/commissioners", "{\"name\":\"张专员\",\"expertise\":[],\"capacity\":3}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("expertise")));
        commissioner("李专员", 1, rareField());
        commissioner("王专员", 100, rareField(), rareField());
        as(zoneOfficer("lanzhou"), post("/api/commissioners", "{\"name\":\"赵专员\",\"expertise\":[\"新材料\"],\"capacity\":3}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("需求：未登记企业404，无效代码400，年度越界400；高新区只能为本区企业提出需求")
    void needsAreChecked() throws Exception {
        asAdmin(post("/api/commissioner-needs", "{\"enterprise\":\"" + newUscc() + "\",\"year\":2026,\"field\":\"新材料\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString("enterprise")));
        asAdmin(post("/api/commissioner-needs", "{\"enterprise\":\"91620100ABC\",\"year\":2026,\"field\":\"新材料\"}"))
                .andExpect(status().isBadRequest());
        String uscc = enterpriseIn("jiayuguan");
        asAdmin(post("/api/commissioner-needs", "{\"enterprise\":\"" + uscc + "\",\"year\":1900,\"field\":\"新材料\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("year")));
        asAdmin(post("/api/commissioner-needs", "{\"enterprise\":\"" + uscc + "\",\"year\":2026,\"field\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("field")));
        as(zoneOfficer("yumen"), post("/api/commissioner-needs", "{\"enterprise\":\"" + uscc + "\",\"year\":2026,\"field\":\"新材料\"}"))
                .andExpect(status().isForbidden());
        as(zoneOfficer("jiayuguan"), post("/api/commissioner-needs", "{\"enterprise\":\"" + uscc + "\",\"year\":2026,\"field\":\"新材料\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("jiayuguan"));
    }

    @Test
    @DisplayName("没有需求的年度选派为201空方案；只有省科技厅管理员可以选派；年度缺失为400")
    void emptyYearGivesAnEmptyPlan() throws Exception {
        asAdmin(post("/api/commissioner-dispatches", "{\"year\":2091}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignments").isEmpty()).andExpect(jsonPath("$.unassigned").isEmpty())
                .andExpect(jsonPath("$.totalFit").value(0)).andExpect(jsonPath("$.id").isNumber());
        asAdmin(post("/api/commissioner-dispatches", "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("year")));
        as(zoneOfficer("lanzhou"), post("/api/commissioner-dispatches", "{\"year\":2091}")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("选派先覆盖最多的高新区，再求最高适配度；调整方案时显示适配度变化，服务上限和适配度0的分配被拒绝")
    void dispatchCoversZonesFirstAndAdjustmentsShowTheirCost() throws Exception {
        int year = 2092;
        String a = rareField();
        String b = rareField();
        String bLike = b.substring(2) + rareField().substring(0, 2); // shares two consecutive characters with b
        long k = commissioner("钱专员", 1, a, bLike);
        long l = commissioner("孙专员", 1, a);
        long n1 = need(enterpriseIn("lanzhou"), year, a);
        long n2 = need(enterpriseIn("lanzhou"), year, a);
        long n3 = need(enterpriseIn("baiyin"), year, b);

        String body = asAdmin(post("/api/commissioner-dispatches", "{\"year\":" + year + "}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.totalFit").value(3)).andReturn().getResponse().getContentAsString();
        long dispatch = id(body);
        List<Map<String, Object>> assignments = JsonPath.read(body, "$.assignments");
        assertThat(assignments).anySatisfy(m -> {
            assertThat(((Number) m.get("need")).longValue()).isEqualTo(n3);
            assertThat(((Number) m.get("commissioner")).longValue()).isEqualTo(k);
            assertThat(((Number) m.get("fit")).intValue()).isEqualTo(1);
        });
        assertThat(assignments).hasSize(2);
        List<Number> unassigned = JsonPath.read(body, "$.unassigned");
        assertThat(unassigned).hasSize(1);
        long left = unassigned.get(0).longValue();
        assertThat(left).isIn(n1, n2);

        asAdmin(put("/api/commissioner-dispatches/{d}/needs/{n}", "{\"commissioner\":" + k + "}", dispatch, left))
                .andExpect(status().isConflict());
        asAdmin(put("/api/commissioner-dispatches/{d}/needs/{n}", "{\"commissioner\":" + l + "}", dispatch, n3))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("适配度")));
        asAdmin(put("/api/commissioner-dispatches/{d}/needs/{n}", "{\"commissioner\":null}", dispatch, n3))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fitBefore").value(1)).andExpect(jsonPath("$.fitAfter").value(0))
                .andExpect(jsonPath("$.totalFit").value(2)).andExpect(jsonPath("$.zonesCovered").value(1));
        asAdmin(put("/api/commissioner-dispatches/{d}/needs/{n}", "{\"commissioner\":" + k + "}", dispatch, left))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fitAfter").value(2)).andExpect(jsonPath("$.totalFit").value(4));
        asAdmin(get("/api/commissioner-dispatches/{d}", dispatch)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalFit").value(4)).andExpect(jsonPath("$.unassigned[0]").value((int) n3));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'COMMISSIONER_DISPATCH' AND subject_id = :id")
                .param("id", String.valueOf(dispatch)).query(Long.class).single()).isEqualTo(3);
    }
    @Test
    @DisplayName("服务记录与满意度：本区记录服务，提出需求的企业评价一次，年度报告给出服务项数、时长和平均满意度")
    void serviceLogsAndSatisfactionFeedTheYearlyReport() throws Exception {
        int year = 2094;
        String field = rareField();
        long c = commissioner("吴专员", 2, field);
        String uscc = enterpriseIn("qingcheng");
        long n = need(uscc, year, field);
        long dispatch = id(asAdmin(post("/api/commissioner-dispatches", "{\"year\":" + year + "}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String officer = zoneOfficer("qingcheng");
        String url = "/api/commissioner-dispatches/{d}/needs/{n}/service-logs";
        as(officer, post(url, "{\"date\":\"2025-03-01\",\"hours\":2.5,\"content\":\"现场诊断工艺问题\"}", dispatch, n))
                .andExpect(status().isCreated());
        as(zoneOfficer("yumen"), post(url, "{\"date\":\"2025-03-01\",\"hours\":2,\"content\":\"x\"}", dispatch, n))
                .andExpect(status().isForbidden());
        as(officer, post(url, "{\"date\":\"2025-03-01\",\"hours\":30,\"content\":\"x\"}", dispatch, n))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("hours")));

        String firm = user("ENTERPRISE", "enterprise", uscc);
        String rate = "/api/commissioner-dispatches/{d}/needs/{n}/satisfaction";
        as(firm, post(rate, "{\"score\":6}", dispatch, n)).andExpect(status().isBadRequest());
        as(user("ENTERPRISE", "enterprise", enterpriseIn("qingcheng")), post(rate, "{\"score\":5}", dispatch, n))
                .andExpect(status().isForbidden());
        as(firm, post(rate, "{\"score\":4,\"comment\":\"很有帮助\"}", dispatch, n)).andExpect(status().isCreated());
        as(firm, post(rate, "{\"score\":5}", dispatch, n)).andExpect(status().isConflict());

        String report = asAdmin(get("/api/commissioner-reports?year=" + year)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(report, "$.items[?(@.commissioner == " + c + ")]");
        assertThat(items).hasSize(1);
        assertThat(((Number) items.get(0).get("needsServed")).intValue()).isEqualTo(1);
        assertThat(((Number) items.get(0).get("serviceLogs")).intValue()).isEqualTo(1);
        assertThat(new java.math.BigDecimal(items.get(0).get("hours").toString())).isEqualByComparingTo("2.5");
        assertThat(new java.math.BigDecimal(items.get(0).get("meanSatisfaction").toString())).isEqualByComparingTo("4");
        as(officer, get("/api/commissioner-reports?year=" + year)).andExpect(status().isForbidden());
    }
}
