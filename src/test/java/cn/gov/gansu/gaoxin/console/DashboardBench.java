package cn.gov.gansu.gaoxin.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.demo.ScaleGenerator;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.evaluation.TargetsMonitor;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark (issue 9): the province home dashboard ({@link Dashboards}, the figures behind the province
 * administrator's home page) with N enterprises on an embedded PostgreSQL 17, loaded by {@link ScaleGenerator} as
 * {@code ScaleBench} and {@code SearchBench} load them (here with their qualifications and two years of statistics,
 * which the dashboard reads) after the platform migrated the empty database. Measures {@code Dashboards.compute}
 * uncached (p50/p95 of R runs after 2 warm-up runs), each of its parts, then {@code Dashboards.of} (cached for one
 * minute) and the home page and {@code /dashboard/data} over HTTP.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.console.DashboardBench -Dexec.args="1000000 20"</pre>
 * Arguments: enterprises (default 1,000,000), timed runs (20).
 */
public final class DashboardBench {

    private static final String PASSWORD = "Bench-Admin-Passw0rd!";

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int lastYear = LocalDate.now().getYear() - 1;
        // the loaded database is kept under /tmp between runs (loading 1,000,000 enterprises takes 10–25 minutes)
        java.io.File dataDirectory = new java.io.File(System.getProperty("bench.data", "/tmp/gaoxin-dashboard-bench-" + n));
        dataDirectory.mkdirs();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "50").start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url + "&reWriteBatchedInserts=true");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--gaoxin.demo=false", "--server.port=0", "--GAOXIN_ADMIN_PASSWORD=" + PASSWORD,
                    "--gaoxin.policy.rescan-cron=-", "--logging.level.root=WARN")) {
                long present;
                try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                        java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM enterprise")) {
                    rs.next();
                    present = rs.getLong(1);
                }
                if (present >= n) {
                    System.out.printf(Locale.ROOT, "LOAD: skipped, %,d enterprises already in %s%n", present, dataDirectory);
                } else {
                    ScaleGenerator.Result loaded = new ScaleGenerator(20_240_101L).generate(ds, n, lastYear, 2, 2, null);
                    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                        s.execute("VACUUM ANALYZE");
                    }
                    System.out.printf(Locale.ROOT, "LOAD: %,d enterprises, %,d qualifications, %,d statistics (%d–%d) in %.1f s%n",
                            loaded.enterprises(), loaded.qualifications(), loaded.statistics(), lastYear - 1, lastYear,
                            loaded.elapsed().toMillis() / 1000.0);
                }

                UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
                SecurityContextHolder.getContext()
                        .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
                var scope = CurrentUser.scope();
                Dashboards dashboards = app.getBean(Dashboards.class);
                EnterpriseRegistry enterprises = app.getBean(EnterpriseRegistry.class);
                AwardReads awards = app.getBean(AwardReads.class);
                TargetsMonitor targets = app.getBean(TargetsMonitor.class);
                LocalDate today = LocalDate.now();
                List<LocalDate> dates = new ArrayList<>();
                for (int y = today.getYear() - Dashboards.YEARS + 1; y <= today.getYear(); y++) {
                    dates.add(y == today.getYear() ? today : LocalDate.of(y, 12, 31));
                }

                Dashboards.Dashboard d = dashboards.compute(scope);
                System.out.printf(Locale.ROOT, "DASHBOARD (province administrator): %,d enterprises, %,d HNTEs, %d zones, %d target lights%n",
                        d.enterprises(), d.hntes(), d.zones().size(), d.lights().size());
                System.out.println("PARTS (each timed alone, " + Math.max(3, runs / 4) + " runs):");
                int partRuns = Math.max(3, runs / 4);
                measure("countByZone", partRuns, () -> enterprises.countByZone(scope));
                measure("countQualifiedByZoneOn (5 dates, one query)", partRuns,
                        () -> enterprises.countQualifiedByZoneOn(scope, QualificationType.HIGH_TECH_ENTERPRISE, dates));
                measure("countQualifiedByZone x5 (as before)", partRuns, () -> {
                    dates.forEach(on -> enterprises.countQualifiedByZone(scope, QualificationType.HIGH_TECH_ENTERPRISE, on));
                    return null;
                });
                measure("sumHighTechRevenueByZone (2 years)", partRuns,
                        () -> enterprises.sumHighTechRevenueByZone(scope, List.of(lastYear - 1, lastYear)));
                measure("awards by status (" + AwardStatus.values().length + " counts)", partRuns, () -> {
                    for (AwardStatus s : AwardStatus.values()) {
                        awards.list(scope, new AwardReads.Filter(null, null, null, s, null, null), new Paging(0, 1));
                    }
                    return null;
                });
                measure("TargetsMonitor.forYear(" + lastYear + ", 0) (lights, as the dashboard)", Math.min(partRuns, 3),
                        () -> targets.forYear(lastYear, 0));

                System.out.println("WHOLE:");
                measure("Dashboards.compute (uncached)", runs, () -> dashboards.compute(scope));
                measure("Dashboards.of (cached 1 minute)", runs, () -> dashboards.of(scope));

                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                HttpClient http = HttpClient.newHttpClient();
                String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                for (String path : new String[] {"/", "/dashboard/data"}) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", auth)
                            .header("Accept", path.equals("/") ? "text/html" : "application/json").build();
                    HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
                    System.out.printf(Locale.ROOT, "  GET %s → HTTP %d, %,d characters%n", path, first.statusCode(), first.body().length());
                    measure("GET " + path + " (figures cached)", runs, () -> {
                        try {
                            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
        System.exit(0);
    }

    private static void measure(String what, int runs, Supplier<?> call) {
        for (int i = 0; i < 2; i++) {
            call.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - t) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "  %-52s p50=%9.1f ms  p95=%9.1f ms  (%d runs)%n", what, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0, runs);
    }
}
