package cn.gov.gansu.gaoxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.enterprise.Recognition;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: the re-scan writes its new entitlements in sets of {@link ProactiveDelivery#WRITE}, and the
 * award module opens their cases in the same transaction with batched statements. 12,000 facts loaded in
 * bulk (no registry events, as an import or a migration would) give exactly one case per new entitlement,
 * each with its first history row and the audit rows, the hash chains intact; a second re-scan opens
 * nothing. Run on H2 and on PostgreSQL by the subclasses.
 */
public abstract class RescanInSetsContract extends IntegrationTest {

    static final int ENTERPRISES = 6_000;

    @Autowired
    ProactiveDelivery delivery;
    @Autowired
    EnterpriseBulkLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    @DisplayName("按批复核12000项事实：每项新增权益恰好开立一个奖补案件，写入办理记录和审计记录，哈希链完好；再次复核不开立任何案件")
    void aRescanInSetsOpensExactlyOneCasePerNewEntitlementAndASecondOpensNone() throws Exception {
        // a zone of its own, so that the counts below are this test's whatever else the shared database holds
        String zone = "rs" + unique("z").toLowerCase().replaceAll("[^a-z0-9]", "");
        asAdmin(post("/api/zones", "{\"code\":\"" + zone + "\",\"name\":\"复核测试" + zone + "\",\"city\":\"wuwei-city\","
                + "\"recognisedOn\":\"2024-01-01\"}")).andExpect(status().isCreated());
        List<EnterpriseBulkLoader.NewRow> units = new ArrayList<>();
        List<EnterpriseBulkLoader.NewQualificationRow> recognitions = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            String uscc = newUscc();
            units.add(new EnterpriseBulkLoader.NewRow(uscc, "复核测试科技有限公司" + uscc.substring(8), zone, null, null, null, null,
                    null, LocalDate.of(2024, 3, 1), false));
            LocalDate on = LocalDate.of(2025, 1 + i % 12, 1 + i % 28);
            recognitions.add(new EnterpriseBulkLoader.NewQualificationRow(uscc, QualificationType.HIGH_TECH_ENTERPRISE,
                    Recognition.FIRST, "GR2025" + uscc.substring(8, 17), null, on, zone));
            recognitions.add(new EnterpriseBulkLoader.NewQualificationRow(uscc, QualificationType.PROVINCIAL_INNOVATIVE_ENTERPRISE,
                    Recognition.FIRST, "PI2025" + uscc.substring(8, 17), null, on, zone));
        }
        tx.executeWithoutResult(s -> {
            loader.insertEnterprises(units);
            loader.insertQualifications(recognitions);
        });
        // the enterprises' entitlements and cases (not the zone's own, offered by the event of its recognition)
        String ours = "beneficiary_zone = '" + zone + "' AND beneficiary <> '" + zone + "'";
        long auditBefore = count("SELECT COUNT(*) FROM audit_log");
        long historyBefore = count("SELECT COUNT(*) FROM award_event");

        ProactiveDelivery.RescanReport first = delivery.rescanNow();

        tablesChangedInBulk("policy_entitlement", "award", "award_event", "audit_log");
        long entitlements = count("SELECT COUNT(*) FROM policy_entitlement WHERE " + ours);
        assertThat(entitlements).as("both recognitions of every enterprise are new entitlements (clause 10)")
                .isGreaterThanOrEqualTo(2L * ENTERPRISES);
        assertThat(first.created()).as("written in several sets").isGreaterThanOrEqualTo((int) entitlements)
                .isGreaterThan(2 * ProactiveDelivery.WRITE);
        assertThat(count("SELECT COUNT(*) FROM award WHERE " + ours)).isEqualTo(entitlements);
        assertThat(count("SELECT COUNT(*) FROM policy_entitlement e WHERE e." + ours.replace("AND ", "AND e.") + " AND NOT EXISTS "
                + "(SELECT 1 FROM award a WHERE a.entitlement_id = e.id AND a.beneficiary = e.beneficiary AND a.line = e.line "
                + "AND a.offered_amount = e.amount AND a.status = 'PENDING_CONFIRMATION' AND a.pending_role = 'ENTERPRISE')"))
                .as("every entitlement has its case, with what it offered").isZero();
        assertThat(count("SELECT COUNT(*) FROM award_event ev JOIN award a ON a.id = ev.award_id WHERE a."
                + ours.replace("AND ", "AND a.") + " AND ev.kind = 'OFFERED' AND ev.actor = 'system' AND ev.status_to = 'PENDING_CONFIRMATION'"))
                .as("the first history row of each case").isEqualTo(entitlements);
        assertThat(count("SELECT COUNT(*) FROM audit_log l JOIN award a ON l.subject_id = CAST(a.id AS VARCHAR(40)) "
                + "WHERE l.action = 'AWARD_OFFERED' AND l.subject_type = 'AWARD' AND a." + ours.replace("AND ", "AND a.")))
                .as("one AWARD_OFFERED audit row per case").isEqualTo(entitlements);
        assertThat(count("SELECT COUNT(*) FROM audit_log l JOIN policy_entitlement e ON l.subject_id = e.id "
                + "WHERE l.action = 'ENTITLEMENT_OFFERED' AND e." + ours.replace("AND ", "AND e.")))
                .as("one ENTITLEMENT_OFFERED audit row per entitlement").isEqualTo(entitlements);
        asAdmin(get("/api/audit/verification")).andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));

        long audit = count("SELECT COUNT(*) FROM audit_log");
        long history = count("SELECT COUNT(*) FROM award_event");
        assertThat(history - historyBefore).isGreaterThanOrEqualTo(entitlements);
        assertThat(audit - auditBefore).isGreaterThanOrEqualTo(2 * entitlements);

        ProactiveDelivery.RescanReport second = delivery.rescanNow();
        assertThat(second.created()).isZero();
        assertThat(second.factsScanned()).isEqualTo(first.factsScanned());
        assertThat(count("SELECT COUNT(*) FROM award WHERE " + ours)).isEqualTo(entitlements);
        assertThat(count("SELECT COUNT(*) FROM award_event")).as("no history row").isEqualTo(history);
        assertThat(count("SELECT COUNT(*) FROM audit_log")).as("only the re-scan's own summary row").isEqualTo(audit + 1);
    }

    @Test
    @DisplayName("一批权益中的重复、已开立和审批链不合规者：只开立一次，不合规者记 AWARD_NOT_OPENED 且不开立")
    void aSetWithRepeatsOpenOnesAndAnInvalidChainOpensEachValidEntitlementOnce() throws Exception {
        String uscc = enterpriseIn("jinchang");
        List<String> chain = List.of("ZONE_OFFICER", "PROVINCE_ADMIN");
        EntitlementOffered open = offer(unique("SET-OPEN-"), uscc, chain);
        EntitlementOffered fresh = offer(unique("SET-NEW-"), uscc, chain);
        EntitlementOffered invalid = offer(unique("SET-BAD-"), uscc, List.of("ZONE_OFFICER", "ZONE_OFFICER"));
        EntitlementOffered enterprise = offer(unique("SET-ENT-"), uscc, List.of("ENTERPRISE", "PROVINCE_ADMIN"));
        tx.executeWithoutResult(s -> events.publishEvent(open));
        assertThat(cases(open)).isOne();

        tx.executeWithoutResult(s -> events.publishEvent(new EntitlementsOffered(List.of(open, fresh, invalid, fresh, enterprise))));

        assertThat(cases(open)).isOne();
        assertThat(cases(fresh)).isOne();
        assertThat(cases(invalid)).isZero();
        assertThat(cases(enterprise)).as("a beneficiary may not approve its own award").isZero();
        for (EntitlementOffered refused : List.of(invalid, enterprise)) {
            assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'AWARD_NOT_OPENED' AND subject_id = '"
                    + refused.entitlementId() + "'")).isOne();
        }
        assertThat(count("SELECT COUNT(*) FROM award_event ev JOIN award a ON a.id = ev.award_id WHERE a.entitlement_id = '"
                + fresh.entitlementId() + "'")).isOne();
        assertThat(count("SELECT COUNT(*) FROM audit_log l JOIN award a ON l.subject_id = CAST(a.id AS VARCHAR(40)) "
                + "WHERE l.action = 'AWARD_OFFERED' AND a.entitlement_id = '" + fresh.entitlementId() + "'")).isOne();
        asAdmin(get("/api/awards?beneficiary=" + uscc)).andExpect(jsonPath("$.total").value(2));
    }

    private static EntitlementOffered offer(String id, String uscc, List<String> chain) {
        return new EntitlementOffered(id, uscc, "jinchang", "NEW_HIGH_TECH_ENTERPRISE", "10", new BigDecimal("200000.00"),
                "FIXED", "PROVINCE_DEPARTMENT", 2026, chain, "依据第10条：新认定高新技术企业，奖励200000.00元", LocalDate.of(2025, 6, 1));
    }

    private long cases(EntitlementOffered o) {
        return count("SELECT COUNT(*) FROM award WHERE entitlement_id = '" + o.entitlementId() + "'");
    }

    /**
     * After the re-scan wrote thousands of rows at once, before the checks read them back; on PostgreSQL the
     * planner's statistics are refreshed here, as autovacuum would within a minute: else the checks' joins are
     * planned for the few rows the tables held before (nested loops reading every award for every audit row,
     * 110 s of this class's 128).
     */
    protected void tablesChangedInBulk(String... tables) {
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
