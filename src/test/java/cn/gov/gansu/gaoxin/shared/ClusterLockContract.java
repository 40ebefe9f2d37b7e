package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scheduled jobs run on one instance only: the database lock. */
abstract class ClusterLockContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondInstanceCannotTakeAHeldLockButCanAfterRelease() {
        ClusterLock first = new ClusterLock(jdbc);
        ClusterLock second = new ClusterLock(jdbc);
        String job = unique("job");
        assertThat(first.acquire(job, Duration.ofMinutes(5))).isTrue();
        assertThat(second.acquire(job, Duration.ofMinutes(5))).isFalse();
        AtomicBoolean ran = new AtomicBoolean();
        assertThat(second.runExclusively(job, Duration.ofMinutes(5), () -> ran.set(true))).isFalse();
        assertThat(ran).isFalse();
        jdbc.sql("UPDATE job_lock SET locked_until = :past WHERE name = :n")
                .param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1))).param("n", job).update();
        assertThat(second.runExclusively(job, Duration.ofMinutes(5), () -> ran.set(true))).isTrue();
        assertThat(ran).isTrue();
        assertThat(first.runExclusively(job, Duration.ofMinutes(5), () -> { })).as("released after the job").isTrue();
    }
}
