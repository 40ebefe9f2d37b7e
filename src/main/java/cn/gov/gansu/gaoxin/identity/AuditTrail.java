package cn.gov.gansu.gaoxin.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.gov.gansu.gaoxin.shared.HashChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log: who did what to which record, when. Written in the same transaction
 * as the change it records, so a change and its audit row land together or not at all. Nothing in
 * the platform updates or deletes a row, and the database refuses to (triggers, migration 8.2); each
 * row is a link of a SHA-256 hash chain ({@link HashChain}), so an alteration behind the platform's
 * back shows in {@link AuditIntegrity}.
 */
@Component
public class AuditTrail {

    /** The audit log's hash chain: the content columns its SHA-256 covers (docs/audit-integrity.md). */
    public static final HashChain.Table CHAIN = new HashChain.Table("audit_log", "审计日志",
            List.of("occurred_at", "actor", "action", "subject_type", "subject_id", "detail"));

    private final JdbcClient jdbc;
    private final HashChain chain;

    AuditTrail(JdbcClient jdbc, HashChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    @org.springframework.context.annotation.Bean
    static HashChain.Table auditLogChain() {
        return CHAIN;
    }

    /** Records a change by the signed-in user (or "system" when none). */
    public void record(String action, String subjectType, String subjectId, String detail) {
        recordAs(actor(), action, subjectType, subjectId, detail);
    }

    public void recordAs(String actor, String action, String subjectType, String subjectId, String detail) {
        String text = detail == null ? "" : detail;
        if (text.length() > 4000) {
            text = text.substring(0, 3990) + "…";
        }
        chain.append(CHAIN, java.util.Arrays.asList(Timestamp.from(Instant.now()), actor, action, subjectType, subjectId, text));
    }

    /**
     * Records an export (导出) by the signed-in user: what was exported ({@code what}, e.g. "ENTERPRISE"; its
     * Chinese name {@code title}), with which filter (parameter → value; blank values left out), how many
     * rows, and whether the file was written to its end. The row is written when the export ends, also
     * when it broke off (then {@code complete} is false and {@code rows} what was written).
     */
    public void recordExport(String what, String title, java.util.Map<String, String> filter, long rows, boolean complete) {
        StringBuilder f = new StringBuilder();
        if (filter != null) {
            filter.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    f.append(f.isEmpty() ? "" : "，").append(k).append('=').append(v.trim());
                }
            });
        }
        record("EXPORT", "EXPORT", what, "导出" + title + "；筛选条件：" + (f.isEmpty() ? "无" : f) + "；行数：" + (rows < 0 ? "未统计" : String.valueOf(rows))
                + (complete ? "" : "；导出未完成（已写出" + rows + "行）"));
        markExportAudited();
    }

    /** Request attribute set once an export of the request was audited, so {@link ExportAuditFilter} adds no second row. */
    static final String EXPORT_AUDITED = AuditTrail.class.getName() + ".exportAudited";

    private static void markExportAudited() {
        org.springframework.web.context.request.RequestAttributes request =
                org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(EXPORT_AUDITED, Boolean.TRUE, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * Records many changes of one kind by one actor as one JDBC batch (e.g. the entitlements a re-scan
     * offered), in the caller's transaction: {@code subjectId → detail}, in order.
     */
    public void recordAllAs(String actor, String action, String subjectType, java.util.Map<String, String> details) {
        if (details.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(Instant.now());
        List<List<Object>> rows = new java.util.ArrayList<>(details.size());
        details.forEach((id, detail) -> {
            String text = detail == null ? "" : detail;
            if (text.length() > 4000) {
                text = text.substring(0, 3990) + "…";
            }
            rows.add(java.util.Arrays.asList(at, actor, action, subjectType, id, text));
        });
        chain.appendAll(CHAIN, rows);
    }

    public List<Entry> page(String subjectType, String subjectId, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, subject_type, subject_id, detail FROM audit_log WHERE 1=1");
        if (subjectType != null) {
            sql.append(" AND subject_type = :type");
        }
        if (subjectId != null) {
            sql.append(" AND subject_id = :id");
        }
        sql.append(" ORDER BY id DESC LIMIT :limit OFFSET :offset");
        var spec = jdbc.sql(sql.toString());
        if (subjectType != null) {
            spec = spec.param("type", subjectType);
        }
        if (subjectId != null) {
            spec = spec.param("id", subjectId);
        }
        return spec.param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public long count(String subjectType, String subjectId) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM audit_log WHERE 1=1");
        if (subjectType != null) {
            sql.append(" AND subject_type = :type");
        }
        if (subjectId != null) {
            sql.append(" AND subject_id = :id");
        }
        var spec = jdbc.sql(sql.toString());
        if (subjectType != null) {
            spec = spec.param("type", subjectType);
        }
        if (subjectId != null) {
            spec = spec.param("id", subjectId);
        }
        return spec.query(Long.class).single();
    }

    /**
     * A number that grows with every audited change that committed (the audit chain's last sequence
     * number: one row, read without a lock). Appends to the chain are serialised and happen as a
     * transaction commits, so a reader that sees the same mark twice saw no audited change between.
     * Used by {@link AuditedCache}.
     */
    public long changeMark() {
        return jdbc.sql("SELECT last_seq FROM hash_chain_head WHERE table_name = :t").param("t", CHAIN.name())
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * Whether the audited changes after mark {@code from} up to mark {@code to} (both {@link #changeMark()}s, the
     * later one read last) were all exports: reads that changed no state, so what was computed at {@code from} still
     * holds. Rows up to a mark are committed (the chain's head moves in their transaction); at most
     * {@code MAX_SPAN} rows are looked at (the unique chain index), a longer span answers false.
     */
    public boolean onlyExportsBetween(long from, long to) {
        if (to < from || to - from > MAX_SPAN) {
            return false;
        }
        if (to == from) {
            return true;
        }
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE chain_seq > :from AND chain_seq <= :to AND action = 'EXPORT'")
                .param("from", from).param("to", to).query(Long.class).single() == to - from;
    }

    private static final long MAX_SPAN = 200;

    private static String actor() {
        try {
            return CurrentUser.scope().username();
        } catch (RuntimeException none) {
            return "system";
        }
    }

    /** One row of the audit log. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String subjectType,
            String subjectId, String detail) {
    }
}
