package cn.gov.gansu.gaoxin.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.evaluation.EvaluationPublished;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Issue 7's rule fixes through the API and the real registries (the scenarios cover them on the engine). */
abstract class RuleFixApiContract extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    static String project(String id, String unit, String extra, String date) {
        return "{\"id\":\"" + id + "\",\"type\":\"NATIONAL_PROJECT_WON\",\"unit\":\"" + unit + "\",\"project\":\"2024YFB" + id
                + "\",\"fundingLandedYuan\":\"4200000.00\",\"date\":\"" + date + "\"" + extra + "}";
    }

    @Test
    @DisplayName("事实未给出高新区：未登记的单位无法判定并指明缺少所在高新区；已登记但当日不在任何高新区的单位不符合条件；入驻后符合条件")
    void aUnitWithoutZoneIsUnknownUnlessTheRegistryKnowsWhereItWas() throws Exception {
        String unregistered = newUscc();
        String registered = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + registered + "\",\"name\":\"测试入驻科技有限公司" + registered.substring(10)
                + "\",\"zone\":\"lanzhou\",\"since\":\"2025-01-01\"}")).andExpect(status().isCreated());
        String body = "{\"facts\":[" + project("0000011", unregistered, ",\"programme\":\"KEY_RD\"", "2025-03-01") + ","
                + project("0000012", registered, ",\"programme\":\"KEY_RD\"", "2024-09-01") + ","
                + project("0000013", registered, ",\"programme\":\"KEY_RD\"", "2025-03-01") + "]}";
        asAdmin(post("/api/policy/assessments", body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].outcome").value("UNKNOWN"))
                .andExpect(jsonPath("$.findings[0].missingFact", containsString("zone")))
                .andExpect(jsonPath("$.findings[0].reason", containsString("未在平台登记")))
                .andExpect(jsonPath("$.findings[1].outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.findings[1].reason", containsString("不在任何高新区")))
                .andExpect(jsonPath("$.findings[2].outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.findings[2].amountYuan").value("420000.00"));
    }

    @Test
    @DisplayName("缺少项目所属计划或评价年度：无法判定并指明缺少的事实，不按其他计划或发布年度计")
    void aMissingProgrammeOrEvaluationYearIsUnknown() throws Exception {
        String uscc = newUscc();
        String body = "{\"facts\":[" + project("0000021", uscc, ",\"zone\":\"lanzhou\"", "2025-03-01") + ","
                + "{\"id\":\"e1\",\"type\":\"EVALUATION_REWARDED\",\"zone\":\"zhangye\",\"rank\":1,\"date\":\"2026-03-01\"},"
                + "{\"id\":\"g1\",\"type\":\"AWARD_ALREADY_GRANTED\",\"beneficiary\":\"yumen\",\"line\":\"EVALUATION_TOP_RANK\","
                + "\"year\":2024,\"date\":\"2025-05-01\"},"
                + "{\"id\":\"e2\",\"type\":\"EVALUATION_REWARDED\",\"zone\":\"yumen\",\"evaluationYear\":2025,\"rank\":2,\"date\":\"2026-03-01\"}]}";
        asAdmin(post("/api/policy/assessments", body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings", hasSize(3)))
                .andExpect(jsonPath("$.findings[0].outcome").value("UNKNOWN"))
                .andExpect(jsonPath("$.findings[0].missingFact", containsString("programme")))
                .andExpect(jsonPath("$.findings[1].outcome").value("UNKNOWN"))
                .andExpect(jsonPath("$.findings[1].missingFact", containsString("evaluationYear")))
                .andExpect(jsonPath("$.findings[2].outcome").value("ELIGIBLE"));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[{\"id\":\"g\",\"type\":\"AWARD_ALREADY_GRANTED\",\"beneficiary\":\"yumen\","
                + "\"line\":\"EVALUATION_TOP_RANK\",\"year\":\"二〇二四\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("facts[0].year")));
    }

    @Test
    @DisplayName("更正后重新发布的评价（次年发布）不会让同一年度的第20条奖励提供两次")
    void aCorrectedEvaluationRepublishedNeverOffersTheSameYearTwice() throws Exception {
        EvaluationPublished first = new EvaluationPublished(2089, 1, LocalDate.of(2090, 3, 1), "TARGET_REFERENCED",
                List.of(new EvaluationPublished.Result("yumen", 2, true, BigDecimal.TEN, List.of("REWARD"))));
        EvaluationPublished corrected = new EvaluationPublished(2089, 2, LocalDate.of(2091, 1, 10), "TARGET_REFERENCED",
                List.of(new EvaluationPublished.Result("yumen", 1, true, BigDecimal.TEN, List.of("REWARD", "PRAISE"))));
        events.publishEvent(first);
        events.publishEvent(corrected);
        asAdmin(get("/api/entitlements?beneficiary=yumen"))
                .andExpect(jsonPath("$.items[?(@.line=='EVALUATION_TOP_RANK' && @.eventDate=='2090-03-01')]", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.line=='EVALUATION_TOP_RANK' && @.eventDate=='2091-01-10')]", hasSize(0)));
    }
}
