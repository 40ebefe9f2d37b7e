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
 * Benchmark (issue 9): the home dashboards ({@link Dashboards}, the figures behind the province administrator's, a
 * city's and a zone's home page) with N enterprises on an embedded PostgreSQL 17, loaded by {@link ScaleGenerator} as
 * {@code ScaleBench} and {@code SearchBench} load them (here with their qualifications and two years of statistics,
 * which the dashboard reads) after the platform migrated the empty database. The database is kept in
 * {@code /tmp/gaoxin-dashboard-bench-N} (or {@code -Dbench.data=...}) and reused: the load is skipped when the
 * enterprises are already there. Measures, for the province administrator:
 * <ol>
 * <li>each part of the computation alone and {@code Dashboards.compute} uncached (p50/p95);</li>
 * <li>the background refresh ({@code Dashboards.refresh}: the province's figures for every scope, stored);</li>
 * <li>{@code GET /} and {@code GET /dashboard/data} over HTTP (HTTP Basic) for the province administrator, a city
 * officer per city and a zone officer per zone;</li>
 * <li>then the platform is stopped and started again on the same database, and the first visit of each of those users
 * after the start is timed (while the start-up's background refresh runs), then later visits.</li>
 * </ol>
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.console.DashboardBench -Dexec.args="1000000 50 5"</pre>
 * Arguments: enterprises (default 1,000,000), HTTP runs per user kind (50), runs of the uncached computations (5).
 */
public final class DashboardBench {

    private static final String PASSWORD = "Bench-Admin-Passw0rd!";
    private static final String USER_PASSWORD = "Zone-Officer-Pa55!";

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int computeRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int lastYear = LocalDate.now().getYear() - 1;
        System.out.println("START " + java.time.Instant.now() + " " + load());
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
            List<String> users = new ArrayList<>();
            try (ConfigurableApplicationContext app = start(url)) {
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
                System.out.println("PARTS of the uncached computation (each timed alone, " + computeRuns + " runs) " + load());
                measure("countByZone", computeRuns, 1, () -> enterprises.countByZone(scope));
                measure("countQualifiedByZoneOn (HNTEs at 5 dates)", computeRuns, 1,
                        () -> enterprises.countQualifiedByZoneOn(scope, QualificationType.HIGH_TECH_ENTERPRISE, dates));
                measure("sumHighTechRevenueByZone (2 years)", computeRuns, 1,
                        () -> enterprises.sumHighTechRevenueByZone(scope, List.of(lastYear - 1, lastYear)));
                measure("awards by status (" + AwardStatus.values().length + " counts)", computeRuns, 1, () -> {
                    for (AwardStatus s : AwardStatus.values()) {
                        awards.list(scope, new AwardReads.Filter(null, null, null, s, null, null), new Paging(0, 1));
                    }
                    return null;
                });
                measure("zoneYearTotals(" + lastYear + ") (registry indicators, 1 year)", computeRuns, 1,
                        () -> enterprises.zoneYearTotals(lastYear));
                measure("TargetsMonitor.forYear(" + lastYear + ", 0) (lights)", computeRuns, 1, () -> targets.forYear(lastYear, 0));
                System.out.println("WHOLE " + load());
                measure("Dashboards.compute (province, uncached)", computeRuns, 1, () -> dashboards.compute(scope));
                measure("Dashboards.refresh (background: all scopes, stored)", computeRuns, 1, dashboards::refresh);
                measure("Dashboards.of (province, from the snapshot)", runs, 2, () -> dashboards.of(scope));

                int port = port(app);
                HttpClient http = HttpClient.newHttpClient();
                String stamp = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
                for (var city : app.getBean(cn.gov.gansu.gaoxin.zone.ZoneDirectory.class).cities()) {
                    users.add(createUser(http, port, "bc" + stamp + city.code(), "CITY_OFFICER", "city", city.code()));
                }
                for (var zone : app.getBean(cn.gov.gansu.gaoxin.zone.ZoneDirectory.class).list(scope, null, null, null)) {
                    users.add(createUser(http, port, "bz" + stamp + zone.code(), "ZONE_OFFICER", "zone", zone.code()));
                }
                System.out.println("HTTP, figures stored (" + runs + " runs each; " + users.size() + " city and zone officers) " + load());
                visits(http, port, "admin", PASSWORD, runs);
                List<Long> micros = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    String u = users.get(i % users.size());
                    micros.add(time(http, port, u, USER_PASSWORD, "/"));
                }
                report("GET / (city and zone officers)", micros);
                micros.clear();
                for (int i = 0; i < runs; i++) {
                    String u = users.get(i % users.size());
                    micros.add(time(http, port, u, USER_PASSWORD, "/dashboard/data"));
                }
                report("GET /dashboard/data (city and zone officers)", micros);
            }

            java.time.Instant stored;
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT computed_at FROM dashboard_snapshot WHERE name = 'province'")) {
                rs.next();
                stored = rs.getTimestamp(1).toInstant();
            }
            System.out.println("RESTART on the same database (stored figures of " + stored + ") " + load());
            long t = System.nanoTime();
            try (ConfigurableApplicationContext app = start(url)) {
                System.out.printf(Locale.ROOT, "  started in %.1f s%n", (System.nanoTime() - t) / 1e9);
                int port = port(app);
                HttpClient http = HttpClient.newHttpClient();
                List<Long> first = new ArrayList<>();
                first.add(time(http, port, "admin", PASSWORD, "/"));
                System.out.printf(Locale.ROOT, "  first GET / after the start (province administrator): %.1f ms%n", first.get(0) / 1000.0);
                for (String u : users) {
                    first.add(time(http, port, u, USER_PASSWORD, "/"));
                }
                report("first GET / of each user after the start", first);
                List<Long> firstData = new ArrayList<>();
                firstData.add(time(http, port, "admin", PASSWORD, "/dashboard/data"));
                for (String u : users) {
                    firstData.add(time(http, port, u, USER_PASSWORD, "/dashboard/data"));
                }
                report("first GET /dashboard/data of each user after the start", firstData);
                Dashboards dashboards = app.getBean(Dashboards.class);
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
                while (!dashboards.snapshot().computedAt().isAfter(stored) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                System.out.printf(Locale.ROOT, "  start-up's background refresh stored at %s (%.1f s after the start began) %s%n",
                        dashboards.snapshot().computedAt(), (System.nanoTime() - t) / 1e9, load());
                System.out.println("HTTP later visits " + load());
                visits(http, port, "admin", PASSWORD, runs);
            }
        }
        System.out.println("END " + java.time.Instant.now() + " " + load());
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(GaoxinApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--gaoxin.demo=false", "--server.port=0", "--GAOXIN_ADMIN_PASSWORD=" + PASSWORD,
                "--gaoxin.policy.rescan-cron=-", "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static String load() {
        try {
            return "(load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim() + ")";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String createUser(HttpClient http, int port, String name, String role, String field, String value) throws Exception {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + USER_PASSWORD + "\",\"role\":\"" + role + "\",\""
                + field + "\":\"" + value + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/users"))
                .header("Authorization", basic("admin", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("user " + name + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return name;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One GET, timed (µs); fails unless HTTP 200. */
    private static long time(HttpClient http, int port, String user, String password, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", basic(user, password))
                .header("Accept", path.equals("/") ? "text/html" : "application/json").build();
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " as " + user + ": HTTP " + r.statusCode());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1_000;
    }

    private static void visits(HttpClient http, int port, String user, String password, int runs) {
        for (String path : new String[] {"/", "/dashboard/data"}) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                micros.add(time(http, port, user, password, path));
            }
            report("GET " + path + " (" + user + ")", micros);
        }
    }

    private static void measure(String what, int runs, int warmUps, Supplier<?> call) {
        for (int i = 0; i < warmUps; i++) {
            call.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - t) / 1_000);
        }
        report(what, micros);
    }

    private static void report(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-60s p50=%9.1f ms  p95=%9.1f ms  max=%9.1f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
    }
}
