package cn.gov.gansu.gaoxin.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Contract §7 (awards, budgets, payments); run on H2 and on PostgreSQL by the subclasses. */
abstract class AwardApiContract extends IntegrationTest {

    static final List<String> CLAUSE_10 = List.of("ZONE_OFFICER", "PROVINCE_ADMIN");
    static final List<String> CLAUSE_1 = List.of("PROVINCE_ADMIN", "PROVINCE_FINANCE", "PROVINCE_GOVERNMENT");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicNotice notice;

    // ------------------------------------------------------------------ fixtures

    /** Publishes an entitlement as the policy engine does, inside a transaction, and answers the award's id. */
    long offer(String entitlementId, String beneficiary, String zone, String amount, String type, String payer,
            List<String> approvals) {
        EntitlementOffered offered = new EntitlementOffered(entitlementId, beneficiary, zone, "NEW_HIGH_TECH_ENTERPRISE", "10",
                amount == null ? null : new BigDecimal(amount), type, payer, 2026, approvals,
                "依据第10条“对新认定的高新技术企业给予20万元奖励”：新认定高新技术企业，奖励200000.00元", LocalDate.of(2025, 11, 3));
        tx.executeWithoutResult(s -> events.publishEvent(offered));
        return awardOf(entitlementId);
    }

    long offerHnte(String uscc, String zone, String payer) {
        return offer(unique("ENT-"), uscc, zone, "200000.00", "FIXED", payer, CLAUSE_10);
    }

    long awardOf(String entitlementId) {
        return jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlementId).query(Long.class).single();
    }

    static String payer() {
        return unique("PAYER-");
    }

    void budget(String payer, String amount) throws Exception {
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"" + amount + "\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    static String approve(String comment) {
        return "{\"decision\":\"APPROVE\",\"comment\":\"" + comment + "\"}";
    }

    String value(String user, String url, String path, Object... vars) throws Exception {
        Object v = JsonPath.read(as(user, get(url, vars)).andReturn().getResponse().getContentAsString(), path);
        return v == null ? null : String.valueOf(v);
    }

    /** An approved clause 10 award of a new enterprise in {@code zone}, reserved from {@code payer}. */
    long approvedAward(String zone, String payer) throws Exception {
        String uscc = enterpriseIn(zone);
        long id = offerHnte(uscc, zone, payer);
        as(zoneOfficer(zone), post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                .andExpect(status().isOk());
        as(zoneOfficer(zone), post("/api/awards/{id}/decisions", approve("材料齐全"), id)).andExpect(status().isOk());
        asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        return id;
    }

    static MockHttpServletRequestBuilder payment(long id, String amount, String key) {
        MockHttpServletRequestBuilder p = post("/api/awards/{id}/payments", "{\"amountYuan\":\"" + amount + "\"}", id);
        return key == null ? p : p.header("Idempotency-Key", key);
    }

    // ------------------------------------------------------------------ the whole path

    @Test
    @DisplayName("免申即享全流程：生成 → 企业确认 → 管委会初审 → 省科技厅批准并预留预算 → 支付")
    void anOfferedAwardGoesFromConfirmationThroughApprovalToPayment() throws Exception {
        String uscc = enterpriseIn("jiayuguan");
        String payer = payer();
        long id = offerHnte(uscc, "jiayuguan", payer);
        String officer = zoneOfficer("jiayuguan");
        String company = user("ENTERPRISE", "enterprise", uscc);
        String finance = user("PROVINCE_FINANCE", null, null);

        as(officer, get("/api/awards?beneficiary={u}", uscc)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].line").value("NEW_HIGH_TECH_ENTERPRISE"))
                .andExpect(jsonPath("$.items[0].amountYuan").value("200000.00"))
                .andExpect(jsonPath("$.items[0].status").value("PENDING_CONFIRMATION"))
                .andExpect(jsonPath("$.items[0].pendingRole").value("ENTERPRISE"));

        as(company, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"))
                .andExpect(jsonPath("$.bankAccount").value("***************3445"));
        as(officer, post("/api/awards/{id}/decisions", approve("材料齐全，同意上报"), id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"));

        budget(payer, "1000000.00");
        asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.pendingRole", nullValue()))
                .andExpect(jsonPath("$.payableFrom").value(LocalDate.now(AwardManagement.CHINA).toString()));
        asAdmin(get("/api/budgets?year=2026&payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("200000.00"))
                .andExpect(jsonPath("$.items[0].availableYuan").value("800000.00"));

        as(finance, payment(id, "200000.00", "pay-" + id)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountYuan").value("200000.00")).andExpect(jsonPath("$.status").value("PAID"));
        String paymentId = JsonPath.read(as(finance, payment(id, "200000.00", "pay-" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.id").toString();
        as(finance, payment(id, "200000.00", "another-" + id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已支付")));

        as(company, get("/api/awards/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID")).andExpect(jsonPath("$.pendingRole", nullValue()))
                .andExpect(jsonPath("$.payments", hasSize(1))).andExpect(jsonPath("$.payments[0].id").value(Long.parseLong(paymentId)))
                .andExpect(jsonPath("$.clause").value("10")).andExpect(jsonPath("$.explanation", containsString("第10条")))
                .andExpect(jsonPath("$.decisions", hasSize(2)))
                .andExpect(jsonPath("$.decisions[0].who").value(officer))
                .andExpect(jsonPath("$.decisions[0].role").value("ZONE_OFFICER"))
                .andExpect(jsonPath("$.decisions[0].decision").value("APPROVE"))
                .andExpect(jsonPath("$.decisions[0].comment").value("材料齐全，同意上报"))
                .andExpect(jsonPath("$.decisions[1].who").value("admin"))
                .andExpect(jsonPath("$.decisions[1].when", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*")));
        asAdmin(get("/api/budgets?year=2026&payer={p}", payer)).andExpect(jsonPath("$.items[0].paidYuan").value("200000.00"))
                .andExpect(jsonPath("$.items[0].reservedYuan").value("200000.00"));
        asAdmin(get("/api/budgets/ledger?payer={p}", payer)).andExpect(jsonPath("$.items[*].kind").value(
                org.hamcrest.Matchers.contains("BUDGET_SET", "RESERVATION", "PAYMENT")));
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE subject_type = 'AWARD' AND subject_id = :id ORDER BY id")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("AWARD_OFFERED", "AWARD_CONFIRMED", "AWARD_STEP_APPROVED", "AWARD_APPROVED", "AWARD_PAID");
    }

    @Test
    void aRepeatedOfferOfTheSameEntitlementOpensOneCase() throws Exception {
        String uscc = enterpriseIn("baiyin");
        String entitlement = unique("ENT-");
        long first = offer(entitlement, uscc, "baiyin", "200000.00", "FIXED", payer(), CLAUSE_10);
        long second = offer(entitlement, uscc, "baiyin", "200000.00", "FIXED", payer(), CLAUSE_10);
        assertThat(second).isEqualTo(first);
        asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    @DisplayName("以高新区为受益方的奖补不需确认，直接进入审批链")
    void aZoneBeneficiarySkipsConfirmation() throws Exception {
        long id = offer(unique("ENT-"), "qingcheng", "qingcheng", "2000000.00", "FIXED", payer(), List.of("PROVINCE_ADMIN"));
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"));
        as(zoneOfficer("qingcheng"), post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"12345678\"}", id))
                .andExpect(status().isConflict());
    }

    @Test
    void anOfferWhoseTransactionRollsBackOpensNoCase() {
        String entitlement = unique("ENT-");
        tx.executeWithoutResult(s -> {
            events.publishEvent(new EntitlementOffered(entitlement, "qingcheng", "qingcheng", "NEW_PROVINCIAL_ZONE", "2",
                    new BigDecimal("2000000.00"), "FIXED", payer(), 2026, List.of("PROVINCE_ADMIN"), "依据第2条", LocalDate.of(2025, 5, 10)));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM award WHERE entitlement_id = :e").param("e", entitlement)
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("待定金额（TO_BE_DECIDED）的奖补在决定前金额为空；企业可以放弃奖补")
    void anUndecidedAmountIsNullAndTheEnterpriseMayDecline() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        long id = offer(unique("ENT-"), uscc, "lanzhou", null, "TO_BE_DECIDED", payer(), CLAUSE_10);
        String company = user("ENTERPRISE", "enterprise", uscc);
        as(company, get("/api/awards")).andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].amountYuan", nullValue()))
                .andExpect(jsonPath("$.items[0].pendingRole").value("ENTERPRISE"));
        as(company, post("/api/awards/{id}/decisions", approve("好"), id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("confirmation")));
        as(company, post("/api/awards/{id}/decisions", "{\"decision\":\"REJECT\",\"comment\":\"企业自愿放弃\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decisions[0].role").value("ENTERPRISE"));
    }

    // ------------------------------------------------------------------ roles and scope

    @Test
    @DisplayName("越权：其他高新区、错误角色、审计人员均不能决定；范围外查询为404")
    void onlyThePendingRoleWithinScopeDecides() throws Exception {
        String uscc = enterpriseIn("zhangye");
        long id = offerHnte(uscc, "zhangye", payer());
        String own = zoneOfficer("zhangye");
        String other = zoneOfficer("lanzhou");
        String auditor = user("AUDITOR", null, null);
        String stranger = user("ENTERPRISE", "enterprise", enterpriseIn("zhangye"));

        as(other, get("/api/awards/{id}", id)).andExpect(status().isNotFound());
        as(other, get("/api/awards?beneficiary={u}", uscc)).andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
        as(stranger, get("/api/awards/{id}", id)).andExpect(status().isNotFound());
        as(cityOfficer("zhangye-city"), get("/api/awards/{id}", id)).andExpect(status().isOk());
        as(cityOfficer("lanzhou-city"), get("/api/awards/{id}", id)).andExpect(status().isNotFound());
        as(auditor, get("/api/awards/{id}", id)).andExpect(status().isOk());
        asAdmin(get("/api/awards/{id}", 987654321L)).andExpect(status().isNotFound());

        // awaiting the enterprise: nobody else decides, an outside zone officer cannot confirm
        as(own, post("/api/awards/{id}/decisions", approve("x"), id)).andExpect(status().isForbidden());
        as(other, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"12345678\"}", id)).andExpect(status().isForbidden());
        as(stranger, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"12345678\"}", id)).andExpect(status().isForbidden());
        as(own, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222 0202 0011\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"));

        asAdmin(post("/api/awards/{id}/decisions", approve("越级"), id)).andExpect(status().isForbidden());
        as(auditor, post("/api/awards/{id}/decisions", approve("x"), id)).andExpect(status().isForbidden());
        as(other, post("/api/awards/{id}/decisions", approve("x"), id)).andExpect(status().isForbidden());
        as(stranger, post("/api/awards/{id}/decisions", approve("x"), id)).andExpect(status().isForbidden());
        as(own, get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"))
                .andExpect(jsonPath("$.decisions", hasSize(0)));
        as(user("PROVINCE_GOVERNMENT", null, null), payment(id, "200000.00", unique("k"))).andExpect(status().isForbidden());
        as(own, post("/api/budgets", "{\"payer\":\"PROVINCE_DEPARTMENT\",\"year\":2026,\"amountYuan\":\"1.00\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void rejectingNeedsACommentAndEndsTheCase() throws Exception {
        String uscc = enterpriseIn("dingxi");
        long id = offerHnte(uscc, "dingxi", payer());
        String officer = zoneOfficer("dingxi");
        as(officer, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"1234567\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("bankAccount")));
        as(officer, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"62220202ABCD\"}", id)).andExpect(status().isBadRequest());
        as(officer, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"1234567890\"}", id)).andExpect(status().isOk());
        officer = zoneOfficer("dingxi"); // the confirming officer may not decide (contracts §8)
        as(officer, post("/api/awards/{id}/decisions", "{\"decision\":\"REJECT\",\"comment\":\"  \"}", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("comment")));
        as(officer, post("/api/awards/{id}/decisions", "{\"decision\":\"MAYBE\",\"comment\":\"x\"}", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("decision")));
        as(officer, post("/api/awards/{id}/decisions", "{\"decision\":\"REJECT\",\"comment\":\"证书编号与国家库不符\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.pendingRole", nullValue()))
                .andExpect(jsonPath("$.decisions[0].decision").value("REJECT"))
                .andExpect(jsonPath("$.decisions[0].comment").value("证书编号与国家库不符"));
        as(officer, post("/api/awards/{id}/decisions", approve("改主意"), id)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您已作出本奖补的审批")));
        asAdmin(post("/api/awards/{id}/decisions", approve("x"), id)).andExpect(status().isConflict());
    }

    // ------------------------------------------------------------------ budgets

    @Test
    @DisplayName("未设预算或超出预算的最终批准返回409，奖补状态不变")
    void aFinalApprovalBeyondTheBudgetIsRefusedAndChangesNothing() throws Exception {
        String payer = payer();
        long id = offer(unique("ENT-"), "pingliang", "pingliang", "200000.00", "FIXED", payer, List.of("PROVINCE_ADMIN"));
        asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("尚未设置2026年度预算")));
        budget(payer, "150000.00");
        asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("150000.00元")));
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN")).andExpect(jsonPath("$.decisions", hasSize(0)));
        asAdmin(get("/api/budgets?year=2026&payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("0.00"));
        budget(payer, "200000.00");
        asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aBudgetCanBeRaisedButNotLoweredBelowWhatIsReserved() throws Exception {
        String payer = payer();
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"300000.00\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.availableYuan").value("300000.00"));
        long id = offer(unique("ENT-"), "yumen", "yumen", "200000.00", "FIXED", payer, List.of("PROVINCE_ADMIN"));
        asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isOk());
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"199999.99\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("已预留")));
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"500000.00\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.availableYuan").value("300000.00"));
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"-1\"}")).andExpect(status().isBadRequest());
        asAdmin(post("/api/budgets", "{\"payer\":\"\",\"year\":2026,\"amountYuan\":\"1\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("payer")));
        as(user("PROVINCE_FINANCE", null, null), post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"1\"}"))
                .andExpect(status().isForbidden());
        as(user("ENTERPRISE", "enterprise", enterpriseIn("yumen")), get("/api/budgets")).andExpect(status().isForbidden());

        asAdmin(post("/api/awards/{id}/withdrawal", "{\"comment\":\"发现重复申报\"}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("0.00"));
        asAdmin(get("/api/budgets/ledger?payer={p}&year=2026", payer)).andExpect(jsonPath("$.items[*].kind").value(
                org.hamcrest.Matchers.contains("BUDGET_SET", "RESERVATION", "BUDGET_SET", "RELEASE")));
    }

    @Test
    @DisplayName("一事一议（MINIMUM）的最终批准须给出不低于最低额的金额")
    void aCaseByCaseAwardNeedsItsDecidedAmountAtTheFinalApproval() throws Exception {
        String payer = payer();
        budget(payer, "80000000.00");
        long id = offer(unique("ENT-"), "jiayuguan", "jiayuguan", "50000000.00", "MINIMUM", payer, CLAUSE_1);
        String finance = user("PROVINCE_FINANCE", null, null);
        String government = user("PROVINCE_GOVERNMENT", null, null);
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"会同市政府提出\",\"amountYuan\":\"60000000.00\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pendingRole").value("PROVINCE_FINANCE"));
        as(finance, post("/api/awards/{id}/decisions", approve("财政厅无异议"), id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingRole").value("PROVINCE_GOVERNMENT"));
        as(government, post("/api/awards/{id}/decisions", approve("同意"), id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("amountYuan")));
        as(government, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"amountYuan\":\"49999999.99\"}", id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("最低")));
        as(government, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\",\"amountYuan\":\"60000000.00\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.amountYuan").value("60000000.00")).andExpect(jsonPath("$.amountType").value("MINIMUM"));
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("60000000.00"));
        as(finance, payment(id, "60000000.00", unique("k"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("您已作出本奖补的审批，不能再办理付款")));
        String cashier = user("PROVINCE_FINANCE", null, null);
        as(cashier, payment(id, "50000000.00", unique("k"))).andExpect(status().isConflict());
        as(cashier, payment(id, "60000000.00", unique("k"))).andExpect(status().isCreated());
    }

    // ------------------------------------------------------------------ payments

    @Test
    void paymentsCheckRoleKeyAmountAndState() throws Exception {
        String payer = payer();
        budget(payer, "1000000.00");
        String uscc = enterpriseIn("jinchang");
        long pending = offerHnte(uscc, "jinchang", payer);
        String finance = user("PROVINCE_FINANCE", null, null);
        as(finance, payment(pending, "200000.00", unique("k"))).andExpect(status().isConflict());
        long id = approvedAward("jinchang", payer);
        asAdmin(payment(id, "200000.00", unique("k"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("省财政厅")));
        as(finance, payment(id, "200000.00", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Idempotency-Key")));
        as(zoneOfficer("jinchang"), payment(id, "200000.00", unique("k"))).andExpect(status().isForbidden());
        as(finance, payment(id, "200000.01", unique("k"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("不一致")));
        as(finance, payment(id, "abc", unique("k"))).andExpect(status().isBadRequest());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.payments", hasSize(0)));
        String key = unique("k");
        as(finance, payment(id, "200000.00", key)).andExpect(status().isCreated());
        as(finance, payment(pending, "200000.00", key)).andExpect(status().isConflict());
    }

    @Test
    @DisplayName("公示期未满不得支付，409说明可支付日期")
    void anApprovedAwardIsPayableOnlyAfterItsPublicNotice() throws Exception {
        String payer = payer();
        budget(payer, "1000000.00");
        long id;
        notice.setDays(5);
        try {
            id = approvedAward("minle", payer);
        } finally {
            notice.setDays(0);
        }
        String payable = LocalDate.now(AwardManagement.CHINA).plusDays(5).toString();
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.payableFrom").value(payable));
        as(user("PROVINCE_FINANCE", null, null), payment(id, "200000.00", unique("k"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(payable)));
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    @DisplayName("8个并发最终批准争抢只够3笔的预算：恰好3笔批准，预留不超预算")
    void concurrentApprovalsNeverReserveMoreThanTheBudget() throws Exception {
        String payer = payer();
        budget(payer, "300000.00");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(offer(unique("ENT-"), "longxi", "longxi", "100000.00", "FIXED", payer, List.of("PROVINCE_ADMIN")));
        }
        List<Integer> codes = race(ids.stream().<Callable<Integer>>map(id -> () ->
                asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andReturn().getResponse().getStatus()).toList());
        assertThat(codes).filteredOn(c -> c == 200).hasSize(3);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(5);
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("300000.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM award WHERE payer = :p AND status = 'APPROVED'").param("p", payer)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void concurrentApprovalsOfOneAwardMoveItOnce() throws Exception {
        String payer = payer();
        budget(payer, "1000000.00");
        long id = offer(unique("ENT-"), "longxi", "longxi", "100000.00", "FIXED", payer, List.of("PROVINCE_ADMIN"));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> asAdmin(post("/api/awards/{id}/decisions", approve("同意"), id)).andReturn().getResponse().getStatus());
        }
        assertThat(race(calls)).filteredOn(c -> c == 200).hasSize(1);
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].reservedYuan").value("100000.00"));
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.decisions", hasSize(1)));
    }

    @Test
    @DisplayName("同一幂等键并发支付：只有一笔支付，所有请求得到同一付款记录")
    void concurrentPaymentsWithTheSameKeyPayOnce() throws Exception {
        String payer = payer();
        budget(payer, "1000000.00");
        String finance = user("PROVINCE_FINANCE", null, null);
        long id = approvedAward("lanzhou", payer);
        String key = unique("same-");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> {
                var r = as(finance, payment(id, "200000.00", key)).andReturn().getResponse();
                String body = r.getContentAsString();
                return r.getStatus() + ":" + (r.getStatus() < 300 ? JsonPath.read(body, "$.id") : body);
            });
        }
        List<String> answers = race(calls);
        assertThat(answers).filteredOn(a -> a.startsWith("201:")).hasSize(1);
        assertThat(answers).allMatch(a -> a.startsWith("200:") || a.startsWith("201:"), "all answered with the payment");
        assertThat(answers.stream().map(a -> a.substring(4)).distinct()).hasSize(1);
        assertPaidOnce(id, payer);
    }

    @Test
    @DisplayName("不同幂等键并发支付：恰好一笔成功，其余409")
    void concurrentPaymentsWithDifferentKeysPayOnce() throws Exception {
        String payer = payer();
        budget(payer, "1000000.00");
        String finance = user("PROVINCE_FINANCE", null, null);
        long id = approvedAward("baiyin", payer);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = unique("k-");
            calls.add(() -> as(finance, payment(id, "200000.00", key)).andReturn().getResponse().getStatus());
        }
        List<Integer> codes = race(calls);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(7);
        assertPaidOnce(id, payer);
    }

    void assertPaidOnce(long id, String payer) throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE award_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("PAID")).andExpect(jsonPath("$.payments", hasSize(1)));
        asAdmin(get("/api/budgets?payer={p}", payer)).andExpect(jsonPath("$.items[0].paidYuan").value("200000.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ledger WHERE payer = :p AND kind = 'PAYMENT'").param("p", payer)
                .query(Integer.class).single()).isEqualTo(1);
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
