package cn.gov.gansu.gaoxin.talent;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 人才 (clauses 7–9): records, required fields per kind, permit steps, scope; on H2 and PostgreSQL by the subclasses. */
abstract class TalentApiContract extends IntegrationTest {

    @Test
    @DisplayName("外籍高端人才：许可状态只能向前（受理→工作许可→居留许可），倒退为409；国籍必填")
    void foreignTalentPermitMovesForwardOnly() throws Exception {
        String officer = zoneOfficer("baiyin");
        as(officer, post("/api/talents", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"John Smith\",\"zone\":\"baiyin\",\"startedOn\":\"2025-04-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("nationality")));
        String body = as(officer, post("/api/talents", "{\"kind\":\"FOREIGN_EXPERT\",\"name\":\"John Smith\",\"zone\":\"baiyin\","
                + "\"nationality\":\"英国\",\"field\":\"精细化工\",\"startedOn\":\"2025-04-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.permitStatus").value("APPLIED")).andReturn().getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"RESIDENCE_PERMIT_ISSUED\"}", id)).andExpect(status().isConflict());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"WORK_PERMIT_ISSUED\"}", id)).andExpect(status().isOk());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"APPLIED\"}", id)).andExpect(status().isConflict());
        as(zoneOfficer("lanzhou"), put("/api/talents/{id}/permit", "{\"status\":\"REFUSED\"}", id)).andExpect(status().isNotFound());
        as(officer, put("/api/talents/{id}/permit", "{\"status\":\"RESIDENCE_PERMIT_ISSUED\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.permitStatus").value("RESIDENCE_PERMIT_ISSUED"));
    }

    @Test
    @DisplayName("双聘须填高校和企业；青年人才须填项目；只能登记本区；列表只含本区")
    void kindsNeedTheirFieldsAndListsFollowTheScope() throws Exception {
        String officer = zoneOfficer("yumen");
        String uscc = enterpriseIn("yumen");
        as(officer, post("/api/talents", "{\"kind\":\"DUAL_APPOINTMENT\",\"name\":\"李研究员\",\"enterprise\":\"" + uscc
                + "\",\"startedOn\":\"2025-01-01\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("institution")));
        as(officer, post("/api/talents", "{\"kind\":\"DUAL_APPOINTMENT\",\"name\":\"李研究员\",\"enterprise\":\"" + uscc
                + "\",\"institution\":\"兰州大学\",\"startedOn\":\"2025-01-01\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.zone").value("yumen"));
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"王工\",\"zone\":\"yumen\",\"startedOn\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("programme")));
        as(officer, post("/api/talents", "{\"kind\":\"YOUTH_PROGRAMME\",\"name\":\"王工\",\"zone\":\"lanzhou\",\"programme\":\"陇原青年英才\","
                + "\"startedOn\":\"2025-01-01\"}")).andExpect(status().isForbidden());
        as(officer, post("/api/talents", "{\"kind\":\"WIZARD\",\"name\":\"x\",\"zone\":\"yumen\",\"startedOn\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest());
        as(officer, get("/api/talents?size=500")).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].zone", everyItem(is("yumen"))));
    }
}
