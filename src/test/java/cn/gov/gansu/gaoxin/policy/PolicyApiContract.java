package cn.gov.gansu.gaoxin.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contracts §3 (assessments) and the policy module's own API: entitlements, parameters, rescan, what-if. */
abstract class PolicyApiContract extends IntegrationTest {

    static final String F3 = "{\"id\":\"f3\",\"type\":\"NATIONAL_PROJECT_WON\",\"unit\":\"%s\",\"zone\":\"lanzhou\","
            + "\"programme\":\"KEY_RD\",\"project\":\"2024YFB0000001\",\"fundingLandedYuan\":\"4200000.00\",\"date\":\"2024-08-01\"}";

    String contractExample(String uscc) {
        return "{\"facts\":["
                + "{\"id\":\"f1\",\"type\":\"ZONE_RECOGNISED\",\"zone\":\"qingcheng\",\"level\":\"PROVINCIAL\",\"date\":\"2024-05-10\"},"
                + "{\"id\":\"f2\",\"type\":\"ZONE_APPROVED_NATIONAL\",\"zone\":\"jiayuguan\",\"date\":\"2024-11-02\"},"
                + F3.formatted(uscc) + ","
                + "{\"id\":\"f4\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + uscc + "\",\"zone\":\"baiyin\","
                + "\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2024-12-20\"},"
                + "{\"id\":\"f5\",\"type\":\"ENTERPRISE_INTRODUCED\",\"enterprise\":\"" + uscc + "\",\"zone\":\"jinchang\","
                + "\"category\":\"GAZELLE\",\"date\":\"2024-03-01\"},"
                + "{\"id\":\"f6\",\"type\":\"ZONE_REVOKED\",\"zone\":\"minle\",\"date\":\"2024-01-01\"},"
                + "{\"id\":\"f7\",\"type\":\"ENCLAVE_PARK\",\"zone\":\"lanzhou-shanghai-enclave\",\"parentZone\":\"lanzhou\",\"date\":\"2023-01-01\"},"
                + "{\"id\":\"f8\",\"type\":\"AWARD_ALREADY_GRANTED\",\"beneficiary\":\"" + uscc + "\",\"line\":\"NEW_HIGH_TECH_ENTERPRISE\",\"date\":\"2023-06-01\"}"
                + "]}";
    }

    @Test
    @DisplayName("合同示例：每个可能产生奖励的事实一条结论，状态类事实没有结论")
    void theContractExampleGivesOneFindingPerAwardFact() throws Exception {
        String u = newUscc();
        asAdmin(post("/api/policy/assessments", contractExample(u))).andExpect(status().isOk())
                .andExpect(jsonPath("$.policyVersion", startsWith("gansu-2023@")))
                .andExpect(jsonPath("$.findings", hasSize(5)))
                .andExpect(jsonPath("$.findings[0].fact").value("f1"))
                .andExpect(jsonPath("$.findings[0].outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.findings[0].line").value("NEW_PROVINCIAL_ZONE"))
                .andExpect(jsonPath("$.findings[0].amountYuan").value("2000000.00"))
                .andExpect(jsonPath("$.findings[0].payableYear").value(2025))
                .andExpect(jsonPath("$.findings[1].clause").value("1"))
                .andExpect(jsonPath("$.findings[1].beneficiary").value("jiayuguan"))
                .andExpect(jsonPath("$.findings[1].amountYuan").value("50000000.00"))
                .andExpect(jsonPath("$.findings[1].amountType").value("MINIMUM"))
                .andExpect(jsonPath("$.findings[1].payer").value("PROVINCE_FINANCE"))
                .andExpect(jsonPath("$.findings[1].approvals[2]").value("PROVINCE_GOVERNMENT"))
                .andExpect(jsonPath("$.findings[2].amountYuan").value("420000.00"))
                .andExpect(jsonPath("$.findings[2].amountType").value("FIXED"))
                .andExpect(jsonPath("$.findings[2].explanation", containsString("4200000.00 × 10% = 420000.00")))
                .andExpect(jsonPath("$.findings[3].fact").value("f4"))
                .andExpect(jsonPath("$.findings[3].outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.findings[3].reason", containsString("f8")))
                .andExpect(jsonPath("$.findings[4].outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.findings[4].amountYuan").value("1000000.00"));
    }

    @Test
    @DisplayName("新认定高企：20万元、省科技厅支付、管委会与省科技厅审批、解释引用第10条")
    void aFirstHighTechRecognitionIsTwoHundredThousandFromTheDepartment() throws Exception {
        String u = newUscc();
        asAdmin(post("/api/policy/assessments", "{\"facts\":[{\"id\":\"f4\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\""
                + u + "\",\"zone\":\"baiyin\",\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2024-12-20\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.findings[0].clause").value("10"))
                .andExpect(jsonPath("$.findings[0].line").value("NEW_HIGH_TECH_ENTERPRISE"))
                .andExpect(jsonPath("$.findings[0].beneficiary").value(u))
                .andExpect(jsonPath("$.findings[0].amountYuan").value("200000.00"))
                .andExpect(jsonPath("$.findings[0].amountType").value("FIXED"))
                .andExpect(jsonPath("$.findings[0].payableYear").value(2025))
                .andExpect(jsonPath("$.findings[0].payer").value("PROVINCE_DEPARTMENT"))
                .andExpect(jsonPath("$.findings[0].approvals[0]").value("ZONE_OFFICER"))
                .andExpect(jsonPath("$.findings[0].approvals[1]").value("PROVINCE_ADMIN"))
                .andExpect(jsonPath("$.findings[0].explanation", startsWith("依据第10条")));
    }

    @Test
    @DisplayName("未知高新区代码视为不在任何高新区：不符合条件")
    void aZoneTheRegistryDoesNotKnowIsNoZone() throws Exception {
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted(newUscc()).replace("lanzhou", "atlantis") + "]}"))
                .andExpect(jsonPath("$.findings[0].outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.findings[0].reason", containsString("atlantis")));
    }

    @Test
    @DisplayName("只有省科技厅、省财政厅和审计可以评估；其他角色403")
    void onlyProvinceAdminFinanceAndAuditorMayAssess() throws Exception {
        String body = "{\"facts\":[" + F3.formatted(newUscc()) + "]}";
        as(user("PROVINCE_FINANCE", null, null), post("/api/policy/assessments", body)).andExpect(status().isOk());
        as(user("AUDITOR", null, null), post("/api/policy/assessments", body)).andExpect(status().isOk());
        as(zoneOfficer("lanzhou"), post("/api/policy/assessments", body)).andExpect(status().isForbidden());
        as(cityOfficer("lanzhou-city"), post("/api/policy/assessments", body)).andExpect(status().isForbidden());
        as(user("PROVINCE_GOVERNMENT", null, null), post("/api/policy/assessments", body)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("错误输入：400 中文问题详情，指明字段")
    void badInputIsAChineseProblemNamingTheField() throws Exception {
        String u = newUscc();
        asAdmin(post("/api/policy/assessments", "{\"facts\":[{\"id\":\"x\",\"type\":\"MOON_LANDING\",\"date\":\"2024-01-01\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("facts[0].type")));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted("91350100M000100Y44") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("facts[0].unit")))
                .andExpect(jsonPath("$.detail", containsString("校验位")));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted(u).replace("2024-08-01", "2024-02-30") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("facts[0].date")));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted(u).replace("2024-08-01", "3024-08-01") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("超出允许范围")));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted(u).replace("\"4200000.00\"", "\"-1.00\"") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("facts[0].fundingLandedYuan")))
                .andExpect(jsonPath("$.detail", containsString("负数")));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted(u).replace("\"4200000.00\"", "\"四百万\"") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("fundingLandedYuan")));
        asAdmin(post("/api/policy/assessments", "{\"facts\":[" + F3.formatted(u).replace("\"id\":\"f3\",", "") + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("facts[0].id")));
        asAdmin(post("/api/policy/assessments", "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("facts")));
    }

    @Test
    @DisplayName("免申即享：通过接口登记首次认定高企，无需其他操作即出现权益")
    void recordingAFirstHighTechQualificationAloneOffersTheEntitlement() throws Exception {
        String u = enterpriseIn("jiayuguan");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025" + u.substring(8, 16).replaceAll("[^0-9A-Z]", "0") + "\",\"date\":\"2025-11-03\"}", u))
                .andExpect(status().isCreated());
        asAdmin(get("/api/entitlements?beneficiary={u}", u)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].line").value("NEW_HIGH_TECH_ENTERPRISE"))
                .andExpect(jsonPath("$.items[0].amountYuan").value("200000.00"))
                .andExpect(jsonPath("$.items[0].payableYear").value(2026))
                .andExpect(jsonPath("$.items[0].beneficiaryZone").value("jiayuguan"));
        as(zoneOfficer("jiayuguan"), get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(1)));
        as(zoneOfficer("lanzhou"), get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(0)));
        as(cityOfficer("baiyin-city"), get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(0)));
        as(user("ENTERPRISE", "enterprise", u), get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(1)));
        as(user("ENTERPRISE", "enterprise", enterpriseIn("jiayuguan")), get("/api/entitlements?beneficiary={u}", u))
                .andExpect(jsonPath("$.items", hasSize(0)));
        asAdmin(post("/api/policy/rescan", "")).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0));
        asAdmin(get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    @DisplayName("重新认定不是新认定：不产生权益")
    void aRenewalOffersNothing() throws Exception {
        String u = enterpriseIn("zhangye");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"RENEWAL\","
                + "\"certificate\":\"GR2025R" + u.substring(9, 16).replaceAll("[^0-9A-Z]", "0") + "\",\"date\":\"2025-11-03\"}", u))
                .andExpect(status().isCreated());
        asAdmin(get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    @DisplayName("评价结果发布后，获奖励的高新区自动获得第20条权益（金额未设定时待定）")
    void aPublishedEvaluationOffersTheTopRankRewardToRewardedZones() throws Exception {
        events.publishEvent(new cn.gov.gansu.gaoxin.evaluation.EvaluationPublished(2025, 1, java.time.LocalDate.of(2026, 3, 1),
                "TARGET_REFERENCED", java.util.List.of(
                        new cn.gov.gansu.gaoxin.evaluation.EvaluationPublished.Result("dingxi", 1, true, java.math.BigDecimal.TEN,
                                java.util.List.of("REWARD")),
                        new cn.gov.gansu.gaoxin.evaluation.EvaluationPublished.Result("longxi", 5, true, java.math.BigDecimal.ONE,
                                java.util.List.of()))));
        // other test classes sharing this context may publish evaluations of other years: look at 2025's only
        asAdmin(get("/api/entitlements?beneficiary=dingxi"))
                .andExpect(jsonPath("$.items[?(@.line=='EVALUATION_TOP_RANK' && @.eventDate=='2026-03-01')]", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.line=='EVALUATION_TOP_RANK' && @.eventDate=='2026-03-01')].amountType",
                        org.hamcrest.Matchers.contains("TO_BE_DECIDED")));
        asAdmin(get("/api/entitlements?beneficiary=longxi"))
                .andExpect(jsonPath("$.items[?(@.line=='EVALUATION_TOP_RANK' && @.eventDate=='2026-03-01')]", hasSize(0)));
    }

    @Test
    @DisplayName("重新扫描只有省科技厅管理员可以执行")
    void onlyTheProvinceAdminMayRescan() throws Exception {
        as(user("AUDITOR", null, null), post("/api/policy/rescan", "")).andExpect(status().isForbidden());
    }

    /** Approves a proposal as a second province admin (maker-checker, contracts §8). */
    void approveAsSecondAdmin(String proposalJson) throws Exception {
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(proposalJson, "$.id")).longValue();
        as(user("PROVINCE_ADMIN", null, null), post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    @DisplayName("新增参数版本：经第二位管理员批准后今后结果采用新值，按当时已知参数可重放过去的结果")
    void aNewParameterVersionChangesFutureResultsAndThePastReplays() throws Exception {
        String u = newUscc();
        String body = "{\"facts\":[{\"id\":\"p\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + u + "\",\"zone\":\"yumen\","
                + "\"qualification\":\"PROVINCIAL_INNOVATIVE_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2099-03-01\"}]}";
        String proposal = asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2099-01-01\",\"value\":\"80000.00\",\"note\":\"测试：2099年起提高\"}",
                "NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE.amountYuan")).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING")).andReturn().getResponse().getContentAsString();
        asAdmin(post("/api/policy/assessments", body)).andExpect(jsonPath("$.findings[0].amountYuan").value("50000.00"));
        String before = java.time.Instant.now().toString();
        Thread.sleep(5);
        approveAsSecondAdmin(proposal);
        asAdmin(post("/api/policy/assessments", body)).andExpect(jsonPath("$.findings[0].amountYuan").value("80000.00"))
                .andExpect(jsonPath("$.findings[0].explanation", containsString("80000.00")));
        asAdmin(post("/api/policy/assessments?asOf=" + before, body)).andExpect(jsonPath("$.findings[0].amountYuan").value("50000.00"));
        asAdmin(post("/api/policy/assessments", body.replace("2099-03-01", "2098-03-01")))
                .andExpect(jsonPath("$.findings[0].amountYuan").value("50000.00"));
        as(user("PROVINCE_FINANCE", null, null), post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2099-01-01\",\"value\":\"1.00\"}",
                "NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE.amountYuan")).andExpect(status().isForbidden());
        asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2099-01-01\",\"value\":\"-5\"}",
                "NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE.amountYuan")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("条款覆盖表列出全部21条")
    void theCoverageTableListsAllTwentyOneClauses() throws Exception {
        asAdmin(get("/api/policy/coverage")).andExpect(status().isOk()).andExpect(jsonPath("$.clauses", hasSize(21)))
                .andExpect(jsonPath("$.clauses[4].rules[0]").value("NationalProjectReward"));
    }

    @Test
    @DisplayName("假设分析：提高高企奖补后，受益对象增加金额，下一年度预算需求随之变化")
    void whatIfRaisesTheHighTechAwardForTheRegistry() throws Exception {
        String u = enterpriseIn("pingliang");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2024W" + u.substring(9, 16).replaceAll("[^0-9A-Z]", "0") + "\",\"date\":\"2024-06-03\"}", u))
                .andExpect(status().isCreated());
        asAdmin(post("/api/policy/what-if", "{\"overrides\":[{\"name\":\"NEW_HIGH_TECH_ENTERPRISE.amountYuan\",\"value\":\"300000.00\","
                + "\"validFrom\":\"2023-01-01\"}],\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"forecastFromYear\":2024}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gainers[?(@.beneficiary == '" + u + "')].changeYuan").value("100000.00"))
                .andExpect(jsonPath("$.forecast.year").value(2025));
    }

    @Test
    @DisplayName("市州配套奖补：市州提出、省厅批准后按省级金额比例由市州支付；新项目不追溯，注明追溯的才适用于批准前的事件")
    void aCityMatchingLineAddsItsOwnFinding() throws Exception {
        String city = cityOfficer("dingxi-city");
        String u = newUscc();
        String facts = "{\"facts\":[{\"id\":\"m\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + u
                + "\",\"zone\":\"longxi\",\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2024-12-20\"}]}";
        String notRetroactive = as(city, post("/api/policy/matching-lines", "{\"city\":\"dingxi-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\","
                + "\"rate\":\"0.5\",\"validFrom\":\"2024-01-01\"}")).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.whatIf.changeYuan").exists())
                .andReturn().getResponse().getContentAsString();
        as(city, post("/api/policy/matching-lines", "{\"city\":\"lanzhou-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\",\"rate\":\"0.5\"}"))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.matchingFindings", hasSize(0)));
        approveAsSecondAdmin(notRetroactive);
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.findings", hasSize(1)))
                .andExpect(jsonPath("$.matchingFindings", hasSize(0)));
        String retroactive = as(city, post("/api/policy/matching-lines", "{\"city\":\"dingxi-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\","
                + "\"rate\":\"0.5\",\"validFrom\":\"2024-01-01\",\"retroactive\":true}")).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        approveAsSecondAdmin(retroactive);
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.findings", hasSize(1)))
                .andExpect(jsonPath("$.matchingFindings", hasSize(1)))
                .andExpect(jsonPath("$.matchingFindings[0].line").value("dingxi-city:NEW_HIGH_TECH_ENTERPRISE"))
                .andExpect(jsonPath("$.matchingFindings[0].amountYuan").value("100000.00"))
                .andExpect(jsonPath("$.matchingFindings[0].payer").value("dingxi-city"));
    }
}
