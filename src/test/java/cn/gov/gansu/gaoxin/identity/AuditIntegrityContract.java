package cn.gov.gansu.gaoxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log, the award history and the fund ledger are append-only in the database (triggers
 * refuse UPDATE and DELETE) and tamper-evident (a SHA-256 chain per table): a row altered or deleted
 * behind the application's back — triggers bypassed, as a database administrator could — is reported
 * as the first broken row. Run on H2 and on PostgreSQL by the subclasses.
 */
public abstract class AuditIntegrityContract extends IntegrationTest {

    static final List<String> TABLES = List.of("audit_log", "award_event", "budget_ledger");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditTrail audit;

    /** Runs {@code change} with the append-only triggers of {@code table} out of the way, then puts them back. */
    protected abstract void bypassingTriggers(String table, Runnable change);

    /** Some rows in each of the three tables: a budget (ledger), an offered award (history), audit rows. */
    long seedAward() throws Exception {
        String payer = unique("CHAIN-PAYER-");
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"500000.00\"}"))
                .andExpect(status().is2xxSuccessful());
        String uscc = enterpriseIn("zhangye");
        String entitlement = unique("CHAIN-ENT-");
        EntitlementOffered offered = new EntitlementOffered(entitlement, uscc, "zhangye", "NEW_HIGH_TECH_ENTERPRISE", "10",
                new BigDecimal("200000.00"), "FIXED", payer, 2026, List.of("ZONE_OFFICER", "PROVINCE_ADMIN"),
                "依据第10条：新认定高新技术企业，奖励200000.00元", LocalDate.of(2025, 11, 3));
        tx.executeWithoutResult(s -> events.publishEvent(offered));
        return jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlement).query(Long.class).single();
    }

    String verification() throws Exception {
        return asAdmin(get("/api/audit/verification")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    long lastId(String table) {
        return jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
    }

    @Test
    @DisplayName("三张只追加的表在数据库层拒绝修改和删除，记录原样保留")
    void theDatabaseRefusesUpdateAndDeleteOnTheAppendOnlyTables() throws Exception {
        seedAward();
        for (String table : TABLES) {
            long id = lastId(table);
            String hash = jdbc.sql("SELECT hash FROM " + table + " WHERE id = :id").param("id", id).query(String.class).single();
            assertThatThrownBy(() -> jdbc.sql("UPDATE " + table + " SET hash = 'x' WHERE id = :id").param("id", id).update())
                    .as("UPDATE " + table).isInstanceOf(DataAccessException.class).hasMessageContaining("只允许追加");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table + " WHERE id = :id").param("id", id).update())
                    .as("DELETE " + table).isInstanceOf(DataAccessException.class).hasMessageContaining("只允许追加");
            assertThat(jdbc.sql("SELECT hash FROM " + table + " WHERE id = :id").param("id", id).query(String.class).single())
                    .isEqualTo(hash).hasSize(64);
        }
    }

    @Test
    @DisplayName("审计人员校验哈希链：完好；高新区工作人员无权校验")
    void theChainsAreIntactAndOnlyAuditorsAndTheAdminMayVerify() throws Exception {
        seedAward();
        asAdmin(get("/api/audit/verification")).andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.status").value("完好")).andExpect(jsonPath("$.tables.length()").value(3));
        as(user("AUDITOR", null, null), get("/api/audit/verification")).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        as(zoneOfficer("zhangye"), get("/api/audit/verification")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("绕过触发器改动审计日志、奖补记录、资金台账的一行：校验指出被改动的那一行；改回后恢复完好")
    void aRowAlteredBehindTheApplicationsBackIsReportedAsTheFirstBrokenRow() throws Exception {
        seedAward();
        Map<String, String> alteration = Map.of("audit_log", "detail = detail || '（已篡改）'", "award_event",
                "comment = 'forged'", "budget_ledger", "amount = amount + 1");
        Map<String, String> restore = Map.of("audit_log", "detail = :old", "award_event", "comment = :old", "budget_ledger",
                "amount = CAST(:old AS NUMERIC(18,2))");
        Map<String, String> column = Map.of("audit_log", "detail", "award_event", "comment", "budget_ledger", "amount");
        for (String table : TABLES) {
            long id = jdbc.sql("SELECT MAX(id) FROM " + table + " WHERE " + column.get(table) + " IS NOT NULL")
                    .query(Long.class).single();
            String old = jdbc.sql("SELECT " + column.get(table) + " FROM " + table + " WHERE id = :id").param("id", id)
                    .query(String.class).single();
            bypassingTriggers(table, () -> assertThat(jdbc.sql("UPDATE " + table + " SET " + alteration.get(table) + " WHERE id = :id")
                    .param("id", id).update()).isEqualTo(1));
            try {
                String body = verification();
                assertThat((Boolean) JsonPath.read(body, "$.intact")).as(table).isFalse();
                assertThat((String) JsonPath.read(body, "$.table")).isEqualTo(table);
                assertThat(((Number) JsonPath.read(body, "$.firstBrokenRow")).longValue()).isEqualTo(id);
                assertThat((String) JsonPath.read(body, "$.message")).contains("发现改动", "编号为" + id + "的行");
                assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("已被改动");
            } finally {
                bypassingTriggers(table, () -> jdbc.sql("UPDATE " + table + " SET " + restore.get(table) + " WHERE id = :id")
                        .param("old", old).param("id", id).update());
            }
            assertThat((Boolean) JsonPath.read(verification(), "$.intact")).as("after restoring " + table).isTrue();
        }
    }

    @Test
    @DisplayName("绕过触发器删除一行：校验指出断在其后一行；删除最后一行：链尾与链头不符")
    void aDeletedRowIsReported() throws Exception {
        seedAward();
        audit.recordAs("tamper-test", "TEST", "TEST", unique("t"), "第一行");
        audit.recordAs("tamper-test", "TEST", "TEST", unique("t"), "第二行");
        long last = lastId("audit_log");
        long before = jdbc.sql("SELECT MAX(id) FROM audit_log WHERE id < :last").param("last", last).query(Long.class).single();
        for (long victim : new long[] {before, last}) {
            Map<String, Object> row = jdbc.sql("SELECT * FROM audit_log WHERE id = :id").param("id", victim).query().singleRow();
            bypassingTriggers("audit_log", () -> jdbc.sql("DELETE FROM audit_log WHERE id = :id").param("id", victim).update());
            try {
                String body = verification();
                assertThat((Boolean) JsonPath.read(body, "$.intact")).isFalse();
                assertThat((String) JsonPath.read(body, "$.table")).isEqualTo("audit_log");
                assertThat(((Number) JsonPath.read(body, "$.firstBrokenRow")).longValue()).isEqualTo(victim == last ? before : last);
                assertThat((String) JsonPath.read(body, "$.reason")).contains(victim == last ? "链尾" : "缺失");
            } finally {
                bypassingTriggers("audit_log", () -> jdbc.sql("INSERT INTO audit_log (id, occurred_at, actor, action, subject_type, "
                        + "subject_id, detail, chain_seq, hash) VALUES (:id, :at, :actor, :action, :type, :sid, :detail, :seq, :hash)")
                        .param("id", victim).param("at", row.get(key(row, "occurred_at"))).param("actor", row.get(key(row, "actor")))
                        .param("action", row.get(key(row, "action"))).param("type", row.get(key(row, "subject_type")))
                        .param("sid", row.get(key(row, "subject_id"))).param("detail", row.get(key(row, "detail")))
                        .param("seq", row.get(key(row, "chain_seq"))).param("hash", row.get(key(row, "hash"))).update());
            }
            assertThat((Boolean) JsonPath.read(verification(), "$.intact")).isTrue();
        }
    }

    static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("八个线程同时写审计日志：每行都入链，链序号连续，校验完好")
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 25;
        String marker = unique("race-");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Object> work = () -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        if (i % 5 == 0) {
                            audit.recordAllAs("race-" + thread, "RACE", marker, Map.of(thread + "-" + i + "a", "批量", thread + "-" + i + "b", "批量"));
                        } else {
                            audit.recordAs("race-" + thread, "RACE", marker, thread + "-" + i, "并发写入");
                        }
                    }
                    return null;
                };
                done.add(pool.submit(work));
            }
            start.countDown();
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.count(marker, null)).isEqualTo(threads * (each + each / 5));
        assertThat((Boolean) JsonPath.read(verification(), "$.intact")).isTrue();
        long rows = jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
        long maxSeq = jdbc.sql("SELECT MAX(chain_seq) FROM audit_log").query(Long.class).single();
        assertThat(maxSeq).isEqualTo(rows);
    }

    long chainSeqOf(String subjectId) {
        return jdbc.sql("SELECT chain_seq FROM audit_log WHERE subject_id = :s").param("s", subjectId).query(Long.class).single();
    }

    @Test
    @DisplayName("回滚的事务不在链上留下任何记录；事务中另开的新事务先提交、先入链，互不等待")
    void aRolledBackTransactionAppendsNothingAndANestedNewTransactionDoesNotWaitForItsCaller() throws Exception {
        long before = jdbc.sql("SELECT MAX(chain_seq) FROM audit_log").query(Long.class).single();
        String ghost = unique("ghost-");
        try {
            tx.executeWithoutResult(s -> {
                audit.recordAs("tx-test", "TEST", "TEST", ghost, "将被回滚");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(audit.count("TEST", ghost)).isZero();
        String outer = unique("outer-");
        String inner = unique("inner-");
        TransactionTemplate requiresNew = new TransactionTemplate(tx.getTransactionManager());
        requiresNew.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        requiresNew.setTimeout(20);
        tx.executeWithoutResult(s -> {
            audit.recordAs("tx-test", "TEST", "TEST", outer, "外层事务");
            requiresNew.executeWithoutResult(s2 -> audit.recordAs("tx-test", "TEST", "TEST", inner, "内层新事务"));
        });
        assertThat(chainSeqOf(inner)).as("the inner transaction committed first").isGreaterThan(before).isLessThan(chainSeqOf(outer));
        assertThat((Boolean) JsonPath.read(verification(), "$.intact")).isTrue();
    }
}
