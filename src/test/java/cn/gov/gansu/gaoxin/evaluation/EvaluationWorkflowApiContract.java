package cn.gov.gansu.gaoxin.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Stored evaluations: completeness, corrections, draft → reviewed → published, versions, revocation. */
@RecordApplicationEvents
abstract class EvaluationWorkflowApiContract extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    static String params(int year, String extra) {
        return "{\"year\":" + year + ",\"method\":\"TARGET_REFERENCED\",\"passMark\":60,"
                + "\"indicators\":[{\"code\":\"NEW_HIGH_TECH_ENTERPRISES\",\"weight\":1,\"benchmark\":10}],"
                + "\"rewardTopN\":3,\"bigDropPlaces\":3" + extra + "}";
    }

    private List<String> evaluatedZones(int year) throws Exception {
        String body = asAdmin(get("/api/evaluations/data?year=" + year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.zones[*].zone");
    }

    private void correct(int year, String zone, double value) throws Exception {
        asAdmin(post("/api/evaluations/data/corrections", "{\"year\":" + year + ",\"zone\":\"" + zone
                + "\",\"indicator\":\"NEW_HIGH_TECH_ENTERPRISES\",\"value\":" + value + ",\"reason\":\"据年报核实\"}"))
                .andExpect(status().isCreated());
    }

    private String drafter;

    /** Drafts as a second province admin: the evaluation is reviewed and published by someone else (contracts §8). */
    private long draft(String body) throws Exception {
        if (drafter == null) {
            drafter = user("PROVINCE_ADMIN", null, null);
        }
        String json = as(drafter, post("/api/evaluations", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    @DisplayName("起草人不能审核或发布自己起草的评价（403，中文说明），由另一位管理员审核、发布")
    void theDrafterCannotReviewOrPublishItsOwnEvaluation() throws Exception {
        int year = 2008;
        for (String z : evaluatedZones(year)) {
            correct(year, z, 12);
        }
        String body = asAdmin(post("/api/evaluations", params(year, ""))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        asAdmin(post("/api/evaluations/{id}/review", "", id)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("起草人以外")));
        asAdmin(get("/api/evaluations/{id}", id)).andExpect(jsonPath("$.status").value("DRAFT"));
        String other = user("PROVINCE_ADMIN", null, null);
        as(other, post("/api/evaluations/{id}/review", "", id)).andExpect(status().isOk());
        asAdmin(post("/api/evaluations/{id}/publish", "", id)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("起草人以外")));
        as(other, post("/api/evaluations/{id}/publish", "", id)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("高新区更正本区评价数据成为提案，省科技厅接受后才计入；不予接受须说明理由")
    void aZoneCorrectionCountsOnlyOnceTheProvinceAcceptsIt() throws Exception {
        String officer = zoneOfficer("dingxi");
        String body = as(officer, post("/api/evaluations/data/corrections", "{\"year\":2018,\"zone\":\"dingxi\","
                + "\"indicator\":\"NEW_HIGH_TECH_ENTERPRISES\",\"value\":7,\"reason\":\"统计年鉴\"}")).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING")).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        asAdmin(get("/api/evaluations/data?year=2018"))
                .andExpect(jsonPath("$.zones[?(@.zone=='dingxi')].cells[?(@.code=='NEW_HIGH_TECH_ENTERPRISES')].source", hasSize(1)))
                .andExpect(jsonPath("$.zones[?(@.zone=='dingxi')].cells[?(@.code=='NEW_HIGH_TECH_ENTERPRISES')].source", not(hasItem("CORRECTED"))));
        as(officer, get("/api/evaluations/data/corrections?status=PENDING")).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        as(officer, post("/api/evaluations/data/corrections/{id}/decision", "{\"decision\":\"ACCEPT\"}", id))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/evaluations/data/corrections/{id}/decision", "{\"decision\":\"REJECT\"}", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("comment")));
        asAdmin(post("/api/evaluations/data/corrections/{id}/decision", "{\"decision\":\"ACCEPT\",\"comment\":\"已核实\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        asAdmin(get("/api/evaluations/data?year=2018"))
                .andExpect(jsonPath("$.zones[?(@.zone=='dingxi')].cells[?(@.code=='NEW_HIGH_TECH_ENTERPRISES')].source", hasItem("CORRECTED")));
        asAdmin(post("/api/evaluations/data/corrections/{id}/decision", "{\"decision\":\"ACCEPT\"}", id))
                .andExpect(status().isConflict());
    }

    @Test
    @DisplayName("连续两次不合格：发布后生成撤销资格建议，省政府批准、省科技厅执行后高新区被撤销")
    void twoFailuresInARowLeadThroughGovernmentApprovalToRevocation() throws Exception {
        String code = "ev" + unique("z").toLowerCase().replaceAll("[^a-z0-9]", "");
        asAdmin(post("/api/zones", "{\"code\":\"" + code + "\",\"name\":\"评价测试\",\"city\":\"wuwei-city\","
                + "\"recognisedOn\":\"2018-06-01\"}")).andExpect(status().isCreated());
        for (int year : new int[] {2019, 2020}) {
            List<String> zones = evaluatedZones(year);
            assertThat(zones).contains(code).doesNotContain("lanzhou", "baiyin");
            for (String z : zones) {
                if (!z.equals(code)) {
                    correct(year, z, 10);
                }
            }
            long id = draft(params(year, ""));
            asAdmin(get("/api/evaluations/{id}", id)).andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.missing").isEmpty());
            asAdmin(post("/api/evaluations/{id}/publish", "", id)).andExpect(status().isConflict());
            asAdmin(post("/api/evaluations/{id}/review", "", id)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REVIEWED"));
            asAdmin(post("/api/evaluations/{id}/publish", "", id)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.results[?(@.zone=='" + code + "')].passed", hasItem(false)))
                    .andExpect(jsonPath("$.results[?(@.zone=='jinchang')].consequences[0]", hasItem("REWARD")));
            asAdmin(post("/api/evaluations/{id}/review", "", id)).andExpect(status().isConflict());
        }
        assertThat(events.stream(EvaluationPublished.class).filter(e -> e.year() == 2020).findFirst().orElseThrow()
                .results().stream().filter(r -> r.zone().equals("jinchang")).findFirst().orElseThrow().consequences())
                .contains("REWARD");
        String revocations = asAdmin(get("/api/evaluations/revocations")).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(revocations, "$[?(@.zone=='" + code + "')].id");
        assertThat(ids).hasSize(1);
        int rid = ids.get(0);
        asAdmin(post("/api/evaluations/revocations/{id}/execution", "{}", rid)).andExpect(status().isConflict());
        asAdmin(post("/api/evaluations/revocations/{id}/decision", "{\"decision\":\"APPROVE\"}", rid))
                .andExpect(status().isForbidden());
        String government = user("PROVINCE_GOVERNMENT", null, null);
        as(government, post("/api/evaluations/revocations/{id}/decision", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", rid))
                .andExpect(status().isOk());
        as(government, post("/api/evaluations/revocations/{id}/decision", "{\"decision\":\"REJECT\"}", rid))
                .andExpect(status().isConflict());
        asAdmin(post("/api/evaluations/revocations/{id}/execution", "{\"date\":\"2021-03-01\"}", rid)).andExpect(status().isOk());
        asAdmin(get("/api/zones/{c}", code)).andExpect(jsonPath("$.zone.status").value("REVOKED"));
    }

    @Test
    @DisplayName("已发布的评价不可更改；更正须填写理由并作为新版本发布")
    void aCorrectionOfAPublishedEvaluationIsANewVersionWithItsReason() throws Exception {
        int year = 2016;
        for (String z : evaluatedZones(year)) {
            correct(year, z, 5);
        }
        long first = draft(params(year, ""));
        asAdmin(post("/api/evaluations/{id}/review", "", first)).andExpect(status().isOk());
        asAdmin(post("/api/evaluations/{id}/publish", "", first)).andExpect(jsonPath("$.version").value(1));
        asAdmin(post("/api/evaluations", params(year, ""))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        long second = draft(params(year, ",\"reason\":\"嘉峪关数据更正\""));
        asAdmin(post("/api/evaluations/{id}/review", "", second)).andExpect(status().isOk());
        asAdmin(post("/api/evaluations/{id}/publish", "", second)).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.reason").value("嘉峪关数据更正"));
        asAdmin(get("/api/evaluations/{id}", first)).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        byte[] xlsx = asAdmin(get("/api/evaluations/{id}/report.xlsx", second)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        // the export is audited: who, which evaluation, how many rows (docs/audit-integrity.md)
        asAdmin(get("/api/audit-log?subjectType=EXPORT&subjectId=EVALUATION_REPORT")).andExpect(jsonPath("$.items[*].detail",
                hasItem(containsString("evaluation=" + second + "；行数："))));
        String html = asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/evaluations/{id}/report", second)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2016年度省级高新区评价结果", "目标值法", "第2版", "嘉峪关数据更正", "新增高新技术企业数");
        asAdmin(get("/api/evaluations/{id}/report.xlsx", 987654321L)).andExpect(status().isNotFound());
        asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/evaluations/{id}/report", 987654321L))
                .andExpect(status().isNotFound());
        String officer = zoneOfficer("dingxi");
        as(officer, get("/api/evaluations/{id}", second)).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].zone", org.hamcrest.Matchers.contains("dingxi")));
    }

    @Test
    @DisplayName("目标监测：红绿灯与历史，第13条重点产业与实际主导产业并列；主导产业缺孵化器为红灯")
    void theTargetsMonitorShowsLightsWithHistoryWithinScope() throws Exception {
        asAdmin(put("/api/zones/pingliang/leading-industries", "[{\"name\":\"智能制造\",\"industryCodes\":[\"34\",\"35\"]},"
                + "{\"name\":\"农副产品加工\",\"industryCodes\":[\"13\"]}]")).andExpect(status().isOk());
        asAdmin(post("/api/platforms", "{\"kind\":\"INCUBATOR\",\"level\":\"PROVINCIAL\",\"name\":\"平凉智能制造孵化器\","
                + "\"zone\":\"pingliang\",\"industry\":{\"name\":\"智能制造\",\"codes\":[\"34\"]},\"recognisedOn\":\"2023-05-01\"}"))
                .andExpect(status().isCreated());
        asAdmin(get("/api/targets?year=2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.zone=='pingliang')].focusIndustries[*]", hasItem("智能制造")))
                .andExpect(jsonPath("$.items[?(@.zone=='pingliang')].leadingIndustries[*]", hasItem("农副产品加工")))
                .andExpect(jsonPath("$.items[?(@.zone=='pingliang')].targets[?(@.code=='LEADING_INDUSTRIES')].light", hasItem("GREEN")))
                .andExpect(jsonPath("$.items[?(@.zone=='pingliang')].targets[?(@.code=='INCUBATORS_PER_LEADING_INDUSTRY')].light",
                        hasItem("RED")))
                .andExpect(jsonPath("$.items[?(@.zone=='pingliang')].targets[0].history.length()", hasItem(2)));
        as(zoneOfficer("yumen"), get("/api/targets?year=2024")).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].zone").value("yumen"));
        asAdmin(get("/api/targets?year=1900")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("缺失数据逐区逐项标出并阻止审核，不按0计")
    void missingDataIsFlaggedAndBlocksReview() throws Exception {
        String body = "{\"year\":2017,\"method\":\"MIN_MAX\",\"indicators\":[{\"code\":\"HIGH_TECH_REVENUE\",\"weight\":1}]}";
        long id = draft(body);
        asAdmin(get("/api/evaluations/{id}", id)).andExpect(jsonPath("$.missing.jiayuguan[0]").value("HIGH_TECH_REVENUE"))
                .andExpect(jsonPath("$.results").isEmpty());
        asAdmin(post("/api/evaluations/{id}/review", "", id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("HIGH_TECH_REVENUE")));
        asAdmin(get("/api/evaluations/data?year=2007"))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.zones[?(@.zone=='jiayuguan')].missing[*]", hasItem("HIGH_TECH_REVENUE")))
                .andExpect(jsonPath("$.zones[?(@.zone=='jiayuguan')].missing[*]", not(hasItem("NEW_RD_INSTITUTIONS"))));
    }

    @Test
    @DisplayName("高新区工作人员只能更正本区数据；审计人员不能更正；草稿对高新区不可见")
    void correctionsAndDraftsRespectRolesAndScope() throws Exception {
        String officer = zoneOfficer("dingxi");
        as(officer, post("/api/evaluations/data/corrections", "{\"year\":2018,\"zone\":\"dingxi\",\"indicator\":\"RD_INTENSITY\","
                + "\"value\":0.021,\"reason\":\"统计年鉴\"}")).andExpect(status().isAccepted());
        asAdmin(post("/api/evaluations/data/corrections", "{\"year\":2018,\"zone\":\"dingxi\",\"indicator\":\"RD_INTENSITY\","
                + "\"value\":0.021,\"reason\":\"统计年鉴（省厅核实）\"}")).andExpect(status().isCreated());
        as(officer, post("/api/evaluations/data/corrections", "{\"year\":2018,\"zone\":\"yumen\",\"indicator\":\"RD_INTENSITY\","
                + "\"value\":0.021,\"reason\":\"x\"}")).andExpect(status().isForbidden());
        as(officer, post("/api/evaluations/data/corrections", "{\"year\":2018,\"zone\":\"dingxi\",\"indicator\":\"RD_INTENSITY\","
                + "\"value\":0.021}")).andExpect(status().isBadRequest());
        as(user("AUDITOR", null, null), post("/api/evaluations/data/corrections", "{\"year\":2018,\"zone\":\"dingxi\","
                + "\"indicator\":\"RD_INTENSITY\",\"value\":0.02,\"reason\":\"x\"}")).andExpect(status().isForbidden());
        as(officer, get("/api/evaluations/data?year=2018")).andExpect(jsonPath("$.zones[*].zone", not(hasItem("yumen"))))
                .andExpect(jsonPath("$.zones[?(@.zone=='dingxi')].cells[?(@.code=='RD_INTENSITY')].source", hasItem("CORRECTED")));
        long id = draft(params(2018, ""));
        as(officer, get("/api/evaluations/{id}", id)).andExpect(status().isNotFound());
        as(officer, post("/api/evaluations", params(2018, ""))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("指标按登记数据逐区计算：新增高企、高企占比、营收及同口径增速、新增从业人员、主导产业集中度、研发强度")
    void indicatorsAreComputedFromTheRegistries() throws Exception {
        String code = "rg" + unique("z").toLowerCase().replaceAll("[^a-z0-9]", "");
        asAdmin(post("/api/zones", "{\"code\":\"" + code + "\",\"name\":\"指标测试\",\"city\":\"wuwei-city\","
                + "\"recognisedOn\":\"2023-01-01\"}")).andExpect(status().isCreated());
        asAdmin(put("/api/zones/{c}/leading-industries", "[{\"name\":\"装备制造\",\"industryCodes\":[\"34\",\"35\"]},"
                + "{\"name\":\"农副产品加工\",\"industryCodes\":[\"13\"]}]", code)).andExpect(status().isOk());
        String a = newUscc();
        String b = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + a + "\",\"name\":\"装备甲公司\",\"zone\":\"" + code
                + "\",\"industryCode\":\"3411\"}")).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + b + "\",\"name\":\"商贸乙公司\",\"zone\":\"" + code
                + "\",\"industryCode\":\"5211\"}")).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2024" + a.substring(8, 16) + "\",\"date\":\"2024-05-01\"}", a)).andExpect(status().isCreated());
        asAdmin(put("/api/enterprises/{u}/statistics/2023", "{\"revenue\":1000,\"highTechRevenue\":400,\"employees\":100,"
                + "\"rdExpense\":30}", a)).andExpect(status().isOk());
        asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":2000,\"highTechRevenue\":600,\"employees\":130,"
                + "\"rdExpense\":50}", a)).andExpect(status().isOk());
        asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":2000,\"employees\":50,\"rdExpense\":10}", b))
                .andExpect(status().isOk());
        String zone = "$.zones[?(@.zone=='" + code + "')]";
        asAdmin(get("/api/evaluations/data?year=2024")).andExpect(status().isOk())
                .andExpect(jsonPath(zone + ".cells[?(@.code=='NEW_HIGH_TECH_ENTERPRISES')].value", hasItem(1.0)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='HIGH_TECH_ENTERPRISE_SHARE')].value", hasItem(0.5)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='HIGH_TECH_REVENUE')].value", hasItem(600.0)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='HIGH_TECH_REVENUE_GROWTH')].value", hasItem(0.5)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='NEW_HIGH_TECH_EMPLOYEES')].value", hasItem(30.0)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='LEADING_INDUSTRY_CONCENTRATION')].value", hasItem(0.5)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='RD_INTENSITY')].value", hasItem(0.015)))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='NEW_RD_INSTITUTIONS')].source", hasItem("COMPUTED")))
                .andExpect(jsonPath(zone + ".cells[?(@.code=='NEW_RD_INSTITUTIONS')].value", hasItem(0.0)));
        asAdmin(get("/api/targets?year=2024"))
                .andExpect(jsonPath("$.items[?(@.zone=='" + code + "')].targets[?(@.code=='HIGH_TECH_ENTERPRISE_SHARE')].light",
                        hasItem("GREEN")))
                .andExpect(jsonPath("$.items[?(@.zone=='" + code + "')].targets[?(@.code=='LEADING_INDUSTRY_CONCENTRATION')].light",
                        hasItem("RED")))
                .andExpect(jsonPath("$.items[?(@.zone=='" + code + "')].targets[?(@.code=='NEW_HIGH_TECH_ENTERPRISES_RISING')].light",
                        hasItem("GREEN")));
    }
}
