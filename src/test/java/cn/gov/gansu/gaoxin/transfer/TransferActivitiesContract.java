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
}
