package cn.gov.gansu.gaoxin.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/** Contracts §10 and the rest of funds (review, overdue, recovery, ledger, measures, plans); on H2 and PostgreSQL. */
abstract class FundsApiContract extends IntegrationTest {

    static final String USE = "{\"year\":2026,\"uses\":[{\"category\":\"%s\",\"amountYuan\":\"%s\",\"note\":\"购置检测设备\"}]}";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FundsClauseReport clauses;

    // ------------------------------------------------------------------ fixtures

    /** A clause 10 award of a new enterprise in {@code zone}, approved (reserved from {@code payer}'s 2026 budget). */
    Award approvedEnterpriseAward(String zone, String payer) throws Exception {
        String uscc = enterpriseIn(zone);
        String entitlement = unique("FUNDS-");
        tx.executeWithoutResult(s -> events.publishEvent(new EntitlementOffered(entitlement, uscc, zone, "NEW_HIGH_TECH_ENTERPRISE", "10",
                new BigDecimal("200000.00"), "FIXED", payer, 2026, List.of("ZONE_OFFICER", "PROVINCE_ADMIN"),
                "依据第10条：新认定高新技术企业，奖励200000.00元", LocalDate.of(2025, 11, 3))));
        long id = jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlement).query(Long.class).single();
        String company = user("ENTERPRISE", "enterprise", uscc);
        String officer = zoneOfficer(zone);
        as(company, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id)).andExpect(status().isOk());
        as(officer, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"材料齐全\"}", id)).andExpect(status().isOk());
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id)).andExpect(status().isOk());
        return new Award(id, uscc, company, officer);
    }

    Award paidEnterpriseAward(String zone, String payer) throws Exception {
        Award a = approvedEnterpriseAward(zone, payer);
        pay(a.id(), "200000.00");
        return a;
    }

    void pay(long id, String amount) throws Exception {
        as(user("PROVINCE_FINANCE", null, null), post("/api/awards/{id}/payments", "{\"amountYuan\":\"" + amount + "\"}", id)
                .header("Idempotency-Key", unique("pay-"))).andExpect(status().isCreated());
    }

    /** A unique payer with a 2026 budget. */
    String payerWithBudget(String amount) throws Exception {
        String payer = unique("FUND-PAYER-");
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"" + amount + "\"}"))
                .andExpect(status().is2xxSuccessful());
        return payer;
    }

    BigDecimal money(String user, String url, String path, Object... vars) throws Exception {
        Object v = JsonPath.read(as(user, get(url, vars)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), path);
        if (v instanceof List<?> l) {
            v = l.isEmpty() ? "0" : l.get(0);
        }
        return new BigDecimal(String.valueOf(v));
    }

    record Award(long id, String uscc, String company, String officer) {
    }

    // ------------------------------------------------------------------ contracts §10

    @Test
    @DisplayName("受奖企业按四类用途填报已拨付奖补的使用情况，合计不得超过拨付金额，汇总按高新区计入")
    void theBeneficiaryReportsUseWithinThePaidAmountAndTheSummaryCountsIt() throws Exception {
        String payer = payerWithBudget("1000000.00");
        String cityOfficer = cityOfficer("jiayuguan-city");
        String summary = "/api/fund-use/summary?year=2026";
        String zoneItem = "$.items[?(@.zone=='jiayuguan')]";
        BigDecimal paidBefore = money(cityOfficer, summary, zoneItem + ".paidYuan");
        BigDecimal reportedBefore = money(cityOfficer, summary, zoneItem + ".reportedYuan");
        BigDecimal industryBefore = money(cityOfficer, summary, zoneItem + ".byCategory.INDUSTRY_DEVELOPMENT");
        Award a = paidEnterpriseAward("jiayuguan", payer);

        as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "120000.00"), a.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.totalYuan").value("120000.00"))
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.uses[0].categoryName").value("推动区内高新技术产业发展"));
        as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("RESEARCH_INVESTMENT", "80000.01"), a.id()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超过")));
        as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("RESEARCH_INVESTMENT", "80000.00"), a.id()))
                .andExpect(status().isCreated());
        as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("RESEARCH_CONDITIONS", "0.01"), a.id()))
                .andExpect(status().isConflict());

        assertThat(money(cityOfficer, summary, zoneItem + ".paidYuan")).isEqualByComparingTo(paidBefore.add(new BigDecimal("200000.00")));
        assertThat(money(cityOfficer, summary, zoneItem + ".reportedYuan")).isEqualByComparingTo(reportedBefore.add(new BigDecimal("200000.00")));
        assertThat(money(cityOfficer, summary, zoneItem + ".byCategory.INDUSTRY_DEVELOPMENT"))
                .isEqualByComparingTo(industryBefore.add(new BigDecimal("120000.00")));
        as(a.company(), get(summary)).andExpect(status().isOk()).andExpect(jsonPath("$.items[0].zone").value("jiayuguan"))
                .andExpect(jsonPath("$.items[0].paidYuan").value("200000.00")).andExpect(jsonPath("$.items[0].reportedYuan").value("200000.00"))
                .andExpect(jsonPath("$.items[0].byCategory.RESEARCH_INVESTMENT").value("80000.00"))
                .andExpect(jsonPath("$.items[0].byCategory.INNOVATION_ECOSYSTEM").value("0.00"))
                .andExpect(jsonPath("$.items[0].overdue").value(0));
        as(zoneOfficer("lanzhou"), get(summary)).andExpect(jsonPath("$.items[*].zone", org.hamcrest.Matchers.not(hasItem("jiayuguan"))));
    }

    @Test
    @DisplayName("未拨付的奖补不能填报（409）；他人、其他角色和范围外的用户被拒绝；用途和金额须合法")
    void onlyTheBeneficiaryReportsOnlyPaidAwardsWithValidUses() throws Exception {
        String payer = payerWithBudget("1000000.00");
        Award unpaid = approvedEnterpriseAward("baiyin", payer);
        as(unpaid.company(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), unpaid.id()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚未拨付")));
        pay(unpaid.id(), "200000.00");
        String other = user("ENTERPRISE", "enterprise", enterpriseIn("baiyin"));
        as(other, post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), unpaid.id()))
                .andExpect(status().isNotFound());
        as(unpaid.officer(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), unpaid.id()))
                .andExpect(status().isForbidden());
        as(zoneOfficer("lanzhou"), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), unpaid.id()))
                .andExpect(status().is(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(403), org.hamcrest.Matchers.is(404))));
        as(user("AUDITOR", null, null), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), unpaid.id()))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), unpaid.id())).andExpect(status().isForbidden());
        as(unpaid.company(), post("/api/awards/{id}/fund-use", USE.formatted("BUY_CARS", "1.00"), unpaid.id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("category")));
        as(unpaid.company(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "-5.00"), unpaid.id()))
                .andExpect(status().isBadRequest());
        as(unpaid.company(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.001"), unpaid.id()))
                .andExpect(status().isBadRequest());
        as(unpaid.company(), post("/api/awards/{id}/fund-use", "{\"year\":2026,\"uses\":[]}", unpaid.id())).andExpect(status().isBadRequest());
        as(unpaid.company(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1.00"), 987654321L))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("高新区奖补由管委会填报、市(州)审核；退回的报告不再计入并通知受奖方；企业奖补由管委会审核")
    void reportsAreReviewedByTheZoneOrTheCityAndAReturnedReportNoLongerCounts() throws Exception {
        String payer = payerWithBudget("1000000.00");
        String entitlement = unique("FUNDS-ZONE-");
        tx.executeWithoutResult(s -> events.publishEvent(new EntitlementOffered(entitlement, "zhangye", "zhangye", "ZONE_PROMOTED", "2",
                new BigDecimal("500000.00"), "FIXED", payer, 2026, List.of("PROVINCE_ADMIN"), "依据第2条", LocalDate.of(2025, 6, 1))));
        long id = jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlement).query(Long.class).single();
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id)).andExpect(status().isOk());
        pay(id, "500000.00");
        String zoneOfficer = zoneOfficer("zhangye");
        String city = cityOfficer("zhangye-city");
        String report = as(zoneOfficer, post("/api/awards/{id}/fund-use", USE.formatted("INNOVATION_ECOSYSTEM", "300000.00"), id))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = ((Number) JsonPath.read(report, "$.id")).longValue();

        as(zoneOfficer, post("/api/fund-use/reports/{r}/review", "{\"decision\":\"ACCEPT\"}", reportId)).andExpect(status().isForbidden());
        as(cityOfficer("lanzhou-city"), post("/api/fund-use/reports/{r}/review", "{\"decision\":\"ACCEPT\"}", reportId))
                .andExpect(status().isNotFound());
        as(city, post("/api/fund-use/reports/{r}/review", "{\"decision\":\"RETURN\"}", reportId)).andExpect(status().isBadRequest());
        as(city, get("/api/fund-use/reports?status=SUBMITTED")).andExpect(jsonPath("$.items[*].id", hasItem((int) reportId)));
        as(city, post("/api/fund-use/reports/{r}/review", "{\"decision\":\"RETURN\",\"comment\":\"请附发票\"}", reportId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.awardReportedYuan").value("0.00"));
        as(city, post("/api/fund-use/reports/{r}/review", "{\"decision\":\"ACCEPT\"}", reportId)).andExpect(status().isConflict());
        as(zoneOfficer, get("/api/messages")).andExpect(jsonPath("$[*].subject", hasItem("资金使用报告被退回")));
        as(zoneOfficer, post("/api/awards/{id}/fund-use", USE.formatted("INNOVATION_ECOSYSTEM", "500000.00"), id)).andExpect(status().isCreated());

        Award enterprise = paidEnterpriseAward("zhangye", payer);
        String r2 = as(enterprise.company(), post("/api/awards/{id}/fund-use", USE.formatted("RESEARCH_CONDITIONS", "50000.00"), enterprise.id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long r2Id = ((Number) JsonPath.read(r2, "$.id")).longValue();
        mvc.perform(multipart("/api/fund-use/reports/{r}/attachments", r2Id)
                .file(new MockMultipartFile("file", "发票.pdf", "application/pdf", "%PDF-1.4 test".getBytes()))
                .header("Authorization", basic(enterprise.company(), PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("发票.pdf"));
        as(city, post("/api/fund-use/reports/{r}/review", "{\"decision\":\"ACCEPT\"}", r2Id)).andExpect(status().isForbidden());
        as(zoneOfficer, post("/api/fund-use/reports/{r}/review", "{\"decision\":\"ACCEPT\",\"comment\":\"属实\"}", r2Id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.attachments[0].fileName").value("发票.pdf"));
    }

    @Test
    @DisplayName("拨付超过期限仍未报告的奖补计为逾期，列入审核方清单并站内提醒受奖企业")
    void anAwardPaidLongAgoWithNothingReportedIsOverdueListedAndReminded() throws Exception {
        String payer = payerWithBudget("1000000.00");
        String officer = zoneOfficer("pingliang");
        String summary = "/api/fund-use/summary?year=2026";
        BigDecimal before = money(officer, summary, "$.items[?(@.zone=='pingliang')].overdue");
        Award a = paidEnterpriseAward("pingliang", payer);
        jdbc.sql("UPDATE funds_award SET paid_on = :d WHERE award_id = :id")
                .param("d", java.sql.Date.valueOf(LocalDate.now().minusDays(400))).param("id", a.id()).update();

        assertThat(money(officer, summary, "$.items[?(@.zone=='pingliang')].overdue")).isEqualByComparingTo(before.add(BigDecimal.ONE));
        as(officer, get("/api/fund-use/overdue")).andExpect(jsonPath("$.items[*].awardId", hasItem((int) a.id())));
        as(officer, post("/api/fund-use/reminders", "{}")).andExpect(status().isOk());
        as(a.company(), get("/api/messages")).andExpect(jsonPath("$[0].subject").value("请报告奖补资金使用情况"))
                .andExpect(jsonPath("$[0].awardId").value(a.id()));
        as(a.company(), post("/api/fund-use/reminders", "{}")).andExpect(status().isForbidden());
        as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("RESEARCH_INVESTMENT", "10.00"), a.id())).andExpect(status().isCreated());
        assertThat(money(officer, summary, "$.items[?(@.zone=='pingliang')].overdue")).isEqualByComparingTo(before);

        Award b = paidEnterpriseAward("pingliang", payer);
        jdbc.sql("UPDATE funds_award SET paid_on = :d WHERE award_id = :id")
                .param("d", java.sql.Date.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(364))).param("id", b.id()).update();
        assertThat(money(officer, summary, "$.items[?(@.zone=='pingliang')].overdue")).as("364 days: not yet overdue").isEqualByComparingTo(before);
        jdbc.sql("UPDATE funds_award SET paid_on = :d WHERE award_id = :id")
                .param("d", java.sql.Date.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(365))).param("id", b.id()).update();
        assertThat(money(officer, summary, "$.items[?(@.zone=='pingliang')].overdue")).as("paid 365 days ago (on that day, before now)")
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    // ------------------------------------------------------------------ recovery and the ledger

    @Test
    @DisplayName("追回由审核方提出、另一位省科技厅管理员决定，通知受奖方；应收与退回款记入台账且台账平衡")
    void aRecoveryIsProposedDecidedByAnotherAdminNotifiedAndRepaidThroughTheLedger() throws Exception {
        String payer = payerWithBudget("1000000.00");
        Award a = paidEnterpriseAward("dingxi", payer);
        as(a.company(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"1.00\",\"reason\":\"x\"}", a.id())).andExpect(status().isForbidden());
        as(a.officer(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"200000.01\",\"reason\":\"挪用\"}", a.id()))
                .andExpect(status().isConflict());
        as(a.officer(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"50000.00\"}", a.id())).andExpect(status().isBadRequest());
        String proposal = as(a.officer(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"50000.00\",\"reason\":\"部分资金用于发放奖金\"}", a.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED")).andReturn().getResponse().getContentAsString();
        long rid = ((Number) JsonPath.read(proposal, "$.id")).longValue();
        as(a.officer(), post("/api/recoveries/{r}/decision", "{\"decision\":\"APPROVE\"}", rid)).andExpect(status().isForbidden());

        String admin2 = user("PROVINCE_ADMIN", null, null);
        String own = as(admin2, post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"10000.00\",\"reason\":\"未报告\"}", a.id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        as(admin2, post("/api/recoveries/{r}/decision", "{\"decision\":\"APPROVE\"}", ((Number) JsonPath.read(own, "$.id")).longValue()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("四眼")));

        as(admin2, post("/api/recoveries/{r}/decision", "{\"decision\":\"APPROVE\",\"comment\":\"同意追回\"}", rid))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.outstandingYuan").value("50000.00"));
        as(a.company(), get("/api/messages")).andExpect(jsonPath("$[*].subject", hasItem("奖补资金追回通知")));
        String finance = user("PROVINCE_FINANCE", null, null);
        as(a.officer(), post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"1.00\"}", rid)).andExpect(status().isForbidden());
        as(finance, post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"50000.01\"}", rid)).andExpect(status().isConflict());
        as(finance, post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"20000.00\"}", rid)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        as(finance, post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"30000.00\"}", rid)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPAID"));

        asAdmin(get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetYuan").value("1000000.00")).andExpect(jsonPath("$.paidYuan").value("200000.00"))
                .andExpect(jsonPath("$.reservedYuan").value("0.00")).andExpect(jsonPath("$.recoveredYuan").value("50000.00"))
                .andExpect(jsonPath("$.receivableYuan").value("0.00")).andExpect(jsonPath("$.availableYuan").value("850000.00"))
                .andExpect(jsonPath("$.balanced").value(true))
                .andExpect(jsonPath("$.zones[0].zone").value("dingxi")).andExpect(jsonPath("$.zones[0].recoveredYuan").value("50000.00"));
        as(a.officer(), get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("台账按付款单位和年度记录预算、预留、释放、拨付，复式记账平衡，并可导出Excel")
    void theLedgerBooksBudgetReservationReleaseAndPaymentAndAddsUp() throws Exception {
        String payer = payerWithBudget("1000000.00");
        Award paid = paidEnterpriseAward("yumen", payer);
        approvedEnterpriseAward("yumen", payer);
        Award withdrawn = approvedEnterpriseAward("yumen", payer);
        asAdmin(post("/api/awards/{id}/withdrawal", "{\"comment\":\"重复申报\"}", withdrawn.id())).andExpect(status().isOk());
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"1200000.00\"}")).andExpect(status().is2xxSuccessful());

        asAdmin(get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetYuan").value("1200000.00")).andExpect(jsonPath("$.reservedYuan").value("200000.00"))
                .andExpect(jsonPath("$.releasedYuan").value("200000.00")).andExpect(jsonPath("$.paidYuan").value("200000.00"))
                .andExpect(jsonPath("$.availableYuan").value("800000.00")).andExpect(jsonPath("$.recoveredYuan").value("0.00"))
                .andExpect(jsonPath("$.balanced").value(true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fund_ledger WHERE payer = :p AND award_id = :a").param("p", payer).param("a", paid.id())
                .query(Integer.class).single()).isEqualTo(4);
        byte[] xlsx = as(user("AUDITOR", null, null), get("/api/fund-ledger/statement/export?payer={p}&year=2026", payer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        // the three sheets write money as numeric cells in 元, each with its header row frozen
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("预算（元）");
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1200000.0);
            assertThat(book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue()).isEqualTo(200000.0);
            assertThat(book.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).isEqualTo("平衡");
            assertThat(book.getSheetAt(1).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(200000.0);
            assertThat(book.getSheetAt(2).getRow(1).getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            for (int i = 0; i < 3; i++) {
                assertThat(book.getSheetAt(i).getPaneInformation().isFreezePane()).isTrue();
            }
        }
        asAdmin(get("/api/fund-ledger/statement?payer=&year=2026")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("多位管理员同时决定超额追回、多笔退回款同时到账：决定追回合计不超过拨付金额，台账始终平衡")
    void racingRecoveriesNeverClaimMoreThanWasPaidAndTheLedgerStillAddsUp() throws Exception {
        String payer = payerWithBudget("1000000.00");
        Award a = paidEnterpriseAward("longxi", payer);
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = as(a.officer(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"50000.00\",\"reason\":\"第" + i + "笔未按用途使用\"}", a.id()))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            proposals.add(((Number) JsonPath.read(body, "$.id")).longValue());
        }
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            admins.add(user("PROVINCE_ADMIN", null, null));
        }
        List<Callable<Integer>> decisions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long rid = proposals.get(i);
            String admin = admins.get(i);
            decisions.add(() -> as(admin, post("/api/recoveries/{r}/decision", "{\"decision\":\"APPROVE\"}", rid)).andReturn().getResponse().getStatus());
        }
        List<Integer> outcomes = race(decisions);
        assertThat(outcomes).containsOnly(200, 409);
        assertThat(outcomes.stream().filter(s -> s == 200).count()).isEqualTo(4);

        String finance = user("PROVINCE_FINANCE", null, null);
        List<Long> approved = jdbc.sql("SELECT id FROM fund_recovery WHERE award_id = :a AND status = 'APPROVED'").param("a", a.id())
                .query(Long.class).list();
        List<Callable<Integer>> repayments = new ArrayList<>();
        for (long rid : approved) {
            for (int k = 0; k < 2; k++) {
                repayments.add(() -> as(finance, post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"30000.00\"}", rid))
                        .andReturn().getResponse().getStatus());
            }
        }
        List<Integer> repaid = race(repayments);
        assertThat(repaid.stream().filter(s -> s == 200).count()).isEqualTo(approved.size());

        asAdmin(get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.recoveredYuan").value("120000.00")).andExpect(jsonPath("$.receivableYuan").value("80000.00"))
                .andExpect(jsonPath("$.availableYuan").value("920000.00")).andExpect(jsonPath("$.balanced").value(true));
        assertThat(jdbc.sql("SELECT recovery_claimed FROM funds_award WHERE award_id = :a").param("a", a.id()).query(BigDecimal.class).single())
                .isEqualByComparingTo("200000.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT posting_key FROM fund_ledger GROUP BY posting_key HAVING SUM(amount) <> 0) x")
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("支付与追回同时进行：台账与奖补预算一致，预算 = 可用 + 已预留 + 已拨付 − 已追回")
    void racingPaymentsAndRecoveriesLeaveTheLedgerInStepWithTheBudget() throws Exception {
        String payer = payerWithBudget("2000000.00");
        Award recovered = paidEnterpriseAward("qingcheng", payer);
        List<Award> approved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            approved.add(approvedEnterpriseAward("qingcheng", payer));
        }
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = as(recovered.officer(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"40000.00\",\"reason\":\"未报告\"}",
                    recovered.id())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            proposals.add(((Number) JsonPath.read(body, "$.id")).longValue());
        }
        String finance = user("PROVINCE_FINANCE", null, null);
        String admin = user("PROVINCE_ADMIN", null, null);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (Award a : approved) {
            calls.add(() -> as(finance, post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", a.id())
                    .header("Idempotency-Key", unique("race-"))).andReturn().getResponse().getStatus());
        }
        for (long rid : proposals) {
            calls.add(() -> as(admin, post("/api/recoveries/{r}/decision", "{\"decision\":\"APPROVE\"}", rid)).andReturn().getResponse().getStatus());
        }
        assertThat(race(calls)).containsOnly(200, 201);
        List<Callable<Integer>> repayments = new ArrayList<>();
        for (long rid : proposals) {
            repayments.add(() -> as(finance, post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"40000.00\"}", rid))
                    .andReturn().getResponse().getStatus());
        }
        assertThat(race(repayments)).containsOnly(200);

        asAdmin(get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetYuan").value("2000000.00")).andExpect(jsonPath("$.paidYuan").value("800000.00"))
                .andExpect(jsonPath("$.reservedYuan").value("0.00")).andExpect(jsonPath("$.recoveredYuan").value("120000.00"))
                .andExpect(jsonPath("$.availableYuan").value("1320000.00")).andExpect(jsonPath("$.balanced").value(true));
        asAdmin(get("/api/budgets?year=2026&payer={p}", payer)).andExpect(jsonPath("$.items[0].paidYuan").value("800000.00"))
                .andExpect(jsonPath("$.items[0].reservedYuan").value("800000.00"));
    }

    @Test
    @DisplayName("新付款单位的多笔奖补同时获最终批准：每笔预留都记入台账，预算只记一次")
    void racingFirstApprovalsOfAPayerAreAllBooked() throws Exception {
        String payer = payerWithBudget("1000000.00");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String uscc = enterpriseIn("baiyin");
            String entitlement = unique("FUNDS-RACE-");
            tx.executeWithoutResult(s -> events.publishEvent(new EntitlementOffered(entitlement, uscc, "baiyin", "NEW_HIGH_TECH_ENTERPRISE",
                    "10", new BigDecimal("200000.00"), "FIXED", payer, 2026, List.of("PROVINCE_ADMIN"), "依据第10条", LocalDate.of(2025, 11, 3))));
            long id = jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlement).query(Long.class).single();
            as(user("ENTERPRISE", "enterprise", uscc), post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                    .andExpect(status().isOk());
            ids.add(id);
        }
        List<Callable<Integer>> approvals = new ArrayList<>();
        for (long id : ids) {
            approvals.add(() -> asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id))
                    .andReturn().getResponse().getStatus());
        }
        assertThat(race(approvals)).containsOnly(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fund_ledger WHERE payer = :p AND kind = 'BUDGET'").param("p", payer).query(Integer.class).single())
                .isEqualTo(2);
        asAdmin(get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetYuan").value("1000000.00")).andExpect(jsonPath("$.reservedYuan").value("800000.00"))
                .andExpect(jsonPath("$.availableYuan").value("200000.00")).andExpect(jsonPath("$.balanced").value(true));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "种子 {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {7, 20261130})
    @DisplayName("随机的批准、撤回、拨付、追回和退回之后，台账与简单模型一致：预算 = 可用 + 已预留 + 已拨付 − 已追回")
    void afterARandomHistoryTheStatementMatchesASimpleModel(long seed) throws Exception {
        java.util.Random random = new java.util.Random(seed);
        String payer = payerWithBudget("1000000.00");
        String finance = user("PROVINCE_FINANCE", null, null);
        String admin = user("PROVINCE_ADMIN", null, null);
        BigDecimal award = new BigDecimal("200000.00");
        BigDecimal reserved = BigDecimal.ZERO, released = BigDecimal.ZERO, paid = BigDecimal.ZERO, recovered = BigDecimal.ZERO,
                receivable = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            Award a = approvedEnterpriseAward("lanzhou", payer);
            switch (random.nextInt(3)) {
                case 0 -> reserved = reserved.add(award);
                case 1 -> {
                    asAdmin(post("/api/awards/{id}/withdrawal", "{\"comment\":\"随机撤回\"}", a.id())).andExpect(status().isOk());
                    released = released.add(award);
                }
                default -> {
                    pay(a.id(), "200000.00");
                    paid = paid.add(award);
                    BigDecimal claim = BigDecimal.valueOf(10000L * (1 + random.nextInt(20)));
                    String body = as(a.officer(), post("/api/awards/{id}/recoveries", "{\"amountYuan\":\"" + claim + "\",\"reason\":\"随机\"}",
                            a.id())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                    long rid = ((Number) JsonPath.read(body, "$.id")).longValue();
                    as(admin, post("/api/recoveries/{r}/decision", "{\"decision\":\"APPROVE\"}", rid)).andExpect(status().isOk());
                    BigDecimal back = BigDecimal.valueOf(10000L * random.nextInt(claim.intValue() / 10000 + 1));
                    if (back.signum() > 0) {
                        as(finance, post("/api/recoveries/{r}/repayments", "{\"amountYuan\":\"" + back + "\"}", rid)).andExpect(status().isOk());
                    }
                    recovered = recovered.add(back);
                    receivable = receivable.add(claim.subtract(back));
                }
            }
        }
        BigDecimal budget = new BigDecimal("1000000.00");
        BigDecimal available = budget.subtract(reserved).subtract(paid).add(recovered);
        asAdmin(get("/api/fund-ledger/statement?payer={p}&year=2026", payer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetYuan").value("1000000.00"))
                .andExpect(jsonPath("$.reservedYuan").value(reserved.setScale(2).toPlainString()))
                .andExpect(jsonPath("$.releasedYuan").value(released.setScale(2).toPlainString()))
                .andExpect(jsonPath("$.paidYuan").value(paid.setScale(2).toPlainString()))
                .andExpect(jsonPath("$.recoveredYuan").value(recovered.setScale(2).toPlainString()))
                .andExpect(jsonPath("$.receivableYuan").value(receivable.setScale(2).toPlainString()))
                .andExpect(jsonPath("$.availableYuan").value(available.setScale(2).toPlainString()))
                .andExpect(jsonPath("$.balanced").value(true));
    }

    // ------------------------------------------------------------------ clause 19 and clause 21's other duties

    @Test
    @DisplayName("市(州)登记本地配套措施，承诺资金与本市作为付款单位的实际拨付对比")
    void aCityRecordsItsMeasuresAndSeesCommittedAgainstPaid() throws Exception {
        String city = cityOfficer("tianshui-city");
        String url = "/api/support-measures/committed-vs-paid?year=2026";
        String row = "$.items[?(@.city=='tianshui-city')]";
        BigDecimal paidBefore = money(city, url, row + ".paidYuan");
        as(city, post("/api/support-measures", "{\"title\":\"天水市支持高新区高质量发展若干措施\",\"documentNumber\":\"天政发〔2026〕12号\","
                + "\"issuedOn\":\"2026-03-01\",\"committedYuan\":\"3000000.00\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.city").value("tianshui-city")).andExpect(jsonPath("$.cityName").value("天水市"));
        as(city, post("/api/support-measures", "{\"city\":\"lanzhou-city\",\"title\":\"x\",\"documentNumber\":\"y\",\"issuedOn\":\"2026-03-01\"}"))
                .andExpect(status().isForbidden());
        as(city, post("/api/support-measures", "{\"title\":\"x\",\"documentNumber\":\"y\",\"issuedOn\":\"2026-13-01\"}"))
                .andExpect(status().isBadRequest());
        as(user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou")), post("/api/support-measures", "{\"title\":\"x\"}"))
                .andExpect(status().isForbidden());

        asAdmin(post("/api/budgets", "{\"payer\":\"tianshui-city\",\"year\":2026,\"amountYuan\":\"900000000.00\"}")).andExpect(status().is2xxSuccessful());
        paidEnterpriseAward("lanzhou", "tianshui-city");
        as(city, get(url)).andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1));
        assertThat(money(city, url, row + ".paidYuan")).isEqualByComparingTo(paidBefore.add(new BigDecimal("200000.00")));
        assertThat(money(city, url, row + ".committedYuan")).isGreaterThanOrEqualTo(new BigDecimal("3000000.00"));
        assertThat(money(city, url, row + ".budgetYuan")).isEqualByComparingTo("900000000.00");
        as(user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou")), get(url)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("高新区报送十四五规划由市(州)审核；经验由省科技厅发布后所有用户可见")
    void plansAreReviewedByTheCityAndExperiencesPublishedByTheProvince() throws Exception {
        String officer = zoneOfficer("minle");
        String plan = as(officer, post("/api/zone-plans", "{\"kind\":\"INDUSTRY\",\"title\":\"民乐高新区“十四五”产业发展规划\","
                + "\"adoptedOn\":\"2021-09-01\"}")).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.period").value("十四五")).andReturn().getResponse().getContentAsString();
        long planId = ((Number) JsonPath.read(plan, "$.id")).longValue();
        as(officer, post("/api/zone-plans", "{\"zone\":\"lanzhou\",\"kind\":\"INDUSTRY\",\"title\":\"x\",\"adoptedOn\":\"2021-09-01\"}"))
                .andExpect(status().isForbidden());
        as(cityOfficer("lanzhou-city"), post("/api/zone-plans/{id}/review", "{\"decision\":\"ACCEPT\"}", planId)).andExpect(status().isNotFound());
        as(cityOfficer("zhangye-city"), post("/api/zone-plans/{id}/review", "{\"decision\":\"ACCEPT\"}", planId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));

        String exp = as(officer, post("/api/experiences", "{\"title\":\"“飞地园区”利益共享机制\",\"summary\":\"税收分成、统计分算……\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long expId = ((Number) JsonPath.read(exp, "$.id")).longValue();
        String company = user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou"));
        as(company, get("/api/experiences")).andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(hasItem((int) expId))));
        as(officer, post("/api/experiences/{id}/review", "{\"decision\":\"PUBLISH\"}", expId)).andExpect(status().isForbidden());
        asAdmin(post("/api/experiences/{id}/review", "{\"decision\":\"PUBLISH\"}", expId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        as(company, get("/api/experiences")).andExpect(jsonPath("$.items[*].id", hasItem((int) expId)));
    }

    @Test
    @DisplayName("条款报告：第19条和第21条的功能，以及高新区当年的拨付、报告、追回、规划和经验")
    void theClauseReportNamesClauses19And21AndAZonesYear() throws Exception {
        String payer = payerWithBudget("1000000.00");
        Award a = paidEnterpriseAward("jinchang", payer);
        as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("RESEARCH_INVESTMENT", "70000.00"), a.id())).andExpect(status().isCreated());
        assertThat(clauses.features()).containsKeys("19", "21");
        List<cn.gov.gansu.gaoxin.shared.ClauseReport.Item> items = clauses.items("jinchang", LocalDate.now().getYear());
        assertThat(items).extracting(cn.gov.gansu.gaoxin.shared.ClauseReport.Item::label)
                .contains("已拨付奖补资金（元）", "已报告使用资金（元）", "逾期未报告资金使用的奖补（项）");
        assertThat(items).allSatisfy(i -> assertThat(i.clause()).isIn("19", "21"));
        assertThat(clauses.items("jinchang", 2001)).isEmpty();
    }

    @Test
    @DisplayName("资金使用报告的附件有大小上限，超过为400；附件只在范围内可下载")
    void attachmentsAreSizeLimitedAndReadOnlyWithinScope() throws Exception {
        String payer = payerWithBudget("1000000.00");
        Award a = paidEnterpriseAward("lanzhou", payer);
        String body = as(a.company(), post("/api/awards/{id}/fund-use", USE.formatted("INDUSTRY_DEVELOPMENT", "1000.00"), a.id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(multipart("/api/fund-use/reports/{r}/attachments", reportId)
                .file(new MockMultipartFile("file", "big.bin", "application/octet-stream", new byte[5 * 1024 * 1024 + 1]))
                .header("Authorization", basic(a.company(), PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超过上限")));
        String file = mvc.perform(multipart("/api/fund-use/reports/{r}/attachments", reportId)
                .file(new MockMultipartFile("file", "合同.pdf", "application/pdf", "%PDF".getBytes()))
                .header("Authorization", basic(a.company(), PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long fileId = ((Number) JsonPath.read(file, "$.id")).longValue();
        as(a.officer(), get("/api/funds/attachments/{id}", fileId)).andExpect(status().isOk());
        as(zoneOfficer("baiyin"), get("/api/funds/attachments/{id}", fileId)).andExpect(status().isNotFound());
    }

    /** Runs the calls at the same moment on as many threads and answers their results in order. */
    static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
