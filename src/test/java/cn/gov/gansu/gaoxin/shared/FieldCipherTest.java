package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM round trip, tampering and wrong context refused, legacy plain text read, rotation keeps old values readable. */
class FieldCipherTest {

    private static String key(long seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void encryptsAuthenticatesAndRotates(@TempDir Path dir) {
        FieldCipher old = new FieldCipher("k1:" + key(1), dir.resolve("unused").toString());
        String sealed = old.encrypt("6222020200112233445", "award.bank_account");
        assertThat(sealed).startsWith("enc:k1:").doesNotContain("3445");
        assertThat(old.encrypt("6222020200112233445", "award.bank_account")).as("random nonce").isNotEqualTo(sealed);
        assertThat(old.decrypt(sealed, "award.bank_account")).isEqualTo("6222020200112233445");
        assertThat(old.decrypt("12345678", "award.bank_account")).as("legacy plain text").isEqualTo("12345678");
        assertThatThrownBy(() -> old.decrypt(sealed, "other.column")).isInstanceOf(IllegalStateException.class);
        String tampered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        assertThatThrownBy(() -> old.decrypt(tampered, "award.bank_account")).isInstanceOf(IllegalStateException.class);

        FieldCipher rotated = new FieldCipher("k2:" + key(2) + ",k1:" + key(1), dir.resolve("unused").toString());
        assertThat(rotated.decrypt(sealed, "award.bank_account")).isEqualTo("6222020200112233445");
        assertThat(rotated.encrypt("x", "c")).startsWith("enc:k2:");
        assertThat(rotated.index("6222020200112233445", "award.bank_account"))
                .as("the look-up fingerprint survives a rotation (keyed by the oldest key)")
                .isEqualTo(old.index("6222020200112233445", "award.bank_account"));

        FieldCipher generated = new FieldCipher("", dir.resolve("field.key").toString());
        FieldCipher again = new FieldCipher("", dir.resolve("field.key").toString());
        assertThat(again.decrypt(generated.encrypt("v", "c"), "c")).as("the generated key file is reused").isEqualTo("v");
    }
}
