package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one database (issue 14 item 5, docs/operations.md): a cron job runs once per firing
 * across the instances, and an instance with other field-encryption keys than the database's refuses to start.
 * On H2 and PostgreSQL by the subclasses.
 */
abstract class MultiInstanceContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldCipher cipher;

    static final String YEARLY = "0 0 0 1 1 *";

    @Test
    @DisplayName("定时任务每次触发只在一个实例运行：另一实例的触发来迟（前者已结束并释放锁）也不再运行")
    void aFiringRunsOnceEvenWhenAnotherInstancesTriggerComesAfterTheFirstFinished() {
        ClusterLock a = new ClusterLock(jdbc);
        ClusterLock b = new ClusterLock(jdbc);
        String job = unique("nightly");
        AtomicInteger runs = new AtomicInteger();

        assertThat(a.runOncePerFiring(job, YEARLY, Duration.ofMinutes(30), runs::incrementAndGet)).isTrue();
        // a finished and released the lock; b's trigger for the same firing comes only now
        assertThat(b.runOncePerFiring(job, YEARLY, Duration.ofMinutes(30), runs::incrementAndGet)).isFalse();
        assertThat(a.runOncePerFiring(job, YEARLY, Duration.ofMinutes(30), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);

        // the next firing: the lock was last taken before it
        Instant firing = ClusterLock.latestFiring(YEARLY, Instant.now());
        jdbc.sql("UPDATE job_lock SET locked_at = :before WHERE name = :n")
                .param("before", Timestamp.from(firing.minusSeconds(60))).param("n", job).update();
        assertThat(b.runOncePerFiring(job, YEARLY, Duration.ofMinutes(30), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    @DisplayName("一次触发进行中，另一实例不运行")
    void aFiringInProgressIsNotRunElsewhere() {
        ClusterLock a = new ClusterLock(jdbc);
        ClusterLock b = new ClusterLock(jdbc);
        String job = unique("nightly");
        AtomicInteger inner = new AtomicInteger();
        assertThat(a.runOncePerFiring(job, YEARLY, Duration.ofMinutes(30),
                () -> inner.set(b.runOncePerFiring(job, YEARLY, Duration.ofMinutes(30), () -> { }) ? 1 : 0))).isTrue();
        assertThat(inner).hasValue(0);
    }

    @Test
    @DisplayName("最近一次触发时间：每15秒、每天02:30")
    void latestFiring() {
        ZoneId zone = ZoneId.systemDefault();
        Instant now = LocalDateTime.of(2026, 11, 30, 7, 16, 47).atZone(zone).toInstant();
        assertThat(ClusterLock.latestFiring("*/15 * * * * *", now)).isEqualTo(LocalDateTime.of(2026, 11, 30, 7, 16, 45).atZone(zone).toInstant());
        assertThat(ClusterLock.latestFiring("0 30 2 * * *", now)).isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 30).atZone(zone).toInstant());
        assertThat(ClusterLock.latestFiring("0 30 9 * * *", now)).isEqualTo(LocalDateTime.of(2026, 11, 29, 9, 30).atZone(zone).toInstant());
        assertThat(ClusterLock.latestFiring("*/15 * * * * *", LocalDateTime.of(2026, 11, 30, 7, 16, 45).atZone(zone).toInstant()))
                .as("at the firing itself").isEqualTo(LocalDateTime.of(2026, 11, 30, 7, 16, 45).atZone(zone).toInstant());
    }

    @Test
    @DisplayName("敏感字段密钥：同名密钥与数据库已用的不同（如各实例自生成的密钥文件）时拒绝启动；相同或新增的密钥可以")
    void anInstanceWithAnotherKeyUnderAKnownIdRefusesToStart() {
        assertThatCode(() -> new FieldKeyCheck(jdbc, cipher).check()).as("the same keys again").doesNotThrowAnyException();
        String known = jdbc.sql("SELECT key_id FROM field_key_check ORDER BY first_seen").query(String.class).list().get(0);
        assertThat(cipher.fingerprints()).containsKey(known);

        FieldCipher generatedElsewhere = new FieldCipher(known + ":" + randomKey(), Path.of("unused").toString());
        assertThatThrownBy(() -> new FieldKeyCheck(jdbc, generatedElsewhere).check())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GAOXIN_FIELD_KEYS").hasMessageContaining(known);

        String rotated = unique("k");
        FieldCipher withNewKey = new FieldCipher(rotated + ":" + randomKey(), Path.of("unused").toString());
        assertThatCode(() -> new FieldKeyCheck(jdbc, withNewKey).check()).doesNotThrowAnyException();
        assertThat(jdbc.sql("SELECT fingerprint FROM field_key_check WHERE key_id = :id").param("id", rotated).query(String.class).single())
                .isEqualTo(withNewKey.fingerprints().get(rotated));
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new Random(System.nanoTime()).nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
