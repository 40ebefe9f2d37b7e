package cn.gov.gansu.gaoxin.demo;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark: loads N enterprises (default 1,000,000) with 10 years of statistics into an embedded
 * PostgreSQL 17 through {@link ScaleGenerator}, prints rows/s, then starts the platform on that
 * database and measures the enterprise list query ({@link EnterpriseRegistry#list}: zone filter,
 * page 0, size 50, with and without a name filter), printing p50/p95.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.demo.ScaleBench -Dexec.args="1000000 100 2"</pre>
 * Arguments: enterprises (default 1,000,000), timed runs per query (100), writer threads (2).
 */
public final class ScaleBench {

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "50").start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url + "&reWriteBatchedInserts=true");
            cn.gov.gansu.gaoxin.support.BenchSchema.migrate(url, "postgres");

            System.out.printf(Locale.ROOT, "Generating %,d enterprises with 10 years of statistics into PostgreSQL 17, %d writer(s) …%n",
                    n, writers);
            ScaleGenerator.Result result = new ScaleGenerator(20_240_101L).generate(ds, n, 2025, 10, writers, r -> {
                if (r.enterprises() % 100_000 < ScaleGenerator.CHUNK) {
                    System.out.printf(Locale.ROOT, "  %,d enterprises, %,d rows, %.1f s (generating %.1f s), %,.0f rows/s%n",
                            r.enterprises(), r.rows(), r.elapsed().toMillis() / 1000.0, r.generating().toMillis() / 1000.0,
                            r.rowsPerSecond());
                }
            });
            System.out.printf(Locale.ROOT, "LOAD: %,d enterprises, %,d qualifications, %,d statistics = %,d rows in %.1f s "
                            + "(generating %.1f s) → %,.0f rows/s (%,.0f enterprises/s)%n", result.enterprises(), result.qualifications(),
                    result.statistics(), result.rows(), result.elapsed().toMillis() / 1000.0, result.generating().toMillis() / 1000.0, result.rowsPerSecond(),
                    result.enterprises() / (result.elapsed().toNanos() / 1e9));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                long t = System.nanoTime();
                s.execute("ANALYZE");
                System.out.printf(Locale.ROOT, "ANALYZE: %.1f s%n", (System.nanoTime() - t) / 1e9);
            }

            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--gaoxin.demo=false", "--server.port=0", "--GAOXIN_ADMIN_PASSWORD=Bench-Admin-Passw0rd!",
                    "--logging.level.root=WARN")) {
                EnterpriseRegistry registry = app.getBean(EnterpriseRegistry.class);
                System.out.println("Platform started on " + app.getEnvironment().getProperty("spring.datasource.url"));
                DataScope admin = new DataScope("bench", Role.PROVINCE_ADMIN, null, null, null);
                DataScope lanzhouOfficer = new DataScope("bench-zone", Role.ZONE_OFFICER, "lanzhou", null, null);
                System.out.printf(Locale.ROOT, "LIST QUERY (EnterpriseRegistry.list, page 0, size 50; %d runs after 10 warm-up runs):%n", runs);
                measure(registry, admin, "lanzhou", "生物", runs, "admin, zone=lanzhou (largest, ~38%), name=生物");
                measure(registry, lanzhouOfficer, "lanzhou", "生物", runs, "ZONE_OFFICER lanzhou, zone=lanzhou, name=生物");
                measure(registry, lanzhouOfficer, "lanzhou", null, runs, "ZONE_OFFICER lanzhou, zone=lanzhou, no name");
                measure(registry, admin, "qingcheng", "生物", runs, "admin, zone=qingcheng (smallest, ~3%), name=生物");
                measure(registry, admin, "lanzhou", "兰州金城", runs, "admin, zone=lanzhou, name=兰州金城 (rarer)");
            }
        }
        System.exit(0);
    }

    private static void measure(EnterpriseRegistry registry, DataScope scope, String zone, String name, int runs, String label) {
        EnterpriseRegistry.Filter filter = new EnterpriseRegistry.Filter(zone, name, null, null, null);
        Paging paging = new Paging(0, 50);
        long total = 0;
        for (int i = 0; i < 10; i++) {
            total = registry.list(scope, filter, paging).total();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            registry.list(scope, filter, paging);
            micros.add((System.nanoTime() - t) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "  %-55s total=%,9d  p50=%7.1f ms  p95=%7.1f ms%n", label, total,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0);
    }
}
