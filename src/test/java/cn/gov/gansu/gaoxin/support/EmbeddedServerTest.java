package cn.gov.gansu.gaoxin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The platform on a real embedded Tomcat at a random port, on its own in-memory H2 without demo data: for checks
 * that need real HTTP (forwarded headers, the warm-up after start). Every class with this annotation shares one
 * started server (one Spring test context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gaoxin.demo=false",
        "GAOXIN_ADMIN_PASSWORD=" + IntegrationTest.ADMIN_PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:gaoxin-forwarded;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "logging.level.cn.gov.gansu.gaoxin=WARN",
        "gaoxin.security.bcrypt-strength=4"})
public @interface EmbeddedServerTest {
}
