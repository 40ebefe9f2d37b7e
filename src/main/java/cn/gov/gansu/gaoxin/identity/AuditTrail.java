package cn.gov.gansu.gaoxin.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log: who did what to which record, when. Written in the same transaction
 * as the change it records, so a change and its audit row land together or not at all. Nothing in
 * the platform updates or deletes a row.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    AuditTrail(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject_type, subject_id, detail) "
                        + "VALUES (:at, :actor, :action, :type, :id, :detail)")
                .param("at", Timestamp.from(Instant.now())).param("actor", actor).param("action", action)
                .param("type", subjectType).param("id", subjectId).param("detail", text).update();
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
        record("EXPORT", "EXPORT", what, "导出" + title + "；筛选条件：" + (f.isEmpty() ? "无" : f) + "；行数：" + rows
                + (complete ? "" : "；导出未完成（已写出" + rows + "行）"));
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
        List<Object[]> rows = new java.util.ArrayList<>(details.size());
        details.forEach((id, detail) -> {
            String text = detail == null ? "" : detail;
            if (text.length() > 4000) {
                text = text.substring(0, 3990) + "…";
            }
            rows.add(new Object[] {at, actor, action, subjectType, id, text});
        });
        batch.batchUpdate("INSERT INTO audit_log (occurred_at, actor, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
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
