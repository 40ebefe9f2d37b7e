package cn.gov.gansu.gaoxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7: an offer whose award case failed to open is retried by the scheduled resubmission of the
 * event publication registry (under the cluster lock), not only at restart; and an offer of a FIXED
 * line without its amount opens no case (never an amount the approver types).
 */
class OfferResubmissionTests extends IntegrationTest {

    @Autowired
    OfferResubmission resubmission;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @DisplayName("奖补案件开立失败一次后，定时补发未完成事件即自动开立案件，且不重复开立")
    void aCaseThatFailedToOpenIsOpenedByTheScheduledResubmission() throws Exception {
        String uscc = enterpriseIn("baiyin");
        String constraint = "test_block_" + uscc.substring(8, 17).toLowerCase(java.util.Locale.ROOT);
        // the award module's listener fails once: the award table refuses this beneficiary for a while
        jdbc.sql("ALTER TABLE award ADD CONSTRAINT " + constraint + " CHECK (beneficiary <> '" + uscc + "')").update();
        try {
            asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                    + "\"certificate\":\"GR2025" + uscc.substring(8, 17) + "\",\"date\":\"2025-05-06\"}", uscc))
                    .andExpect(status().isCreated());
        } finally {
            jdbc.sql("ALTER TABLE award DROP CONSTRAINT " + constraint).update();
        }
        asAdmin(get("/api/entitlements?beneficiary=" + uscc)).andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1));
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(0));
        assertThat(incompleteOffersOf(uscc)).as("the failed offer is kept by the registry").isEqualTo(1);

        // a fresh failure is left alone (its listener might still be running elsewhere) …
        resubmission.run();
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(0));

        // … and once older than the minimum age, the scheduled job resubmits it: the case opens by itself
        jdbc.sql("UPDATE event_publication SET publication_date = :t WHERE completion_date IS NULL AND serialized_event LIKE :u")
                .param("t", Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS))).param("u", "%" + uscc + "%").update();
        resubmission.run();
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].line").value("NEW_HIGH_TECH_ENTERPRISE"));
        assertThat(incompleteOffersOf(uscc)).as("completed once the case opened").isZero();

        resubmission.run();
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("固定金额却没有金额的权益不开立奖补案件，不会变成由审批人填写金额的待定案件")
    void aFixedOfferWithoutAnAmountOpensNoCase() throws Exception {
        String uscc = newUscc();
        EntitlementOffered offer = new EntitlementOffered(unique("ENT-"), uscc, "lanzhou", "NEW_HIGH_TECH_ENTERPRISE", "10", null,
                "FIXED", "PROVINCE_DEPARTMENT", 2026, List.of("ZONE_OFFICER", "PROVINCE_ADMIN"), "依据第10条……", LocalDate.of(2025, 6, 1));
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(offer));
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(0));

        EntitlementOffered withAmount = new EntitlementOffered(unique("ENT-"), uscc, "lanzhou", "NEW_HIGH_TECH_ENTERPRISE", "10",
                new BigDecimal("200000.00"), "FIXED", "PROVINCE_DEPARTMENT", 2026, List.of("ZONE_OFFICER", "PROVINCE_ADMIN"),
                "依据第10条……", LocalDate.of(2025, 6, 1));
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(withAmount));
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(1));
    }

    private long incompleteOffersOf(String uscc) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE :t "
                        + "AND serialized_event LIKE :u")
                .param("t", "%EntitlementOffered").param("u", "%" + uscc + "%").query(Long.class).single();
    }
}
