package cn.gov.gansu.gaoxin.transfer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.gov.gansu.gaoxin.transfer.matching.AchievementIndex;
import cn.gov.gansu.gaoxin.transfer.matching.ChineseText;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the in-memory achievement index in step with the table: built from the database in the
 * background once the application is ready (or at the first match, whichever comes first), and fed
 * each new achievement after its transaction commits. Matching waits for the first build.
 *
 * <p>Several instances (docs/operations.md): an achievement recorded on another instance reaches this
 * index by the catch-up before each match, which reads the ids above the highest one indexed and those
 * recorded since shortly before the previous catch-up (transactions commit out of id order), and indexes
 * the ones not yet known. Achievements are never changed or deleted, so that is all there is to follow.
 */
@Component
class AchievementSearch {

    private static final Logger log = LoggerFactory.getLogger(AchievementSearch.class);

    private final JdbcClient jdbc;
    /** Made on first use — by the build thread after the start, so Lucene's classes load off the start's path. */
    private volatile AchievementIndex index;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Integer> built = new CompletableFuture<>();
    /** Every id in the index, and when the last catch-up began (its window starts {@link #LATE_COMMIT} earlier). */
    private final Set<Long> known = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong highest = new java.util.concurrent.atomic.AtomicLong();
    private volatile Instant caughtUp = Instant.now();
    static final Duration LATE_COMMIT = Duration.ofMinutes(5);

    AchievementSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::build, "achievement-index-build");
            t.setDaemon(true);
            t.start();
        }
    }

    private void build() {
        try {
            long t0 = System.nanoTime();
            int[] n = {0};
            caughtUp = Instant.now();
            jdbc.sql("SELECT id, title, field, summary FROM tech_achievement").query(rs -> {
                index().add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                remember(rs.getLong(1));
                n[0]++;
            });
            index().refresh();
            log.info("成果全文索引已建立：{} 项，用时 {} ms", n[0], (System.nanoTime() - t0) / 1_000_000);
            built.complete(n[0]);
        } catch (RuntimeException e) {
            log.error("成果全文索引建立失败", e);
            built.completeExceptionally(e);
        }
    }

    /** Indexes a new achievement once the transaction that inserted it commits. */
    void added(long id, String title, String field, String summary) {
        Runnable put = () -> {
            index().put(id, title, field, summary);
            remember(id);
            index().refresh();
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put.run();
                }
            });
        } else {
            put.run();
        }
    }

    List<AchievementIndex.Hit> match(String title, String description, int size) {
        buildInBackground();
        try {
            built.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("成果全文索引仍在建立中", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("成果全文索引建立失败", e.getCause());
        }
        catchUp();
        return index().match(title, description, size);
    }

    private void remember(long id) {
        known.add(id);
        highest.accumulateAndGet(id, Math::max);
    }

    /** Indexes the achievements another instance recorded since the last look (answers how many). */
    synchronized int catchUp() {
        Instant began = Instant.now();
        List<Long> unknown = jdbc.sql("SELECT id FROM tech_achievement WHERE id > :highest OR recorded_at >= :since")
                .param("highest", highest.get()).param("since", Timestamp.from(caughtUp.minus(LATE_COMMIT)))
                .query(Long.class).list().stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            jdbc.sql("SELECT id, title, field, summary FROM tech_achievement WHERE id IN (:ids)").param("ids", unknown).query(rs -> {
                index().put(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                remember(rs.getLong(1));
            });
            index().refresh();
        }
        caughtUp = began;
        return unknown.size();
    }

    private AchievementIndex index() {
        AchievementIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new AchievementIndex(new ChineseText());
                    index = i;
                }
            }
        }
        return i;
    }

    @PreDestroy
    void close() {
        AchievementIndex i = index;
        if (i != null) {
            i.close();
        }
    }
}
