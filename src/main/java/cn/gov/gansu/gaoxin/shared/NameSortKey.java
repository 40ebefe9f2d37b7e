package cn.gov.gansu.gaoxin.shared;

import java.text.Collator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sort key of a Chinese name (issue 9 item 6): the primary-strength {@link Collator} of zh-CN (pinyin order
 * for Chinese characters, then Latin letters and digits as that collator places them) as its CollationKey's bytes
 * in hexadecimal, so that a database orders the keys byte by byte — in pinyin order across pages, on H2 and on
 * PostgreSQL alike, whatever the database's own collation (hex digits order the same in every collation).
 * Names equal at primary strength are then ordered by the name and the row's id. At most {@link #MAX_LENGTH}
 * characters (a 200-character name needs 808).
 */
public final class NameSortKey {

    public static final int MAX_LENGTH = 1000;
    private static final Logger log = LoggerFactory.getLogger(NameSortKey.class);
    private static final HexFormat HEX = HexFormat.of();

    private NameSortKey() {
    }

    /** The key of a name; null for null. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        Collator collator = Collator.getInstance(Locale.CHINA); // not thread-safe: one per call (cheap: a clone)
        collator.setStrength(Collator.PRIMARY);
        String key = HEX.formatHex(collator.getCollationKey(name).toByteArray());
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    /**
     * Starts {@link #backfill} of {@code table} on a daemon thread named {@code <table>-name-sort-keys}, under
     * the cluster lock so that one instance does it (the caller's ApplicationReady listener, once per start);
     * a failure is logged with {@code what} (the rows' Chinese name) and retried at the next start.
     */
    public static void backfillInBackground(JdbcTemplate jdbc, ClusterLock lock, String table, String id, String what) {
        Thread t = new Thread(() -> {
            try {
                lock.runExclusively(table + ".name-sort-keys", java.time.Duration.ofHours(1), () -> backfill(jdbc, table, id, CHUNK));
            } catch (RuntimeException e) {
                log.error("{}名称拼音排序键补写失败（下次启动重试）", what, e);
            }
        }, table + "-name-sort-keys");
        t.setDaemon(true);
        t.start();
    }

    /** Rows per statement of a backfill. */
    public static final int CHUNK = 1_000;

    /**
     * Writes the key of every row of {@code table} whose {@code name_sort} is NULL (rows written by SQL that does not
     * compute it), {@code chunk} rows per statement, each chunk its own statement so that a large backfill holds no
     * long transaction; a row renamed meanwhile is left for the next run. Answers how many rows got a key.
     * {@code table} and {@code id} are the caller module's own table and key column (constants, never input).
     */
    public static long backfill(JdbcTemplate jdbc, String table, String id, int chunk) {
        long done = 0;
        while (true) {
            List<Object[]> rows = jdbc.query("SELECT " + id + ", name FROM " + table + " WHERE name_sort IS NULL LIMIT " + chunk,
                    (rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)});
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> updates = rows.stream().map(r -> new Object[] {of((String) r[1]), r[0], r[1]}).toList();
            int written = 0;
            for (int n : jdbc.batchUpdate("UPDATE " + table + " SET name_sort = ? WHERE " + id + " = ? AND name = ? AND name_sort IS NULL",
                    updates)) {
                written += Math.max(0, n);
            }
            done += written;
            if (written == 0) {
                break; // every row of the chunk was renamed meanwhile by plain SQL: left for the next run
            }
        }
        if (done > 0) {
            log.info("{}：已补写 {} 行的拼音排序键", table, done);
        }
        return done;
    }
}
