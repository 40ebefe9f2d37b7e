package cn.gov.gansu.gaoxin.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (issue 14 item 4): enterprise name search ({@link EnterpriseRegistry#list} with a name filter, no
 * zone, province administrator, page 0 size 50 — a COUNT and a page, as the API and console run it) on an
 * embedded PostgreSQL 17 holding N enterprises from {@link ScaleGenerator} (enterprise rows only: statistics
 * do not take part in a name search), loaded after the platform has migrated the empty database, so the trigram
 * indexes (V16_0 name, V19_1 USCC) and the bigram table {@code enterprise_name_gram} (V19_0, kept by triggers) are
 * maintained during the load. Prints their sizes, the plans of the count and page queries, then per term p50/p95
 * (3+ characters: trigram; 1–2 characters: bigram / lead gram; a USCC-like term; a 9-character piece of one USCC),
 * and a few terms again as a city officer (the count then joins the registry). The loader (two writer threads of
 * {@link ScaleGenerator#CHUNK} rows through {@link EnterpriseBulkLoader}) is the one other benches reuse.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.demo.SearchBench -Dexec.args="1000000 20"</pre>
 * Arguments: enterprises (default 200,000), timed runs per term (50).
 */
public final class SearchBench {

    private static final String[] TERMS = {"兰州金城", "生物医药", "甘肃", "生物", "金城", "稀土新材", "不存在的企业名", "91620100",
        "甘", "金", "城", "镍"};

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_connections", "50").start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url + "&reWriteBatchedInserts=true");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--gaoxin.demo=false", "--server.port=0", "--GAOXIN_ADMIN_PASSWORD=Bench-Admin-Passw0rd!",
                    "--logging.level.root=WARN")) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT datctype, pg_encoding_to_char(encoding), show_trgm('兰州金城')::text FROM pg_database "
                                + "WHERE datname = current_database()")) {
                    rs.next();
                    System.out.println("PostgreSQL lc_ctype=" + rs.getString(1) + " encoding=" + rs.getString(2)
                            + " show_trgm('兰州金城')=" + rs.getString(3));
                }

                long t0 = System.nanoTime();
                EnterpriseBulkLoader loader = EnterpriseBulkLoader.on(ds);
                ScaleGenerator generator = new ScaleGenerator(20_240_101L);
                AtomicInteger next = new AtomicInteger();
                Runnable writer = () -> {
                    for (int from = next.getAndIncrement() * ScaleGenerator.CHUNK; from < n; from = next.getAndIncrement() * ScaleGenerator.CHUNK) {
                        loader.insertEnterprises(generator.chunk(from, Math.min(n, from + ScaleGenerator.CHUNK), 2025, 1).enterprises);
                    }
                };
                Thread second = new Thread(writer);
                second.start();
                writer.run();
                second.join();
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    // as autovacuum would after a bulk load: statistics, and the visibility map for index-only counts
                    s.execute("VACUUM ANALYZE enterprise");
                    s.execute("VACUUM ANALYZE enterprise_name_gram");
                }
                System.out.printf(Locale.ROOT, "LOAD: %,d enterprises (with the trigram indexes and the bigram table maintained) in %.1f s%n", n,
                        (System.nanoTime() - t0) / 1e9);
                String fragment;
                try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT substr(uscc, 7, 9), (SELECT COUNT(*) FROM enterprise_name_gram), "
                                + "pg_size_pretty(pg_total_relation_size('enterprise_name_gram')), pg_size_pretty(pg_total_relation_size('enterprise')) "
                                + "FROM enterprise ORDER BY uscc OFFSET " + (n / 2) + " LIMIT 1")) {
                    rs.next();
                    fragment = rs.getString(1);
                    System.out.printf(Locale.ROOT, "enterprise_name_gram: %,d rows, %s with its indexes; enterprise with its indexes: %s%n",
                            rs.getLong(2), rs.getString(3), rs.getString(4));
                }

                EnterpriseRegistry registry = app.getBean(EnterpriseRegistry.class);
                DataScope admin = new DataScope("bench", Role.PROVINCE_ADMIN, null, null, null);
                explain(ds, "SELECT COUNT(*) FROM enterprise e WHERE e.name LIKE '%兰州金城%' ESCAPE '!'");
                explain(ds, "SELECT e.uscc FROM enterprise e WHERE e.uscc IN (SELECT g.uscc FROM enterprise_name_gram g WHERE g.gram = '甘肃') "
                        + "ORDER BY e.uscc LIMIT 50");
                explain(ds, "SELECT e.uscc FROM enterprise e WHERE e.uscc IN (SELECT g.uscc FROM enterprise_name_gram g WHERE g.head = '甘' "
                        + "AND g.lead) ORDER BY e.uscc LIMIT 50");
                explain(ds, "SELECT COUNT(*) FROM enterprise_name_gram g WHERE g.head = '甘' AND g.lead");
                explain(ds, "SELECT COUNT(*) FROM enterprise e WHERE (e.name LIKE '%" + fragment + "%' OR CAST(e.uscc AS VARCHAR(18)) LIKE '%"
                        + fragment + "%')");
                System.out.printf(Locale.ROOT, "NAME SEARCH (EnterpriseRegistry.list, admin, no zone, page 0 size 50; "
                        + "%d runs after 5 warm-up runs):%n", runs);
                for (String term : TERMS) {
                    measure(registry, admin, term, runs);
                }
                measure(registry, admin, fragment, runs);
                DataScope city = new DataScope("bench", Role.CITY_OFFICER, null, "lanzhou-city", null);
                System.out.printf(Locale.ROOT, "NAME SEARCH as a city officer of 兰州市 (zones narrowed: the count joins the registry):%n");
                for (String term : new String[] {"甘肃", "金城", "甘", "镍", "兰州金城"}) {
                    measure(registry, city, term, runs);
                }
            }
        }
        System.exit(0);
    }

    private static void explain(PGSimpleDataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            System.out.println("PLAN of " + sql + ":");
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    private static void measure(EnterpriseRegistry registry, DataScope scope, String name, int runs) {
        EnterpriseRegistry.Filter filter = new EnterpriseRegistry.Filter(null, name, null, null, null);
        Paging paging = new Paging(0, 50);
        long total = 0;
        for (int i = 0; i < 5; i++) {
            total = registry.list(scope, filter, paging).total();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            registry.list(scope, filter, paging);
            micros.add((System.nanoTime() - t) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "  name=%-16s total=%,9d  p50=%8.1f ms  p95=%8.1f ms%n", name, total,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0);
    }
}
