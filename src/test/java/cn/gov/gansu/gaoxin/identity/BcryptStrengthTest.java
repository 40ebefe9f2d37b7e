package cn.gov.gansu.gaoxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The platform hashes passwords with bcrypt at Spring Security's cost 10; the suites run at cost 4
 * ({@code gaoxin.security.bcrypt-strength}), which no shipped configuration sets. Every stored hash is matched
 * whatever the setting (a hash records its cost; other encoders' ids still match).
 */
class BcryptStrengthTest {

    @Test
    @DisplayName("平台以bcrypt强度10保存口令；发布的配置不降低强度；任何强度下都能校验已存的口令")
    void theShippedCostIsTenAndEveryStoredHashStillMatches() throws Exception {
        PasswordEncoder shipped = SecurityConfiguration.encoder(SecurityConfiguration.DEFAULT_BCRYPT_STRENGTH);
        String stored = shipped.encode("Zone-Officer-Pa55!");
        assertThat(stored).startsWith("{bcrypt}$2a$10$");

        PasswordEncoder tests = SecurityConfiguration.encoder(4);
        assertThat(tests.encode("Zone-Officer-Pa55!")).startsWith("{bcrypt}$2a$04$");
        assertThat(tests.matches("Zone-Officer-Pa55!", stored)).isTrue();
        assertThat(tests.matches("wrong", stored)).isFalse();
        assertThat(tests.matches("legacy", "{noop}legacy")).as("another encoder's id").isTrue();
        assertThat(shipped.matches("Zone-Officer-Pa55!", tests.encode("Zone-Officer-Pa55!"))).isTrue();

        for (String file : new String[] {"/application.properties", "/application-postgres.properties"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                p.load(in);
            }
            assertThat(p).as(file).doesNotContainKey("gaoxin.security.bcrypt-strength");
        }
    }
}
