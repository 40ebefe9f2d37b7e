package cn.gov.gansu.gaoxin.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import jobs' tables: the job with its progress and counts, the uploaded file (kept for the
 * validation report) and every row error. Each write is its own small transaction, apart from the
 * import's, so progress is visible while the import runs and survives its rollback.
 */
@Component
public class JobStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /** The instance running this JVM's jobs (host name), so a restart fails only its own interrupted jobs. */
    static final String NODE = node();

    private final cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    JobStore(JdbcClient jdbc, JdbcTemplate batch, cn.gov.gansu.gaoxin.identity.AuditTrail audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    private static String node() {
        try {
            String host = java.net.InetAddress.getLocalHost().getHostName();
            return host.length() > 200 ? host.substring(0, 200) : host;
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * A job this instance was running when it stopped never finishes: its transaction was rolled back by
     * the database, so nothing of it was imported. Say so instead of leaving it RUNNING.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void failInterrupted() {
        jdbc.sql("UPDATE import_job SET status = 'FAILED', message = :m, finished_at = :at WHERE status = 'RUNNING' AND node = :n")
                .param("m", "服务重启，导入中断，未导入任何数据；请重新上传文件").param("at", Timestamp.from(Instant.now()))
                .param("n", NODE).update();
    }

    /** A job as stored. */
    public record Job(String id, String kind, String status, boolean validRowsOnly, String qualification, String fileName,
            long fileSize, String owner, Integer rows, int processed, int created, int updated, int unchanged, int errorCount,
            String message, Instant startedAt, Instant finishedAt) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(String id, String kind, boolean validRowsOnly, String qualification, String fileName, Path file,
            String owner, Integer estimatedRows) throws IOException {
        jdbc.sql("INSERT INTO import_job (id, kind, status, valid_rows_only, qualification, file_name, file_size, owner, "
                        + "node, rows_total, processed, created, updated, unchanged, error_count, started_at) "
                        + "VALUES (:id, :k, 'RUNNING', :v, :q, :f, :s, :o, :node, :r, 0, 0, 0, 0, 0, :at)")
                .param("node", NODE)
                .param("r", estimatedRows)
                .param("id", id).param("k", kind).param("v", validRowsOnly).param("q", qualification)
                .param("f", fileName == null ? null : fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("s", Files.size(file)).param("o", owner).param("at", Timestamp.from(Instant.now())).update();
        byte[] content = Files.readAllBytes(file);
        jdbc.sql("INSERT INTO import_file (job_id, content) VALUES (:id, :c)").param("id", id).param("c", content).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(String id, int processed) {
        jdbc.sql("UPDATE import_job SET processed = :p WHERE id = :id").param("p", processed).param("id", id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(String id, String status, int rows, int processed, int created, int updated, int unchanged,
            List<ImportError> errors, List<ImportError> warnings, String message) {
        jdbc.sql("UPDATE import_job SET status = :st, rows_total = :r, processed = :p, created = :c, updated = :u, unchanged = :n, "
                        + "error_count = :e, message = :m, finished_at = :at WHERE id = :id")
                .param("st", status).param("r", rows).param("p", processed).param("c", created).param("u", updated)
                .param("n", unchanged).param("e", errors.size())
                .param("m", message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message)
                .param("at", Timestamp.from(Instant.now())).param("id", id).update();
        Job job = find(id).orElseThrow();
        audit.recordAs(job.owner(), "COMPLETED".equals(status) ? "IMPORT_COMPLETED" : "IMPORT_FAILED", "IMPORT", id,
                job.kind() + " 文件“" + job.fileName() + "”：" + rows + "行，新增" + created + "，更新" + updated + "，未变" + unchanged
                        + "，错误" + errors.size() + "条" + (job.validRowsOnly() ? "（仅导入有效行）" : "")
                        + (message == null ? "" : "；" + message));
        List<Object[]> notes = new java.util.ArrayList<>(errors.size() + warnings.size());
        for (ImportError e : errors) {
            notes.add(new Object[] {id, e.row(), e.column(), e.message().length() > 1000 ? e.message().substring(0, 1000) : e.message(), false});
        }
        for (ImportError e : warnings) {
            notes.add(new Object[] {id, e.row(), e.column(), e.message().length() > 1000 ? e.message().substring(0, 1000) : e.message(), true});
        }
        batch.batchUpdate("INSERT INTO import_error (job_id, row_no, column_name, message, warning) VALUES (?, ?, ?, ?, ?)", notes,
                new int[] {java.sql.Types.VARCHAR, java.sql.Types.INTEGER, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                        java.sql.Types.BOOLEAN});
    }

    public Optional<Job> find(String id) {
        return jdbc.sql("SELECT id, kind, status, valid_rows_only, qualification, file_name, file_size, owner, rows_total, processed, "
                        + "created, updated, unchanged, error_count, message, started_at, finished_at FROM import_job WHERE id = :id")
                .param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** The newest jobs, of one owner or (null) of everyone, of one kind and status or (null) any. */
    public List<Job> recent(String owner, String kind, String status, int limit, long offset) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        String where = where(owner, kind, status, p);
        p.put("l", limit);
        p.put("off", offset);
        return jdbc.sql("SELECT id, kind, status, valid_rows_only, qualification, file_name, file_size, owner, rows_total, processed, "
                        + "created, updated, unchanged, error_count, message, started_at, finished_at FROM import_job" + where
                        + " ORDER BY started_at DESC, id LIMIT :l OFFSET :off")
                .params(p).query((rs, n) -> map(rs)).list();
    }

    public long count(String owner, String kind, String status) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        String where = where(owner, kind, status, p);
        return jdbc.sql("SELECT COUNT(*) FROM import_job" + where).params(p).query(Long.class).single();
    }

    private static String where(String owner, String kind, String status, java.util.Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE 1=1");
        if (owner != null) {
            w.append(" AND owner = :o");
            p.put("o", owner);
        }
        if (kind != null) {
            w.append(" AND kind = :k");
            p.put("k", kind);
        }
        if (status != null) {
            w.append(" AND status = :s");
            p.put("s", status);
        }
        return w.toString();
    }

    private static Job map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp fin = rs.getTimestamp(17);
        return new Job(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), (Integer) rs.getObject(9, Integer.class), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15), rs.getTimestamp(16).toInstant(),
                fin == null ? null : fin.toInstant());
    }

    public List<ImportError> errors(String id, int limit) {
        return notes(id, false, limit);
    }

    /** Notes on rows that were imported all the same (e.g. a company name that differs from the registry's). */
    public List<ImportError> warnings(String id, int limit) {
        return notes(id, true, limit);
    }

    private List<ImportError> notes(String id, boolean warning, int limit) {
        return jdbc.sql("SELECT row_no, column_name, message FROM import_error WHERE job_id = :id AND warning = :w "
                        + "ORDER BY row_no, id LIMIT :l")
                .param("id", id).param("w", warning).param("l", limit)
                .query((rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Copies the uploaded file to {@code target}. */
    public void copyFile(String id, Path target) throws IOException {
        byte[] content = jdbc.sql("SELECT content FROM import_file WHERE job_id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional().orElseThrow(() -> new IOException("文件不存在"));
        Files.write(target, content);
    }
}
