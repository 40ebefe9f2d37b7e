package cn.gov.gansu.gaoxin.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contracts §8, maker-checker for the money rules: parameter versions and matching lines are
 * proposals until a second user of the approving level approves them; approval chains hold only
 * official approver roles, each once; matching awards are once per beneficiary and line.
 */
abstract class MakerCheckerApiContract extends IntegrationTest {

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    String nationalProjectFacts(String uscc, String date) {
        return "{\"facts\":[{\"id\":\"p\",\"type\":\"NATIONAL_PROJECT_WON\",\"unit\":\"" + uscc + "\",\"zone\":\"jiayuguan\","
                + "\"programme\":\"KEY_RD\",\"project\":\"" + unique("P") + "\",\"fundingLandedYuan\":\"5000000.00\",\"date\":\"" + date + "\"}]}";
    }

    @Test
    @DisplayName("提案人不能批准自己的提案（403，中文说明）；批准前测算不变，另一位管理员批准后才改变")
    void theProposerCannotApproveItsOwnProposalAndNothingChangesUntilASecondAdminApproves() throws Exception {
        String maker = user("PROVINCE_ADMIN", null, null);
        String checker = user("PROVINCE_ADMIN", null, null);
        String facts = nationalProjectFacts(newUscc(), "2097-05-01");
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.findings[0].amountYuan").value("500000.00"));
        String proposal = body(as(maker, post("/api/policy/parameters/{n}/versions",
                "{\"validFrom\":\"2097-01-01\",\"validTo\":\"2097-12-31\",\"value\":\"0.2\",\"note\":\"测试：2097年比例提高\"}", "NATIONAL_PROJECT.rate"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.kind").value("PARAMETER_VERSION"))
                .andExpect(jsonPath("$.change.value").value("0.2"))
                .andExpect(jsonPath("$.proposedBy").value(maker))
                .andExpect(jsonPath("$.whatIf.changeYuan").exists()));
        long id = id(proposal);
        as(maker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("提案人不能审批自己的提案")));
        as(user("PROVINCE_FINANCE", null, null), post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.findings[0].amountYuan").value("500000.00"));
        as(checker, get("/api/policy/proposals?status=PENDING&size=200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"MAYBE\"}", id)).andExpect(status().isBadRequest());
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"已核对测算\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(checker));
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.findings[0].amountYuan").value("1000000.00"));
        asAdmin(post("/api/policy/assessments", nationalProjectFacts(newUscc(), "2098-05-01")))
                .andExpect(jsonPath("$.findings[0].amountYuan").value("500000.00"));
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"REJECT\",\"comment\":\"晚了\"}", id))
                .andExpect(status().isConflict());
    }

    @Test
    @DisplayName("驳回须说明理由；驳回的提案不生效")
    void aRejectedProposalNeedsAReasonAndChangesNothing() throws Exception {
        String proposal = body(asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2096-01-01\",\"value\":\"0.5\"}",
                "NATIONAL_PROJECT.rate")).andExpect(status().isAccepted()));
        long id = id(proposal);
        String checker = user("PROVINCE_ADMIN", null, null);
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"REJECT\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("理由")));
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"REJECT\",\"comment\":\"比例过高\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.comment").value("比例过高"));
        asAdmin(post("/api/policy/assessments", nationalProjectFacts(newUscc(), "2096-05-01")))
                .andExpect(jsonPath("$.findings[0].amountYuan").value("500000.00"));
    }

    @Test
    @DisplayName("审批链只能包含官方审批角色、每个角色至多一次，否则在提案时即为400（中文说明）")
    void anApprovalChainHoldsOnlyOfficialApproversEachOnce() throws Exception {
        String name = "NEW_HIGH_TECH_ENTERPRISE.approvals";
        asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2099-01-01\",\"value\":[\"ZONE_OFFICER\",\"ZONE_OFFICER\"]}", name))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("至多一次")));
        for (String role : new String[] {"ENTERPRISE", "AUDITOR", "REVIEWER", "NOBODY"}) {
            asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2099-01-01\",\"value\":[\"ZONE_OFFICER\",\"" + role + "\"]}", name))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("审批")));
        }
        asAdmin(post("/api/policy/what-if", "{\"overrides\":[{\"name\":\"" + name + "\",\"value\":[\"AUDITOR\"],\"validFrom\":\"2099-01-01\"}]}"))
                .andExpect(status().isBadRequest());
        asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2099-01-01\",\"value\":[\"ZONE_OFFICER\",\"CITY_OFFICER\","
                + "\"PROVINCE_ADMIN\",\"PROVINCE_FINANCE\",\"PROVINCE_GOVERNMENT\"]}", name)).andExpect(status().isAccepted());
    }

    @Test
    @DisplayName("市州工作人员提出本市配套项目，省科技厅管理员批准后用于测算；市州不能自行批准，只看到本市提案")
    void aCityOfficerProposesItsLineAndTheProvinceApprovesIt() throws Exception {
        String city = cityOfficer("zhangye-city");
        String facts = "{\"facts\":[{\"id\":\"m\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + newUscc()
                + "\",\"zone\":\"zhangye\",\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2099-04-01\"}]}";
        String proposal = body(as(city, post("/api/policy/matching-lines", "{\"city\":\"zhangye-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\","
                + "\"amountYuan\":\"30000.00\",\"validFrom\":\"2099-01-01\",\"budgetYuan\":\"3000000.00\"}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.kind").value("MATCHING_LINE"))
                .andExpect(jsonPath("$.change.city").value("zhangye-city")).andExpect(jsonPath("$.change.budgetYuan").value("3000000.00")));
        long id = id(proposal);
        as(city, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id)).andExpect(status().isForbidden());
        as(city, get("/api/policy/proposals")).andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.items[*].kind", not(hasItem("PARAMETER_VERSION"))));
        as(cityOfficer("lanzhou-city"), get("/api/policy/proposals")).andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        as(cityOfficer("lanzhou-city"), get("/api/policy/proposals/{id}", id)).andExpect(status().isNotFound());
        as(user("ENTERPRISE", "enterprise", enterpriseIn("zhangye")), get("/api/policy/proposals")).andExpect(status().isForbidden());
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.matchingFindings", hasSize(0)));
        String before = java.time.Instant.now().toString();
        Thread.sleep(5);
        asAdmin(post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id)).andExpect(status().isOk());
        asAdmin(post("/api/policy/assessments?asOf=" + before, facts)).andExpect(jsonPath("$.matchingFindings", hasSize(0)));
        asAdmin(post("/api/policy/assessments", facts)).andExpect(jsonPath("$.matchingFindings", hasSize(1)))
                .andExpect(jsonPath("$.matchingFindings[0].amountYuan").value("30000.00"))
                .andExpect(jsonPath("$.matchingFindings[0].payer").value("zhangye-city"));
        asAdmin(get("/api/policy/matching-lines/versions"))
                .andExpect(jsonPath("$[?(@.code=='zhangye-city:NEW_HIGH_TECH_ENTERPRISE')].approvedBy", hasItem("admin")));
    }

    @Test
    @DisplayName("配套比例1000%按10倍计算而非100%；单项上限与终止作为带日期的新版本生效")
    void aThousandPercentRateIsTenTimesAndLinesChangeAndEndAsDatedVersions() throws Exception {
        String facts = "{\"facts\":[{\"id\":\"m\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + newUscc()
                + "\",\"zone\":\"baiyin\",\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"%s\"}]}";
        String checker = user("PROVINCE_ADMIN", null, null);
        String p1 = body(asAdmin(post("/api/policy/matching-lines", "{\"city\":\"baiyin-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\","
                + "\"rate\":\"10\",\"validFrom\":\"2099-01-01\"}")).andExpect(status().isAccepted()));
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id(p1))).andExpect(status().isOk());
        asAdmin(post("/api/policy/assessments", facts.formatted("2099-03-01")))
                .andExpect(jsonPath("$.matchingFindings[0].amountYuan").value("2000000.00"))
                .andExpect(jsonPath("$.matchingFindings[0].explanation", containsString("1000%")));
        String p2 = body(asAdmin(post("/api/policy/matching-lines", "{\"city\":\"baiyin-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\","
                + "\"rate\":\"10.000\",\"capYuan\":\"1500000.00\",\"validFrom\":\"2099-06-01\"}")).andExpect(status().isAccepted()));
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id(p2))).andExpect(status().isOk());
        asAdmin(post("/api/policy/assessments", facts.formatted("2099-07-01")))
                .andExpect(jsonPath("$.matchingFindings[0].amountYuan").value("1500000.00"))
                .andExpect(jsonPath("$.matchingFindings[0].amountType").value("CAPPED"));
        asAdmin(post("/api/policy/assessments", facts.formatted("2099-03-01")))
                .andExpect(jsonPath("$.matchingFindings[0].amountYuan").value("2000000.00"));
        String p3 = body(asAdmin(post("/api/policy/matching-lines", "{\"city\":\"baiyin-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\","
                + "\"ended\":true,\"validFrom\":\"2099-09-01\"}")).andExpect(status().isAccepted()));
        as(checker, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id(p3))).andExpect(status().isOk());
        asAdmin(post("/api/policy/assessments", facts.formatted("2099-10-01"))).andExpect(jsonPath("$.matchingFindings", hasSize(0)));
        asAdmin(post("/api/policy/assessments", facts.formatted("2099-07-01")))
                .andExpect(jsonPath("$.matchingFindings[0].amountYuan").value("1500000.00"));
        asAdmin(post("/api/policy/matching-lines", "{\"city\":\"baiyin-city\",\"baseLine\":\"NEW_HIGH_TECH_ENTERPRISE\",\"rate\":\"11\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("rate")));
    }

    @Test
    @DisplayName("配套奖补每个受益对象每个配套项目只提供一次：实时事件与重新扫描（无证书编号）不重复提供")
    void aMatchingAwardIsOfferedOncePerBeneficiaryAndLineAcrossTheLiveEventAndTheRescan() throws Exception {
        String city = cityOfficer("jinchang-city");
        String proposal = body(as(city, post("/api/policy/matching-lines", "{\"city\":\"jinchang-city\",\"baseLine\":\"NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE\","
                + "\"rate\":\"0.5\"}")).andExpect(status().isAccepted()));
        asAdmin(post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id(proposal))).andExpect(status().isOk());
        String u = enterpriseIn("jinchang");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"PROVINCIAL_INNOVATIVE_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"date\":\"" + today + "\"}", u)).andExpect(status().isCreated());
        asAdmin(get("/api/entitlements?beneficiary={u}", u))
                .andExpect(jsonPath("$.items[?(@.line=='jinchang-city:NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE')]", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.line=='jinchang-city:NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE')].amountYuan", hasItem("25000.00")))
                .andExpect(jsonPath("$.items[?(@.line=='jinchang-city:NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE')].payer", hasItem("jinchang-city")));
        asAdmin(post("/api/policy/rescan", "")).andExpect(status().isOk());
        asAdmin(get("/api/entitlements?beneficiary={u}", u)).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[?(@.line=='jinchang-city:NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE')]", hasSize(1)));
    }

    @Test
    @DisplayName("配套项目有自己的预算：超出预算的配套奖补暂不提供，预算经批准提高后由重新扫描补发")
    void aMatchingLineOffersNoMoreThanItsOwnBudget() throws Exception {
        String officer = zoneOfficer("yumen");
        String p1 = body(as(officer, post("/api/policy/matching-lines", "{\"zone\":\"yumen\",\"baseLine\":\"NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE\","
                + "\"amountYuan\":\"30000.00\",\"budgetYuan\":\"50000.00\"}")).andExpect(status().isAccepted()));
        asAdmin(post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id(p1))).andExpect(status().isOk());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String first = enterpriseIn("yumen");
        String second = enterpriseIn("yumen");
        for (String u : new String[] {first, second}) {
            asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"PROVINCIAL_INNOVATIVE_ENTERPRISE\",\"recognition\":\"FIRST\","
                    + "\"date\":\"" + today + "\"}", u)).andExpect(status().isCreated());
        }
        String line = "$.items[?(@.line=='yumen:NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE')]";
        asAdmin(get("/api/entitlements?beneficiary={u}", first)).andExpect(jsonPath(line, hasSize(1)));
        asAdmin(get("/api/entitlements?beneficiary={u}", second)).andExpect(jsonPath(line, hasSize(0)))
                .andExpect(jsonPath("$.items", hasSize(1)));
        String p2 = body(as(officer, post("/api/policy/matching-lines", "{\"zone\":\"yumen\",\"baseLine\":\"NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE\","
                + "\"amountYuan\":\"30000.00\",\"budgetYuan\":\"100000.00\",\"note\":\"追加预算\"}")).andExpect(status().isAccepted()));
        asAdmin(post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id(p2))).andExpect(status().isOk());
        asAdmin(post("/api/policy/rescan", "")).andExpect(status().isOk());
        asAdmin(get("/api/entitlements?beneficiary={u}", second)).andExpect(jsonPath(line, hasSize(1)));
        asAdmin(get("/api/entitlements?beneficiary={u}", first)).andExpect(jsonPath(line, hasSize(1)));
    }

    @Test
    @DisplayName("两位管理员同时批准同一提案：只有一位成功，另一位得到409，参数只新增一个版本")
    void twoCheckersApprovingAtOnceApproveItOnce() throws Exception {
        String note = unique("并发测试");
        String proposal = body(asAdmin(post("/api/policy/parameters/{n}/versions", "{\"validFrom\":\"2094-01-01\",\"value\":\"0.12\","
                + "\"note\":\"" + note + "\"}", "NATIONAL_PROJECT.rate")).andExpect(status().isAccepted()));
        long id = id(proposal);
        String[] checkers = {user("PROVINCE_ADMIN", null, null), user("PROVINCE_ADMIN", null, null)};
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String c : checkers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(c, post("/api/policy/proposals/{id}/decisions", "{\"decision\":\"APPROVE\"}", id)).andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        String parameters = body(asAdmin(get("/api/policy/parameters")));
        java.util.List<Object> versions = JsonPath.read(parameters, "$.items[?(@.name=='NATIONAL_PROJECT.rate')].versions[?(@.note=='" + note + "')]");
        org.assertj.core.api.Assertions.assertThat(versions).hasSize(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("升级迁移：按事实记录的配套权益改为按受益对象和配套项目记录，重复提供的只保留最早一条")
    void theMigrationReKeysMatchingEntitlementsOncePerBeneficiaryAndLine() throws Exception {
        String u = newUscc();
        String line = unique("mig-city") + ":NEW_HIGH_TECH_ENTERPRISE";
        String project = unique("mig-city") + ":NATIONAL_PROJECT";
        insertOld("M|" + line + "|" + u + "|event", u, line, "QUALIFICATION_RECOGNISED", "2025-01-01T00:00:00Z");
        insertOld("M|" + line + "|" + u + "|q77", u, line, "QUALIFICATION_RECOGNISED", "2025-01-02T00:00:00Z");
        insertOld("M|" + project + "|" + u + "|project-2024YFB0000009", u, project, "NATIONAL_PROJECT_WON", "2025-01-02T00:00:00Z");
        String sql = new String(getClass().getResourceAsStream("/db/migration/V7_2__matching_once_key.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        for (String statement : sql.split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT once_key FROM policy_entitlement WHERE beneficiary = :u ORDER BY created_at, once_key")
                .param("u", u).query(String.class).list())
                .containsExactly("M|" + line + "|" + u, "M|" + line + "|" + u + "|q77", "M|" + project + "|" + u + "|P2024YFB0000009");
    }

    private void insertOld(String key, String uscc, String line, String factType, String at) {
        jdbc.sql("INSERT INTO policy_entitlement (id, once_key, beneficiary, beneficiary_zone, line, clause, amount, amount_type, payer, "
                        + "payable_year, approvals, explanation, event_date, fact_type, source, policy_version, created_at) "
                        + "VALUES (:id, :k, :u, 'jiayuguan', :l, '10', 1000.00, 'FIXED', 'x-city', 2026, 'CITY_OFFICER', '测试', :d, :ft, "
                        + "'EVENT', 'test', :at)")
                .param("id", java.util.UUID.randomUUID().toString()).param("k", key).param("u", uscc).param("l", line)
                .param("d", java.sql.Date.valueOf("2025-01-01")).param("ft", factType)
                .param("at", java.sql.Timestamp.from(java.time.Instant.parse(at))).update();
    }
}
