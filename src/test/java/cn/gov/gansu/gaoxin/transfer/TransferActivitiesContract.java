package cn.gov.gansu.gaoxin.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 成果征集 and 对接活动 (clause 6): the workflow, scope and bad input; on H2 and PostgreSQL by the subclasses. */
abstract class TransferActivitiesContract extends IntegrationTest {

    long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("成果征集：发起、企业申报本企业成果、审核（不予入选须写理由）、有待审核时不能发布、发布后不再受理")
    void campaignRunsFromOpenToPublished() throws Exception {
        String closes = LocalDate.now().plusDays(30).toString();
        long campaign = id(body(asAdmin(post("/api/achievement-campaigns",
                "{\"title\":\"2026年新材料成果征集\",\"field\":\"新材料\",\"closesOn\":\"" + closes + "\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))));
        String uscc = enterpriseIn("jinchang");
        String firm = user("ENTERPRISE", "enterprise", uscc);
        long mine = id(body(as(firm, post("/api/achievements", "{\"title\":\"镍钴新材料提纯\",\"owner\":\"" + uscc + "\",\"field\":\"新材料\"}"))
                .andExpect(status().isCreated())));
        long university = id(body(asAdmin(post("/api/achievements", "{\"title\":\"高熵合金\",\"owner\":\"兰州理工大学\",\"field\":\"新材料\"}"))
                .andExpect(status().isCreated())));

        as(firm, post("/api/achievement-campaigns/{id}/submissions", "{\"achievement\":" + university + "}", campaign))
                .andExpect(status().isForbidden());
        as(firm, post("/api/achievement-campaigns/{id}/submissions", "{\"achievement\":" + mine + "}", campaign))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.submissions[0].status").value("SUBMITTED"));
        as(firm, post("/api/achievement-campaigns/{id}/submissions", "{\"achievement\":" + mine + "}", campaign))
                .andExpect(status().isConflict());
        asAdmin(post("/api/achievement-campaigns/{id}/submissions", "{\"achievement\":" + university + "}", campaign))
                .andExpect(status().isCreated());

        asAdmin(post("/api/achievement-campaigns/{id}/publish", "", campaign)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("未审核")));
        asAdmin(post("/api/achievement-campaigns/{id}/submissions/{a}/review", "{\"decision\":\"REJECTED\"}", campaign, university))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("comment")));
        asAdmin(post("/api/achievement-campaigns/{id}/submissions/{a}/review", "{\"decision\":\"MAYBE\"}", campaign, university))
                .andExpect(status().isBadRequest());
        asAdmin(post("/api/achievement-campaigns/{id}/submissions/{a}/review", "{\"decision\":\"REJECTED\",\"comment\":\"成熟度不足\"}",
                campaign, university)).andExpect(status().isOk());
        as(firm, post("/api/achievement-campaigns/{id}/submissions/{a}/review", "{\"decision\":\"ACCEPTED\"}", campaign, mine))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/achievement-campaigns/{id}/submissions/{a}/review", "{\"decision\":\"ACCEPTED\"}", campaign, mine))
                .andExpect(status().isOk());
        asAdmin(post("/api/achievement-campaigns/{id}/publish", "", campaign)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        asAdmin(post("/api/achievement-campaigns/{id}/submissions", "{\"achievement\":" + university + "}", campaign))
                .andExpect(status().isConflict());
        asAdmin(post("/api/achievement-campaigns", "{\"title\":\"过期\",\"closesOn\":\"2020-01-01\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("closesOn")));
    }

    @Test
    @DisplayName("对接活动：报名、到场、合作意向和签约合同（金额精确到分，字符串）；只有举办方记录成果")
    void eventCountsRegistrationsAttendanceAndContracts() throws Exception {
        String officer = zoneOfficer("longxi");
        long event = id(body(as(officer, post("/api/matchmaking-events",
                "{\"name\":\"陇西中医药对接沙龙\",\"kind\":\"SALON\",\"mode\":\"OFFLINE\",\"date\":\"2026-05-20\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("longxi"))));
        as(officer, post("/api/matchmaking-events", "{\"name\":\"x\",\"kind\":\"SALON\",\"mode\":\"OFFLINE\",\"date\":\"2026-05-20\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/matchmaking-events", "{\"name\":\"x\",\"kind\":\"PARTY\",\"mode\":\"OFFLINE\",\"date\":\"2026-05-20\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("kind")));

        String a = enterpriseIn("longxi");
        String b = enterpriseIn("longxi");
        as(user("ENTERPRISE", "enterprise", a), post("/api/matchmaking-events/{id}/registrations", "{\"enterprise\":\"" + a + "\"}", event))
                .andExpect(status().isCreated());
        as(officer, post("/api/matchmaking-events/{id}/registrations", "{\"enterprise\":\"" + b + "\"}", event)).andExpect(status().isCreated());
        as(officer, post("/api/matchmaking-events/{id}/registrations", "{\"institution\":\"甘肃中医药大学\"}", event))
                .andExpect(status().isCreated());
        as(officer, post("/api/matchmaking-events/{id}/registrations", "{\"institution\":\"甘肃中医药大学\"}", event))
                .andExpect(status().isConflict());
        as(officer, post("/api/matchmaking-events/{id}/attendance", "{\"participant\":\"" + a + "\",\"attended\":true}", event))
                .andExpect(status().isOk());
        as(officer, post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"INTENTION\",\"enterprise\":\"" + b + "\"}", event))
                .andExpect(status().isCreated());
        as(officer, post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"CONTRACT\",\"enterprise\":\"" + a + "\"}", event))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("valueYuan")));
        as(officer, post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"CONTRACT\",\"enterprise\":\"" + a
                + "\",\"valueYuan\":\"1.005\",\"signedOn\":\"2026-05-20\"}", event)).andExpect(status().isBadRequest());
        as(officer, post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"CONTRACT\",\"enterprise\":\"" + a
                + "\",\"valueYuan\":\"1200000.10\",\"signedOn\":\"2026-05-20\"}", event)).andExpect(status().isCreated());
        as(zoneOfficer("dingxi"), post("/api/matchmaking-events/{id}/outcomes", "{\"kind\":\"INTENTION\",\"enterprise\":\"" + a + "\"}", event))
                .andExpect(status().isForbidden());
        asAdmin(get("/api/matchmaking-events/{id}", event)).andExpect(status().isOk()).andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.attended").value(1)).andExpect(jsonPath("$.intentions").value(1))
                .andExpect(jsonPath("$.contracts").value(1)).andExpect(jsonPath("$.contractValueYuan").value("1200000.10"))
                .andExpect(jsonPath("$.kindName").value("对接沙龙"));
    }

    java.util.List<String> names(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return JsonPath.read(body(r.andExpect(status().isOk())), "$.items[*].name");
    }

    java.util.List<String> titles(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return JsonPath.read(body(r.andExpect(status().isOk())), "$.items[*].title");
    }

    @Test
    @DisplayName("对接活动列表：不带 page/size 时返回全部（原有行为），分页、按主办高新区、类型、形式、日期范围（含两端）和名称筛选；坏参数 400；高新区工作人员看到同样的（全省公开的）活动")
    void eventListIsPagedAndFiltered() throws Exception {
        String n = unique("筛选活动");
        String[][] made = {{"甲", "SALON", "OFFLINE", "2024-03-01", "lanzhou"}, {"乙", "SCIENCE_EXPO", "ONLINE", "2025-06-01", "lanzhou"},
                {"丙", "SALON", "ONLINE", "2025-09-01", "baiyin"}, {"丁", "LANZHOU_FAIR", "OFFLINE", "2025-12-31", null},
                {"戊", "SALON", "OFFLINE", "2026-01-01", "baiyin"}};
        for (String[] e : made) {
            asAdmin(post("/api/matchmaking-events", "{\"name\":\"" + n + e[0] + "\",\"kind\":\"" + e[1] + "\",\"mode\":\"" + e[2]
                    + "\",\"date\":\"" + e[3] + "\"" + (e[4] == null ? "" : ",\"zone\":\"" + e[4] + "\"") + "}"))
                    .andExpect(status().isCreated());
        }
        var all = asAdmin(get("/api/matchmaking-events?name={n}", n)).andExpect(jsonPath("$.total").value(5));
        org.assertj.core.api.Assertions.assertThat(names(all)).containsExactly(n + "戊", n + "丁", n + "丙", n + "乙", n + "甲");
        asAdmin(get("/api/matchmaking-events")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)));
        var page0 = asAdmin(get("/api/matchmaking-events?name={n}&page=0&size=2", n)).andExpect(jsonPath("$.total").value(5));
        org.assertj.core.api.Assertions.assertThat(names(page0)).containsExactly(n + "戊", n + "丁");
        org.assertj.core.api.Assertions.assertThat(names(asAdmin(get("/api/matchmaking-events?name={n}&page=2&size=2", n))))
                .containsExactly(n + "甲");
        org.assertj.core.api.Assertions.assertThat(names(asAdmin(get("/api/matchmaking-events?name={n}&zone=lanzhou", n))))
                .containsExactly(n + "乙", n + "甲");
        org.assertj.core.api.Assertions.assertThat(names(asAdmin(get("/api/matchmaking-events?name={n}&kind=salon", n))))
                .containsExactly(n + "戊", n + "丙", n + "甲");
        org.assertj.core.api.Assertions.assertThat(names(asAdmin(get("/api/matchmaking-events?name={n}&mode=ONLINE", n))))
                .containsExactly(n + "丙", n + "乙");
        org.assertj.core.api.Assertions.assertThat(names(asAdmin(get("/api/matchmaking-events?name={n}&from=2025-06-01&to=2025-12-31", n))))
                .containsExactly(n + "丁", n + "丙", n + "乙");
        org.assertj.core.api.Assertions.assertThat(names(asAdmin(get("/api/matchmaking-events?name={n}甲", n)))).containsExactly(n + "甲");

        String officer = zoneOfficer("baiyin");
        var seen = as(officer, get("/api/matchmaking-events?name={n}", n)).andExpect(jsonPath("$.total").value(5));
        org.assertj.core.api.Assertions.assertThat(names(seen)).hasSize(5);
        org.assertj.core.api.Assertions.assertThat(names(as(officer, get("/api/matchmaking-events?name={n}&zone=baiyin&page=0&size=10", n))))
                .containsExactly(n + "戊", n + "丙");

        asAdmin(get("/api/matchmaking-events?kind=PARTY")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("kind")));
        asAdmin(get("/api/matchmaking-events?zone=nowhere")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("zone")));
        asAdmin(get("/api/matchmaking-events?from=2025-13-01")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("from")));
        asAdmin(get("/api/matchmaking-events?from=2025-06-01&to=2025-01-01")).andExpect(status().isBadRequest());
        asAdmin(get("/api/matchmaking-events?size=0")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("成果征集列表：不带 page/size 时返回全部（原有行为），分页、按名称、技术领域、状态和截止日期范围筛选；坏参数 400")
    void campaignListIsPagedAndFiltered() throws Exception {
        String t = unique("筛选征集");
        LocalDate soon = LocalDate.now().plusDays(10);
        LocalDate later = LocalDate.now().plusDays(400);
        long a = id(body(asAdmin(post("/api/achievement-campaigns", "{\"title\":\"" + t + "甲\",\"field\":\"新材料\",\"closesOn\":\"" + soon + "\"}"))
                .andExpect(status().isCreated())));
        asAdmin(post("/api/achievement-campaigns", "{\"title\":\"" + t + "乙\",\"field\":\"生物医药\",\"closesOn\":\"" + later + "\"}"))
                .andExpect(status().isCreated());
        asAdmin(post("/api/achievement-campaigns", "{\"title\":\"" + t + "丙\",\"field\":\"新材料\",\"closesOn\":\"" + later + "\"}"))
                .andExpect(status().isCreated());
        asAdmin(post("/api/achievement-campaigns/{id}/publish", "", a)).andExpect(status().isOk());

        org.assertj.core.api.Assertions.assertThat(titles(asAdmin(get("/api/achievement-campaigns?title={t}", t)).andExpect(jsonPath("$.total").value(3))))
                .containsExactly(t + "丙", t + "乙", t + "甲");
        org.assertj.core.api.Assertions.assertThat(titles(asAdmin(get("/api/achievement-campaigns?title={t}&page=1&size=2", t))
                .andExpect(jsonPath("$.total").value(3)))).containsExactly(t + "甲");
        org.assertj.core.api.Assertions.assertThat(titles(asAdmin(get("/api/achievement-campaigns?title={t}&status=PUBLISHED", t))))
                .containsExactly(t + "甲");
        org.assertj.core.api.Assertions.assertThat(titles(asAdmin(get("/api/achievement-campaigns?title={t}&status=OPEN&field=新材料", t))))
                .containsExactly(t + "丙");
        org.assertj.core.api.Assertions.assertThat(titles(asAdmin(get("/api/achievement-campaigns?title={t}&closesFrom={f}&closesTo={to}", t,
                later, later)))).containsExactly(t + "丙", t + "乙");
        org.assertj.core.api.Assertions.assertThat(titles(asAdmin(get("/api/achievement-campaigns?title={t}&closesTo={to}", t, soon))))
                .containsExactly(t + "甲");
        String firm = user("ENTERPRISE", "enterprise", enterpriseIn("jinchang"));
        org.assertj.core.api.Assertions.assertThat(titles(as(firm, get("/api/achievement-campaigns?title={t}", t)))).hasSize(3);
        asAdmin(get("/api/achievement-campaigns?status=DONE")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("status")));
        asAdmin(get("/api/achievement-campaigns?closesFrom=soon")).andExpect(status().isBadRequest());
        asAdmin(get("/api/achievement-campaigns?page=-1")).andExpect(status().isBadRequest());
    }
}
