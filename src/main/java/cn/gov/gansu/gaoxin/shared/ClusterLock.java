package cn.gov.gansu.gaoxin.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A database lock so that a scheduled job runs on one instance only when several serve behind a
 * load balancer. Portable SQL: a conditional UPDATE, or an INSERT for a job never run before.
 */
@Component
public class ClusterLock {

    private final JdbcClient jdbc;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    ClusterLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code job} if no other instance holds {@code name}; answers whether it ran. */
    public boolean runExclusively(String name, Duration atMost, Runnable job) {
        if (!acquire(name, atMost)) {
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            jdbc.sql("UPDATE job_lock SET locked_until = :now WHERE name = :name AND locked_by = :owner")
                    .param("now", Timestamp.from(Instant.now())).param("name", name).param("owner", owner).update();
        }
    }

    boolean acquire(String name, Duration atMost) {
        Instant now = Instant.now();
        Timestamp until = Timestamp.from(now.plus(atMost));
        int updated = jdbc.sql("UPDATE job_lock SET locked_until = :until, locked_by = :owner, locked_at = :now "
                        + "WHERE name = :name AND locked_until <= :now")
                .param("until", until).param("owner", owner).param("now", Timestamp.from(now)).param("name", name)
                .update();
        if (updated == 1) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO job_lock (name, locked_until, locked_by, locked_at) VALUES (:name, :until, :owner, :now)")
                    .param("name", name).param("until", until).param("owner", owner).param("now", Timestamp.from(now))
                    .update();
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }
}
