package cn.gov.gansu.gaoxin.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several instances on one database (issue 14 item 5, docs/operations.md) must encrypt with the same keys: an
 * instance started without {@code GAOXIN_FIELD_KEYS} generates a key file of its own, and what it encrypts (bank
 * accounts) the other instances cannot decrypt. At start, before anything else runs, each configured key's
 * fingerprint ({@link FieldCipher#fingerprints()}) is recorded in {@code field_key_check} the first time its id
 * is seen, and compared with the recorded one afterwards: a different key under a known id stops the start
 * with a message saying what to set. New ids (rotation) are simply recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldKeyCheck implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    FieldKeyCheck(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        check();
    }

    void check() {
        for (Map.Entry<String, String> key : cipher.fingerprints().entrySet()) {
            String recorded = recorded(key.getKey()).orElseGet(() -> record(key.getKey(), key.getValue()));
            if (!recorded.equals(key.getValue())) {
                throw new IllegalStateException("敏感字段密钥“" + key.getKey() + "”与本数据库已在使用的同名密钥不同：多个实例须设置相同的 "
                        + "GAOXIN_FIELD_KEYS（未设置时每个实例各自生成 ./data/field.key，彼此无法解密）；本实例拒绝启动，"
                        + "以免写入其他实例无法解密的数据（docs/operations.md）");
            }
        }
    }

    private Optional<String> recorded(String id) {
        return jdbc.sql("SELECT fingerprint FROM field_key_check WHERE key_id = :id").param("id", id).query(String.class).optional();
    }

    /** Records the fingerprint; if another instance recorded one at the same moment, answers that one. */
    private String record(String id, String fingerprint) {
        try {
            jdbc.sql("INSERT INTO field_key_check (key_id, fingerprint, first_seen) VALUES (:id, :f, :at)")
                    .param("id", id).param("f", fingerprint).param("at", Timestamp.from(Instant.now())).update();
            return fingerprint;
        } catch (DuplicateKeyException meanwhile) {
            return recorded(id).orElseThrow();
        }
    }
}
