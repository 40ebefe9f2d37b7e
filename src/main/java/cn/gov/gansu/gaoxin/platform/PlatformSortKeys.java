package cn.gov.gansu.gaoxin.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.gov.gansu.gaoxin.shared.ClusterLock;
import cn.gov.gansu.gaoxin.shared.NameSortKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the pinyin sort key ({@code name_sort}, {@link NameSortKey}) of the innovation platforms that have none — rows written
 * by SQL outside the registry (a DBA's script, a bulk tool, rows older than the column) — in a background thread after
 * start-up, 1,000 rows a statement, under the cluster lock so that one instance does it. Until then those rows come
 * last in a list sorted by name.
 */
@Component
class PlatformSortKeys {

    static final int CHUNK = 1_000;
    private static final Logger log = LoggerFactory.getLogger(PlatformSortKeys.class);

    private final JdbcTemplate jdbc;
    private final ClusterLock lock;
    private final AtomicBoolean started = new AtomicBoolean();

    PlatformSortKeys(JdbcTemplate jdbc, ClusterLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfillInBackground() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    lock.runExclusively("platform.name-sort-keys", Duration.ofHours(1), this::backfill);
                } catch (RuntimeException e) {
                    log.error("创新平台名称拼音排序键补写失败（下次启动重试）", e);
                }
            }, "platform.name-sort-keys");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Keys every platform without one; answers how many. */
    long backfill() {
        return NameSortKey.backfill(jdbc, "innovation_platform", "id", CHUNK);
    }
}
