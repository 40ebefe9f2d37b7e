package cn.gov.gansu.gaoxin.contract;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contracts §7 walked through from outside, as an integrator would: recording a qualification is
 * enough for the award to appear (免申即享), then confirmation, decisions, budget and payment.
 */
abstract class AwardFlowContract extends IntegrationTest {

    @Test
    @DisplayName("记录高企认定后奖补自动出现，审批、预算、拨付一次且仅一次")
    void recordingAQualificationLeadsToOnePaidAward() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        String zoneOfficer = zoneOfficer("lanzhou");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025620" + (System.nanoTime() % 100000) + "\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isCreated());

        String list = asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].line").value("NEW_HIGH_TECH_ENTERPRISE"))
                .andExpect(jsonPath("$.items[0].amountYuan").value("200000.00"))
                .andReturn().getResponse().getContentAsString();
        Object id = JsonPath.read(list, "$.items[0].id");
        String pending = JsonPath.read(list, "$.items[0].pendingRole");

        if ("ENTERPRISE".equals(pending)) {
            as(zoneOfficer, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                    .andExpect(status().is2xxSuccessful());
        }
        as(user("AUDITOR", null, null), post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"x\"}", id))
                .andExpect(status().isForbidden());
        String reviewer = zoneOfficer("lanzhou"); // not the officer who confirmed on the enterprise's behalf (§8)
        as(reviewer, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"初审通过\"}", id))
                .andExpect(status().is2xxSuccessful());
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"无预算\"}", id))
                .andExpect(status().isConflict());
        asAdmin(post("/api/budgets", "{\"payer\":\"PROVINCE_DEPARTMENT\",\"year\":2026,\"amountYuan\":\"100000000.00\"}"))
                .andExpect(status().is2xxSuccessful());
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id))
                .andExpect(status().is2xxSuccessful());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.pendingRole").value(nullValue())).andExpect(jsonPath("$.payments.length()").value(0));

        String key = "pay-" + System.nanoTime();
        String finance = user("PROVINCE_FINANCE", null, null); // payments: PROVINCE_FINANCE only (§8)
        asAdmin(post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", id).header("Idempotency-Key", key + "a"))
                .andExpect(status().isForbidden());
        as(finance, post("/api/awards/{id}/payments", "{\"amountYuan\":\"199999.99\"}", id).header("Idempotency-Key", key + "x"))
                .andExpect(status().isConflict());
        as(finance, post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", id).header("Idempotency-Key", key))
                .andExpect(status().isCreated());
        as(finance, post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", id).header("Idempotency-Key", key))
                .andExpect(status().is2xxSuccessful());
        as(finance, post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", id).header("Idempotency-Key", key + "other"))
                .andExpect(status().isConflict());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.payments.length()").value(1));
    }

    @Test
    @DisplayName("重新认定和外省迁入的高企不产生奖补")
    void aRenewalOrTransferInOffersNothing() throws Exception {
        String uscc = enterpriseIn("baiyin");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"RENEWAL\","
                + "\"certificate\":\"GR2025621" + (System.nanoTime() % 100000) + "\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isCreated());
        asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(jsonPath("$.items.length()").value(0));
    }
}
