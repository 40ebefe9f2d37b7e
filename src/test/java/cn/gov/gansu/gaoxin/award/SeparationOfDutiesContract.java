package cn.gov.gansu.gaoxin.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contracts §8, separation of duties: nobody takes two steps on one award (confirmation on the
 * beneficiary's behalf, any decision, payment), payments by PROVINCE_FINANCE only, a refused step
 * leaves award, budget and ledger exactly as they were. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class SeparationOfDutiesContract extends IntegrationTest {

    static final List<String> CLAUSE_10 = List.of("ZONE_OFFICER", "PROVINCE_ADMIN");
    static final List<String> THREE = List.of("PROVINCE_ADMIN", "PROVINCE_FINANCE", "PROVINCE_GOVERNMENT");
    static final String ACCOUNT = "{\"bankAccount\":\"6222020200112233445\"}";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AwardReads reads;

    // ------------------------------------------------------------------ fixtures

    EntitlementOffered offered(String entitlement, String beneficiary, String zone, String payer, List<String> chain) {
        return new EntitlementOffered(entitlement, beneficiary, zone, "NEW_HIGH_TECH_ENTERPRISE", "10",
                new BigDecimal("200000.00"), "FIXED", payer, 2026, chain, "依据第10条：新认定高新技术企业，奖励200000.00元",
                LocalDate.of(2025, 11, 3));
    }

    long offer(String beneficiary, String zone, String payer, List<String> chain) {
        String entitlement = unique("SOD-");
        EntitlementOffered offer = offered(entitlement, beneficiary, zone, payer, chain);
        tx.executeWithoutResult(s -> events.publishEvent(offer));
        return jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlement).query(Long.class).single();
    }

    String budget(String amount) throws Exception {
        String payer = unique("SOD-PAYER-");
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"" + amount + "\"}"))
                .andExpect(status().isCreated());
        return payer;
    }

    static String approve(String comment) {
        return "{\"decision\":\"APPROVE\",\"comment\":\"" + comment + "\"}";
    }

    static MockHttpServletRequestBuilder decision(long id, String body) {
        return post("/api/awards/{id}/decisions", body, id);
    }

    static MockHttpServletRequestBuilder payment(long id, String key) {
        return post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", id).header("Idempotency-Key", key);
    }

    String finance() throws Exception {
        return user("PROVINCE_FINANCE", null, null);
    }

    /** Everything a refused step must leave as it was: the case row, its history, payments, budget and ledger. */
    String snapshot(long id, String payer) {
        return jdbc.sql("SELECT status || '/' || COALESCE(pending_role, '-') || '/' || step || '/' || version FROM award WHERE id = :id")
                .param("id", id).query(String.class).single()
                + " events=" + count("SELECT COUNT(*) FROM award_event WHERE award_id = :x", id)
                + " payments=" + count("SELECT COUNT(*) FROM payment WHERE award_id = :x", id)
                + " budget=" + jdbc.sql("SELECT COALESCE(MAX(reserved || '/' || paid), '-') FROM budget WHERE payer = :p")
                        .param("p", payer).query(String.class).single()
                + " ledger=" + jdbc.sql("SELECT COUNT(*) FROM budget_ledger WHERE payer = :p").param("p", payer)
                        .query(Long.class).single();
    }

    List<Long> tasks(String zoneOfficer, String uscc, AwardReads.Tasks tasks) {
        cn.gov.gansu.gaoxin.identity.DataScope scope = new cn.gov.gansu.gaoxin.identity.DataScope(zoneOfficer,
                cn.gov.gansu.gaoxin.identity.Role.ZONE_OFFICER, "zhangye", null, null);
        return reads.list(scope, new AwardReads.Filter(uscc, null, null, null, null, null, tasks),
                new cn.gov.gansu.gaoxin.shared.web.Paging(0, 10)).items().stream().map(AwardReads.Summary::id).toList();
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param("x", id).query(Long.class).single();
    }

    /** An enterprise's clause 10 award, confirmed by {@code confirmer} (its zone officer: on its behalf). */
    long confirmedBy(String confirmer, String uscc, String zone, String payer) throws Exception {
        long id = offer(uscc, zone, payer, CLAUSE_10);
        as(confirmer, post("/api/awards/{id}/confirmation", ACCOUNT, id)).andExpect(status().isOk());
        return id;
    }

    /** An approved clause 10 award: confirmed by the enterprise, reviewed by a zone officer, approved by admin. */
    long approved(String zone, String payer) throws Exception {
        String uscc = enterpriseIn(zone);
        long id = confirmedBy(user("ENTERPRISE", "enterprise", uscc), uscc, zone, payer);
        as(zoneOfficer(zone), decision(id, approve("初审通过"))).andExpect(status().isOk());
        asAdmin(decision(id, approve("同意"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        return id;
    }

    // ------------------------------------------------------------------ confirmation on behalf → decision

    @Test
    @DisplayName("管委会工作人员代企业确认后不能再审核该奖补（403说明原因，奖补不变）；同区另一工作人员可以审核")
    void theOfficerWhoConfirmedOnBehalfMayNotDecide() throws Exception {
        String payer = budget("1000000.00");
        String uscc = enterpriseIn("zhangye");
        String confirmer = zoneOfficer("zhangye");
        long id = confirmedBy(confirmer, uscc, "zhangye", payer);
        as(confirmer, get("/api/awards/{id}", id)).andExpect(jsonPath("$.confirmedOnBehalf").value(true))
                .andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"))
                .andExpect(jsonPath("$.allowedActions", hasSize(0)));
        String before = snapshot(id, payer);

        as(confirmer, decision(id, approve("同意"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您已代企业确认本奖补")));
        as(confirmer, decision(id, "{\"decision\":\"REJECT\",\"comment\":\"不符合\"}")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("职责分离")));
        assertThat(snapshot(id, payer)).isEqualTo(before);

        String colleague = zoneOfficer("zhangye");
        // 我的待办 / 已办 (the console's task lists) read the same rule in SQL
        assertThat(tasks(confirmer, uscc, AwardReads.Tasks.TODO)).doesNotContain(id);
        assertThat(tasks(confirmer, uscc, AwardReads.Tasks.DONE)).containsExactly(id);
        assertThat(tasks(colleague, uscc, AwardReads.Tasks.TODO)).containsExactly(id);
        assertThat(tasks(colleague, uscc, AwardReads.Tasks.DONE)).isEmpty();
        as(colleague, get("/api/awards/{id}", id)).andExpect(jsonPath("$.allowedActions").value(
                org.hamcrest.Matchers.containsInAnyOrder("APPROVE", "REJECT", "RETURN")));
        as(colleague, decision(id, approve("材料齐全"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"));
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.confirmedOnBehalf").value(true));
        asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(jsonPath("$.items[0].confirmedOnBehalf").value(true));
    }

    @Test
    @DisplayName("企业自己确认不占用官员的环节：确认后管委会工作人员可以审核；confirmedOnBehalf 为 false")
    void anEnterpriseConfirmingItsOwnAwardBarsNoOfficer() throws Exception {
        String uscc = enterpriseIn("baiyin");
        String company = user("ENTERPRISE", "enterprise", uscc);
        as(company, get("/api/awards/{id}", offer(uscc, "baiyin", budget("1.00"), List.of("ZONE_OFFICER"))))
                .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.containsInAnyOrder("CONFIRM", "DECLINE")));
        long id = confirmedBy(company, uscc, "baiyin", budget("1000000.00"));
        as(company, get("/api/awards?beneficiary={u}", uscc)).andExpect(jsonPath("$.items[*].confirmedOnBehalf").value(
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(false))));
        as(company, get("/api/awards/{id}", id)).andExpect(jsonPath("$.confirmedOnBehalf").value(false))
                .andExpect(jsonPath("$.allowedActions", hasSize(0)));
        as(zoneOfficer("baiyin"), decision(id, approve("初审通过"))).andExpect(status().isOk());
    }

    // ------------------------------------------------------------------ decision → decision

    @Test
    @DisplayName("作出过审批的人不能再次审批同一奖补（审核中或已审结都一样，403）")
    void whoDecidedMayNotDecideAgain() throws Exception {
        String payer = budget("1000000.00");
        String uscc = enterpriseIn("jinchang");
        long id = confirmedBy(user("ENTERPRISE", "enterprise", uscc), uscc, "jinchang", payer);
        String reviewer = zoneOfficer("jinchang");
        as(reviewer, decision(id, approve("初审通过"))).andExpect(status().isOk());
        String before = snapshot(id, payer);
        as(reviewer, decision(id, approve("再批一次"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您已作出本奖补的审批，不能再审批")));
        as(reviewer, decision(id, "{\"decision\":\"REJECT\",\"comment\":\"改主意\"}")).andExpect(status().isForbidden());
        assertThat(snapshot(id, payer)).isEqualTo(before);

        String admin = user("PROVINCE_ADMIN", null, null);
        as(admin, decision(id, approve("同意"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        String approvedState = snapshot(id, payer);
        as(admin, decision(id, approve("同意"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您已作出本奖补的审批")));
        as(admin, get("/api/awards/{id}", id)).andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("WITHDRAW")));
        assertThat(snapshot(id, payer)).isEqualTo(approvedState);
    }

    @Test
    @DisplayName("审批链含非审批角色或重复角色时不生成奖补（记错误日志和审计），合规审批链照常生成")
    void aChainWithAnUnofficialOrRepeatedRoleOpensNoCase() throws Exception {
        for (List<String> chain : List.of(List.of("ZONE_OFFICER", "ZONE_OFFICER", "PROVINCE_ADMIN"),
                List.of("ENTERPRISE", "PROVINCE_ADMIN"), List.of("PROVINCE_ADMIN", "AUDITOR"), List.of("NOBODY"),
                List.of("PROVINCE_ADMIN", "province_admin"))) {
            String entitlement = unique("SOD-BAD-");
            EntitlementOffered offer = offered(entitlement, "dingxi", "dingxi", "PROVINCE_DEPARTMENT", chain);
            tx.executeWithoutResult(s -> events.publishEvent(offer));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM award WHERE entitlement_id = :e").param("e", entitlement)
                    .query(Integer.class).single()).as("chain %s", chain).isZero();
            assertThat(jdbc.sql("SELECT action FROM audit_log WHERE subject_id = :e").param("e", entitlement)
                    .query(String.class).list()).as("chain %s", chain).containsExactly("AWARD_NOT_OPENED");
        }
        long ok = offer("dingxi", "dingxi", "PROVINCE_DEPARTMENT", List.of("CITY_OFFICER", "PROVINCE_ADMIN"));
        asAdmin(get("/api/awards/{id}", ok)).andExpect(jsonPath("$.pendingRole").value("CITY_OFFICER"));
    }

    // ------------------------------------------------------------------ decision → payment, confirmation → payment

    @Test
    @DisplayName("审批过的省财政厅人员不能拨付（403“您已作出本奖补的审批，不能再办理付款”，预算和台账不变）；另一财政人员可以")
    void whoDecidedMayNotPay() throws Exception {
        String payer = budget("1000000.00");
        long id = offer("yumen", "yumen", payer, THREE);
        String decider = finance();
        asAdmin(decision(id, approve("提请财政厅会签"))).andExpect(status().isOk());
        as(decider, decision(id, approve("财政厅无异议"))).andExpect(status().isOk());
        as(user("PROVINCE_GOVERNMENT", null, null), decision(id, approve("同意"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        as(decider, get("/api/awards/{id}", id)).andExpect(jsonPath("$.allowedActions", not(hasItem("PAY"))));
        String before = snapshot(id, payer);

        as(decider, payment(id, unique("k"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您已作出本奖补的审批，不能再办理付款")));
        assertThat(snapshot(id, payer)).isEqualTo(before).contains("APPROVED/", "payments=0", "budget=200000.00/0.00");

        String cashier = finance();
        as(cashier, get("/api/awards/{id}", id)).andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("PAY")));
        as(cashier, payment(id, unique("k"))).andExpect(status().isCreated()).andExpect(jsonPath("$.paidBy").value(cashier));
    }

    @Test
    @DisplayName("代企业确认的管委会工作人员不能拨付；省科技厅管理员、省政府、审计也不能拨付（403）；省财政厅拨付201")
    void onlyFinanceWhoTookNoOtherStepPays() throws Exception {
        String payer = budget("1000000.00");
        String uscc = enterpriseIn("pingliang");
        String confirmer = zoneOfficer("pingliang");
        long id = confirmedBy(confirmer, uscc, "pingliang", payer);
        as(zoneOfficer("pingliang"), decision(id, approve("初审通过"))).andExpect(status().isOk());
        asAdmin(decision(id, approve("同意"))).andExpect(status().isOk());
        String before = snapshot(id, payer);

        as(confirmer, payment(id, unique("k"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("省财政厅")));
        asAdmin(payment(id, unique("k"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("只能由省财政厅")));
        as(user("PROVINCE_ADMIN", null, null), payment(id, unique("k"))).andExpect(status().isForbidden());
        as(user("PROVINCE_GOVERNMENT", null, null), payment(id, unique("k"))).andExpect(status().isForbidden());
        as(user("AUDITOR", null, null), payment(id, unique("k"))).andExpect(status().isForbidden());
        assertThat(snapshot(id, payer)).isEqualTo(before);

        as(finance(), payment(id, unique("k"))).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PAID"));
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].paidYuan").value("200000.00"));
    }

    // ------------------------------------------------------------------ budgets

    @Test
    @DisplayName("市(州)工作人员可设置本市(州)配套预算，不能设置他市或省级预算；管委会和财政厅不能设置预算")
    void aCityOfficerSetsItsOwnCitysBudgetOnly() throws Exception {
        String city = cityOfficer("lanzhou-city");
        as(city, post("/api/budgets", "{\"payer\":\"lanzhou-city\",\"year\":2041,\"amountYuan\":\"3000000.00\"}"))
                .andExpect(status().is2xxSuccessful()).andExpect(jsonPath("$.amountYuan").value("3000000.00"));
        as(city, post("/api/budgets", "{\"payer\":\"baiyin-city\",\"year\":2041,\"amountYuan\":\"1.00\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("lanzhou-city")));
        as(city, post("/api/budgets", "{\"payer\":\"PROVINCE_DEPARTMENT\",\"year\":2041,\"amountYuan\":\"1.00\"}"))
                .andExpect(status().isForbidden());
        as(zoneOfficer("lanzhou"), post("/api/budgets", "{\"payer\":\"lanzhou\",\"year\":2041,\"amountYuan\":\"1.00\"}"))
                .andExpect(status().isForbidden());
        as(finance(), post("/api/budgets", "{\"payer\":\"lanzhou-city\",\"year\":2041,\"amountYuan\":\"1.00\"}"))
                .andExpect(status().isForbidden());
        as(city, get("/api/budgets?year=2041")).andExpect(jsonPath("$.items[0].payer").value("lanzhou-city"))
                .andExpect(jsonPath("$.items[0].amountYuan").value("3000000.00"));
    }

    // ------------------------------------------------------------------ races: two users, the same second step

    @Test
    @DisplayName("两名管委会工作人员同时初审同一奖补：恰好一人成功，只有一条审批记录")
    void twoOfficersRacingTheReviewMoveItOnce() throws Exception {
        String payer = budget("1000000.00");
        String uscc = enterpriseIn("longxi");
        String confirmer = zoneOfficer("longxi");
        long id = confirmedBy(confirmer, uscc, "longxi", payer);
        String a = zoneOfficer("longxi");
        String b = zoneOfficer("longxi");
        List<Integer> codes = AwardApiContract.race(List.<Callable<Integer>>of(
                () -> as(a, decision(id, approve("A 同意"))).andReturn().getResponse().getStatus(),
                () -> as(b, decision(id, approve("B 同意"))).andReturn().getResponse().getStatus(),
                () -> as(confirmer, decision(id, approve("代确认人也想审"))).andReturn().getResponse().getStatus()));
        assertThat(codes.subList(0, 2)).containsOnlyOnce(200);
        assertThat(codes.subList(0, 2)).filteredOn(c -> c != 200).allMatch(c -> c == 403 || c == 409);
        assertThat(codes.get(2)).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM award_event WHERE award_id = :x AND kind = 'APPROVE'", id)).isEqualTo(1);
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"))
                .andExpect(jsonPath("$.decisions", hasSize(1)));
    }

    @Test
    @DisplayName("两名省科技厅管理员同时终审同一奖补：恰好一次批准，预算恰好预留一次")
    void twoAdminsRacingTheFinalApprovalReserveOnce() throws Exception {
        String payer = budget("300000.00");
        long id = offer("minle", "minle", payer, List.of("PROVINCE_ADMIN"));
        String a = user("PROVINCE_ADMIN", null, null);
        String b = user("PROVINCE_ADMIN", null, null);
        List<Integer> codes = AwardApiContract.race(List.<Callable<Integer>>of(
                () -> as(a, decision(id, approve("A 同意"))).andReturn().getResponse().getStatus(),
                () -> as(b, decision(id, approve("B 同意"))).andReturn().getResponse().getStatus()));
        assertThat(codes).containsOnlyOnce(200);
        assertThat(codes).filteredOn(c -> c != 200).allMatch(c -> c == 403 || c == 409);
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("200000.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ledger WHERE payer = :p AND kind = 'RESERVATION'").param("p", payer)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("两名省财政厅人员同时拨付同一奖补，审批过的财政人员也在抢：恰好一笔支付，预算已付恰好一次")
    void twoCashiersRacingThePaymentPayOnce() throws Exception {
        String payer = budget("1000000.00");
        long id = approved("qingcheng", payer);
        String a = finance();
        String b = finance();
        List<Integer> codes = AwardApiContract.race(List.<Callable<Integer>>of(
                () -> as(a, payment(id, unique("ka"))).andReturn().getResponse().getStatus(),
                () -> as(b, payment(id, unique("kb"))).andReturn().getResponse().getStatus(),
                () -> asAdmin(payment(id, unique("kc"))).andReturn().getResponse().getStatus()));
        assertThat(codes.subList(0, 2)).containsOnlyOnce(201);
        assertThat(codes.subList(0, 2)).filteredOn(c -> c != 201).containsOnly(409);
        assertThat(codes.get(2)).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM payment WHERE award_id = :x", id)).isEqualTo(1);
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].paidYuan").value("200000.00"))
                .andExpect(jsonPath("$.items[0].reservedYuan").value("200000.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ledger WHERE payer = :p AND kind = 'PAYMENT'").param("p", payer)
                .query(Long.class).single()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ 退回修改 (issue 9)

    @Test
    @DisplayName("退回修改：省厅退回高新区重审（原审核人可重新审核），高新区再退回企业重新确认（收款账号清空），全程留痕；无意见、非本环节者被拒且奖补不变")
    void sendingBackReturnsToThePreviousStepAndIsAudited() throws Exception {
        String payer = budget("1000000.00");
        String uscc = enterpriseIn("zhangye");
        String company = user("ENTERPRISE", "enterprise", uscc);
        long id = confirmedBy(company, uscc, "zhangye", payer);
        String officer = zoneOfficer("zhangye");
        as(officer, decision(id, approve("初审通过"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"));
        String before = snapshot(id, payer);
        asAdmin(post("/api/awards/{id}/return", "{\"comment\":\" \"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("退回修改须填写")));
        as(officer, post("/api/awards/{id}/return", "{\"comment\":\"请补充\"}", id)).andExpect(status().isForbidden());
        as(company, post("/api/awards/{id}/return", "{\"comment\":\"请补充\"}", id)).andExpect(status().isForbidden());
        assertThat(snapshot(id, payer)).isEqualTo(before);

        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.allowedActions", hasItem("RETURN")));
        asAdmin(post("/api/awards/{id}/return", "{\"comment\":\"请核对认定证书编号\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW")).andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"));
        // the same officer redoes the step that came back (not a second step); it is in its 我的待办 again
        assertThat(tasks(officer, uscc, AwardReads.Tasks.TODO)).containsExactly(id);
        as(officer, get("/api/awards/{id}", id)).andExpect(jsonPath("$.allowedActions").value(
                org.hamcrest.Matchers.containsInAnyOrder("APPROVE", "REJECT", "RETURN")));
        as(officer, post("/api/awards/{id}/return", "{\"comment\":\"收款账号户名不符，请企业重新确认\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING_CONFIRMATION"))
                .andExpect(jsonPath("$.pendingRole").value("ENTERPRISE"));
        assertThat(jdbc.sql("SELECT bank_account FROM award WHERE id = :id").param("id", id).query(String.class).optional())
                .isEmpty();
        assertThat(count("SELECT COUNT(*) FROM award_event WHERE award_id = :x AND kind = 'RETURNED'", id)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'AWARD' AND subject_id = CAST(:x AS VARCHAR(40)) AND action = 'AWARD_RETURNED'", id))
                .isEqualTo(2);

        // round again: confirmation, the officer's review, then the admin approves
        as(company, post("/api/awards/{id}/confirmation", ACCOUNT, id)).andExpect(status().isOk());
        as(officer, decision(id, approve("已核对"))).andExpect(status().isOk());
        asAdmin(decision(id, approve("同意"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        asAdmin(post("/api/awards/{id}/return", "{\"comment\":\"x\"}", id)).andExpect(status().isConflict());
    }
}
