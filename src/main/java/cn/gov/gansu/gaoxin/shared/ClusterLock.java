package cn.gov.gansu.gaoxin.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * A database lock so that a scheduled job runs on one instance only when several serve behind a
 * load balancer. Portable SQL: a conditional UPDATE, or an INSERT for a job never run before.
 *
 * <p>A cron job uses {@link #runOncePerFiring}: every instance's scheduler fires at the same time, and the lock
 * is released when the job ends, so an instance whose trigger came late (its single scheduler thread busy with
 * another job, a pause) would otherwise find the lock free and run the same firing a second time. The lock row
 * remembers when it was last taken; a firing is run only if the lock was not taken since that firing
 * (issue 14 item 5: a gap found while writing the two-instance soak; docs/operations.md).
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
            release(name);
        }
    }

    /**
     * Runs {@code job} for the firing of the cron schedule {@code cron} that is due now (the latest at or before
     * now), unless another instance holds {@code name} or took it at or after that firing (it ran this firing);
     * answers whether it ran here. Clocks of the instances may differ by less than the schedule's period.
     */
    public boolean runOncePerFiring(String name, String cron, Duration atMost, Runnable job) {
        Instant firing = latestFiring(cron, Instant.now());
        if (!acquire(name, atMost, firing)) {
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            release(name);
        }
    }

    private void release(String name) {
        jdbc.sql("UPDATE job_lock SET locked_until = :now WHERE name = :name AND locked_by = :owner")
                .param("now", Timestamp.from(Instant.now())).param("name", name).param("owner", owner).update();
    }

    /** The latest time at or before {@code now} at which {@code cron} fires (in the JVM's zone, as {@code @Scheduled}); {@code now} if none within a year. */
    static Instant latestFiring(String cron, Instant now) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime at = now.atZone(ZoneId.systemDefault());
        for (Duration back : List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(32), Duration.ofDays(367))) {
            ZonedDateTime firing = expression.next(at.minus(back));
            if (firing != null && !firing.isAfter(at)) {
                for (ZonedDateTime next = expression.next(firing); next != null && !next.isAfter(at); next = expression.next(next)) {
                    firing = next;
                }
                return firing.toInstant();
            }
        }
        return now;
    }

    boolean acquire(String name, Duration atMost) {
        return acquire(name, atMost, null);
    }

    /** Takes the lock if free — and, with {@code firing}, if it was not taken at or after that firing. */
    boolean acquire(String name, Duration atMost, Instant firing) {
        Instant now = Instant.now();
        Timestamp until = Timestamp.from(now.plus(atMost));
        int updated = jdbc.sql("UPDATE job_lock SET locked_until = :until, locked_by = :owner, locked_at = :now "
                        + "WHERE name = :name AND locked_until <= :now" + (firing == null ? "" : " AND locked_at < :firing"))
                .param("until", until).param("owner", owner).param("now", Timestamp.from(now)).param("name", name)
                .params(firing == null ? java.util.Map.of() : java.util.Map.of("firing", Timestamp.from(firing)))
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
