package cn.gov.gansu.gaoxin.award;

import java.util.List;

import cn.gov.gansu.gaoxin.shared.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * security (issue 8 item 5): at start, bank accounts stored in plain text before encryption existed (V13_1) are
 * encrypted in place with their look-up fingerprint, so no account stays readable in the database. Idempotent:
 * only rows without the {@code enc:} prefix are touched, each with a guarded UPDATE.
 */
@Component
class BankAccountEncryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BankAccountEncryption.class);
    static final String COLUMN = "award.bank_account";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    BankAccountEncryption(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = encryptPlainAccounts();
        if (n > 0) {
            log.info("已加密 {} 个明文存储的收款账号", n);
        }
    }

    /** Encrypts every plain-text account; answers how many. */
    int encryptPlainAccounts() {
        record Plain(long id, String account) {
        }
        List<Plain> plain = jdbc.sql("SELECT id, bank_account FROM award WHERE bank_account IS NOT NULL AND bank_account NOT LIKE 'enc:%'")
                .query((rs, i) -> new Plain(rs.getLong(1), rs.getString(2))).list();
        int done = 0;
        for (Plain p : plain) {
            done += jdbc.sql("UPDATE award SET bank_account = :enc, bank_account_index = :idx WHERE id = :id AND bank_account = :plain")
                    .param("enc", cipher.encrypt(p.account(), COLUMN)).param("idx", cipher.index(p.account(), COLUMN))
                    .param("id", p.id()).param("plain", p.account()).update();
        }
        return done;
    }
}
