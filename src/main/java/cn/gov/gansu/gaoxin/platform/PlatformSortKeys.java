package cn.gov.gansu.gaoxin.platform;

import java.util.concurrent.atomic.AtomicBoolean;

import cn.gov.gansu.gaoxin.shared.ClusterLock;
import cn.gov.gansu.gaoxin.shared.NameSortKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the pinyin sort key ({@code name_sort}, {@link NameSortKey}) of the innovation platforms that have none — rows written
 * by SQL outside the registry (a DBA's script, a bulk tool, rows older than the column) — in a background thread after
 * start-up, {@value NameSortKey#CHUNK} rows a statement, under the cluster lock so that one instance does it. Until
 * then those rows come last in a list sorted by name.
 */
@Component
class PlatformSortKeys {

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
            NameSortKey.backfillInBackground(jdbc, lock, "innovation_platform", "id", "创新平台");
        }
    }

    /** Keys every row without one; answers how many. */
    long backfill() {
        return NameSortKey.backfill(jdbc, "innovation_platform", "id", NameSortKey.CHUNK);
    }
}
