package cn.gov.gansu.gaoxin.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 防篡改哈希链: the append-only tables (audit log, award history, fund ledger) chain their rows. Each
 * row carries {@code chain_seq} (its place in its table's chain, 1, 2, 3 …) and {@code hash} =
 * SHA-256 over the previous row's hash, its place and its content. The last place and hash of each
 * chain are kept in {@code hash_chain_head}; an append locks the chain heads (all of them, always in
 * the same order, so two transactions appending to two chains cannot deadlock) with
 * {@code SELECT … FOR UPDATE} until its transaction ends, so appends to a chain are serialised on H2
 * and on PostgreSQL alike. {@link #verify} walks a chain and names the first row whose hash does not
 * follow. Any row altered, deleted or inserted behind the platform's back breaks the chain at that row
 * (unless the hashes of every later row and the head are forged too — see docs/audit-integrity.md).
 */
@Component
public class HashChain {

    /** The hash "before" the first row of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate required;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate separate;

    HashChain(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.required = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A chained table: its name, its Chinese name, and the content columns the hash covers (in order).
     * Each module that owns such a table declares one as a bean.
     */
    public record Table(String name, String title, List<String> columns) {
        public Table {
            Objects.requireNonNull(name);
            columns = List.copyOf(columns);
        }
    }

    /**
     * Appends one row (values in the order of {@code table.columns()}) as part of the caller's transaction
     * (written when it commits), or in a transaction of its own when there is none.
     */
    public void append(Table table, List<?> values) {
        appendAll(table, List.of(values));
    }

    /**
     * Appends rows in order. Inside a transaction the rows are kept and written just before it commits
     * ({@code beforeCommit}): the chain heads are then the last locks a transaction takes, held only
     * while it commits, so appends cannot deadlock with the other row locks of the transaction (e.g.
     * an approval that appends a case event and then reserves the budget, against a payment that holds
     * the budget and then appends to the ledger). A transaction that rolls back appends nothing.
     * Without a transaction the rows are written at once in a transaction of their own.
     */
    public void appendAll(Table table, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<Object>> checked = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            if (row.size() != table.columns().size()) {
                throw new IllegalArgumentException(table.name() + ": " + row.size() + " values for " + table.columns());
            }
            checked.add(normalised(row));
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending now = new Pending();
            now.add(table, checked);
            required.executeWithoutResult(status -> write(now));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new Flush(pending));
        }
        pending.add(table, checked);
    }

    /** The rows a transaction has appended and not yet written, per table. */
    private static final class Pending {
        final java.util.SortedMap<String, Table> tables = new java.util.TreeMap<>();
        final Map<String, List<List<Object>>> rows = new java.util.HashMap<>();

        void add(Table table, List<List<Object>> more) {
            tables.putIfAbsent(table.name(), table);
            rows.computeIfAbsent(table.name(), t -> new ArrayList<>()).addAll(more);
        }

        boolean isEmpty() {
            return rows.values().stream().allMatch(List::isEmpty);
        }

        void clear() {
            rows.clear();
        }
    }

    /** Writes a transaction's pending rows before it commits; keeps the pending rows out of a suspended transaction's way. */
    private final class Flush implements TransactionSynchronization {
        private final Pending pending;

        Flush(Pending pending) {
            this.pending = pending;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(HashChain.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(HashChain.this, pending);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(pending);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(HashChain.this);
            if (status == STATUS_COMMITTED && !pending.isEmpty()) {
                // appended after beforeCommit (in an afterCommit callback): written in a transaction of their own
                Pending late = new Pending();
                pending.tables.forEach((name, table) -> late.add(table, pending.rows.getOrDefault(name, List.of())));
                pending.clear();
                separate.executeWithoutResult(s -> write(late));
            }
        }
    }

    /** Locks the chain heads and writes the pending rows, table by table in name order, then the heads. */
    private void write(Pending pending) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Head> heads = lockHeads();
        for (Table table : pending.tables.values()) {
            List<List<Object>> rows = pending.rows.getOrDefault(table.name(), List.of());
            if (rows.isEmpty()) {
                continue;
            }
            Head head = heads.get(table.name());
            if (head == null) {
                throw new IllegalStateException("no hash chain head for table " + table.name());
            }
            long seq = head.seq();
            String hash = head.hash();
            List<Object[]> batch = new ArrayList<>(rows.size());
            for (List<Object> values : rows) {
                seq++;
                hash = hash(hash, seq, table.columns(), values);
                Object[] args = values.toArray(new Object[values.size() + 2]);
                args[values.size()] = seq;
                args[values.size() + 1] = hash;
                batch.add(args);
            }
            String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ", chain_seq, hash) VALUES ("
                    + "?, ".repeat(table.columns().size()) + "?, ?)";
            if (batch.size() == 1) {
                streaming.update(sql, batch.get(0));
            } else {
                streaming.batchUpdate(sql, batch);
            }
            jdbc.sql("UPDATE hash_chain_head SET last_seq = :seq, last_hash = :hash WHERE table_name = :t")
                    .param("seq", seq).param("hash", hash).param("t", table.name()).update();
        }
        pending.clear();
    }

    /** Locks every chain head, in name order (the same order in every transaction). */
    private Map<String, Head> lockHeads() {
        Map<String, Head> heads = new java.util.HashMap<>();
        jdbc.sql("SELECT table_name, last_seq, last_hash FROM hash_chain_head ORDER BY table_name FOR UPDATE")
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3))).list()
                .forEach(h -> heads.put(h.table(), h));
        return heads;
    }

    private record Head(String table, long seq, String hash) {
    }

    /** What a walk of a chain found. {@code firstBrokenRow}: the id of the first row that does not follow, else null. */
    public record Verification(String table, String title, long rowsChecked, boolean intact, Long firstBrokenRow,
            Long chainSeq, String reason) {
    }

    /** Walks {@code table}'s chain in a read-only transaction of its own, streaming its rows. */
    public Verification verify(Table table) {
        return readOnly.execute(status -> walk(table));
    }

    private Verification walk(Table table) {
        Long unchained = jdbc.sql("SELECT MIN(id) FROM " + table.name() + " WHERE hash IS NULL OR chain_seq IS NULL")
                .query(Long.class).optional().orElse(null);
        String sql = "SELECT id, chain_seq, hash, " + String.join(", ", table.columns()) + " FROM " + table.name()
                + " WHERE chain_seq IS NOT NULL ORDER BY chain_seq";
        Walk walk = new Walk(table);
        streaming.query(sql, rs -> {
            if (walk.broken == null) {
                walk.next(rs);
            }
        });
        if (walk.broken == null) {
            Head head = jdbc.sql("SELECT table_name, last_seq, last_hash FROM hash_chain_head WHERE table_name = :t")
                    .param("t", table.name()).query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3)))
                    .optional().orElse(null);
            if (head == null) {
                walk.broken = new Verification(table.name(), table.title(), walk.rows, false, null, null, "缺少链头记录（hash_chain_head）");
            } else if (head.seq() != walk.seq || !head.hash().equals(walk.hash)) {
                walk.broken = new Verification(table.name(), table.title(), walk.rows, false, walk.lastId, head.seq(),
                        "链尾与链头不符：链头记载共" + head.seq() + "行，实际链上最后一行为第" + walk.seq + "行（末尾的记录被删除或被改动）");
            }
        }
        if (unchained != null && (walk.broken == null || walk.broken.firstBrokenRow() == null
                || unchained < walk.broken.firstBrokenRow())) {
            return new Verification(table.name(), table.title(), walk.rows, false, unchained, null,
                    "该行没有链序号或哈希（未经平台写入）");
        }
        return walk.broken != null ? walk.broken
                : new Verification(table.name(), table.title(), walk.rows, true, null, null, null);
    }

    /** One pass along a chain. */
    private static final class Walk {
        final Table table;
        long rows;
        long seq;
        String hash = GENESIS;
        Long lastId;
        Verification broken;

        Walk(Table table) {
            this.table = table;
        }

        void next(ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            long rowSeq = rs.getLong(2);
            String stored = rs.getString(3);
            List<Object> values = new ArrayList<>(table.columns().size());
            for (int i = 0; i < table.columns().size(); i++) {
                values.add(rs.getObject(4 + i));
            }
            rows++;
            if (rowSeq != seq + 1) {
                broken = new Verification(table.name(), table.title(), rows, false, id, rowSeq, rowSeq <= seq
                        ? "链序号" + rowSeq + "重复（有记录被插入或改动）"
                        : "链序号" + (seq + 1) + (rowSeq - seq > 2 ? "至" + (rowSeq - 1) : "") + "的记录缺失（被删除），断在编号为" + id + "的行之前");
                return;
            }
            String expected = hash(hash, rowSeq, table.columns(), values);
            if (!expected.equals(stored)) {
                broken = new Verification(table.name(), table.title(), rows, false, id, rowSeq,
                        "该行内容或哈希被改动（按内容与上一行哈希重算的哈希与记载的不符）");
                return;
            }
            seq = rowSeq;
            hash = stored;
            lastId = id;
        }
    }

    // ------------------------------------------------------------------ the hash

    /**
     * SHA-256 (hex) over the previous hash, the row's place and its content: each column as
     * {@code name=length:value} on a line of its own (null as {@code name=null}), values in a
     * canonical text (timestamps as local date-time to the microsecond, decimals without trailing zeros).
     */
    public static String hash(String previous, long seq, List<String> columns, List<?> values) {
        StringBuilder text = new StringBuilder(256).append(previous).append('\n').append(seq).append('\n');
        for (int i = 0; i < columns.size(); i++) {
            text.append(columns.get(i)).append('=');
            String v = canonical(values.get(i));
            if (v == null) {
                text.append("null");
            } else {
                text.append(v.length()).append(':').append(v);
            }
            text.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (v instanceof LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toLocalDateTime().truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof CharSequence || v instanceof Character) {
            return v.toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.time.temporal.Temporal) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        throw new IllegalArgumentException("no canonical text for " + v.getClass().getName());
    }

    /** Values as they will be stored: timestamps cut to the microsecond (what both databases keep), enums by name. */
    private static List<Object> normalised(List<?> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object v : row) {
            if (v instanceof java.time.Instant i) {
                v = Timestamp.from(i);
            }
            if (v instanceof Timestamp t && t.getNanos() % 1000 != 0) {
                Timestamp cut = new Timestamp(t.getTime());
                cut.setNanos(t.getNanos() - t.getNanos() % 1000);
                v = cut;
            }
            if (v instanceof Enum<?> e) {
                v = e.name();
            }
            out.add(v);
        }
        return out;
    }

    // ------------------------------------------------------------------ the migration's part

    /**
     * Chains the rows a table already holds (in id order) and writes its head; for the migration that
     * introduces the chain, before the append-only triggers exist. Does nothing if the head exists.
     */
    public static void chainExisting(Connection c, Table table) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT COUNT(*) FROM hash_chain_head WHERE table_name = ?")) {
            exists.setString(1, table.name());
            try (ResultSet rs = exists.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        long seq = 0;
        String hash = GENESIS;
        try (PreparedStatement read = c.prepareStatement("SELECT id, " + String.join(", ", table.columns()) + " FROM "
                + table.name() + " ORDER BY id");
                PreparedStatement write = c.prepareStatement("UPDATE " + table.name() + " SET chain_seq = ?, hash = ? WHERE id = ?")) {
            read.setFetchSize(1000);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    List<Object> values = new ArrayList<>(table.columns().size());
                    for (int i = 0; i < table.columns().size(); i++) {
                        values.add(rs.getObject(2 + i));
                    }
                    seq++;
                    hash = hash(hash, seq, table.columns(), values);
                    write.setLong(1, seq);
                    write.setString(2, hash);
                    write.setLong(3, rs.getLong(1));
                    write.addBatch();
                    if (++pending == 1000) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (PreparedStatement head = c.prepareStatement("INSERT INTO hash_chain_head (table_name, last_seq, last_hash) VALUES (?, ?, ?)")) {
            head.setString(1, table.name());
            head.setLong(2, seq);
            head.setString(3, hash);
            head.executeUpdate();
        }
    }
}
