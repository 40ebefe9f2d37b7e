package cn.gov.gansu.gaoxin.support;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * For the benches that load a database before starting the platform on it: migrates an empty database exactly as
 * the platform does (SQL, the vendor folder and the Java migration {@code ChainExistingRows}) by starting the
 * platform once (on a free port) and closing it. A bare {@code Flyway.configure().locations("classpath:db/migration")}
 * misses the Java and vendor migrations, and the platform's own Flyway then refuses the database.
 */
public final class BenchSchema {

    private BenchSchema() {
    }

    public static void migrate(String jdbcUrl, String user) {
        new SpringApplicationBuilder(GaoxinApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user, "--spring.datasource.password=",
                "--gaoxin.demo=false", "--GAOXIN_ADMIN_PASSWORD=Bench-Admin-Passw0rd!", "--logging.level.root=WARN",
                "--gaoxin.policy.rescan-cron=-").close();
    }
}
