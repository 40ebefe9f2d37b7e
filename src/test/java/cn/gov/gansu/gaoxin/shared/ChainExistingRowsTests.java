package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Upgrading a database that already holds audit rows, case events and ledger rows: migration 8.1 chains
 * them in id order and writes the heads, 8.2 then makes the tables append-only; the chains verify, and
 * the next append continues them.
 */
class ChainExistingRowsTests {

    static final HashChain.Table AWARD_EVENT = new HashChain.Table("award_event", "奖补办理记录", List.of("award_id", "kind",
            "actor", "actor_role", "occurred_at", "status_from", "status_to", "amount", "comment"));
    static final HashChain.Table BUDGET_LEDGER = new HashChain.Table("budget_ledger", "资金台账", List.of("payer",
            "budget_year", "kind", "amount", "award_id", "payment_id", "occurred_at", "actor", "note"));

    @Test
    @DisplayName("升级已有数据的数据库：原有记录按编号入链，校验完好，新记录接在链尾，表拒绝修改")
    void existingRowsAreChainedByTheMigrationAndTheChainContinues() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:chain-upgrade;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        String[] locations = {"classpath:db/migration", "classpath:db/vendor/h2"};
        Flyway.configure().dataSource(ds).locations(locations).target("5.0").load().migrate();

        JdbcClient jdbc = JdbcClient.create(ds);
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 9, 30, 15, 123_456_789));
        for (int i = 0; i < 5; i++) {
            jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(at, "admin", "OLD_" + i, "ZONE", "lanzhou", "升级前的记录" + i).update();
        }
        jdbc.sql("INSERT INTO award (entitlement_id, beneficiary, beneficiary_kind, line, clause, amount_type, payer, payable_year, "
                + "approvals, step, status, version, explanation, created_at, updated_at) VALUES ('E1', 'u', 'ENTERPRISE', "
                + "'NEW_HIGH_TECH_ENTERPRISE', '10', 'FIXED', 'PROVINCE_DEPARTMENT', 2026, 'PROVINCE_ADMIN', 0, 'APPROVED', 0, 'x', ?, ?)")
                .params(at, at).update();
        long award = jdbc.sql("SELECT id FROM award").query(Long.class).single();
        jdbc.sql("INSERT INTO award_event (award_id, kind, actor, actor_role, occurred_at, status_from, status_to, amount, comment) "
                + "VALUES (?, 'OFFERED', 'system', NULL, ?, NULL, 'PENDING_CONFIRMATION', 200000, NULL)").params(award, at).update();
        jdbc.sql("INSERT INTO budget_ledger (payer, budget_year, kind, amount, award_id, payment_id, occurred_at, actor, note) "
                + "VALUES ('PROVINCE_DEPARTMENT', 2026, 'BUDGET_SET', 1000000.50, NULL, NULL, ?, 'admin', '预算')").params(at).update();

        Flyway.configure().dataSource(ds).locations(locations)
                .javaMigrations(new ChainExistingRows(List.of(AuditTrail.CHAIN, AWARD_EVENT, BUDGET_LEDGER))).load().migrate();

        HashChain chain = new HashChain(jdbc, ds, new DataSourceTransactionManager(ds));
        assertThat(chain.verify(AuditTrail.CHAIN)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(5);
        });
        assertThat(chain.verify(AWARD_EVENT).intact()).isTrue();
        assertThat(chain.verify(BUDGET_LEDGER).intact()).isTrue();
        assertThat(jdbc.sql("SELECT chain_seq FROM audit_log ORDER BY id").query(Long.class).list()).containsExactly(1L, 2L, 3L, 4L, 5L);

        chain.append(BUDGET_LEDGER, Arrays.asList("PROVINCE_DEPARTMENT", 2026, "RESERVATION", new BigDecimal("200000.00"), award, null,
                Timestamp.valueOf(LocalDateTime.now()), "admin", null));
        assertThat(chain.verify(BUDGET_LEDGER)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(2);
        });
        assertThatThrownBy(() -> jdbc.sql("UPDATE budget_ledger SET note = 'x'").update()).hasMessageContaining("只允许追加");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).hasMessageContaining("只允许追加");
    }
}
