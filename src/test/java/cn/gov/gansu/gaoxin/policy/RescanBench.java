package cn.gov.gansu.gaoxin.policy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.demo.ScaleGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the proactive re-scan (issue 3: 1,000,000 enterprises on PostgreSQL, goal ≤ 60 s):
 * generates N enterprises with {@link ScaleGenerator} into an embedded PostgreSQL 17 (statistics
 * years optional — the re-scan does not read them), starts the platform on it (the award module's
 * listener on: each new entitlement opens an award case), then times a first re-scan (creating the
 * entitlements) and a second (nothing new), printing facts, created, seconds and facts/s.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.policy.RescanBench -Dexec.args="100000 0 2"</pre>
 * Arguments: enterprises (default 100,000), statistics years (0), writer threads (2).
 */
public final class RescanBench {

    private RescanBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "50").start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url + "&reWriteBatchedInserts=true");
            cn.gov.gansu.gaoxin.support.BenchSchema.migrate(url, "postgres");
            long t0 = System.nanoTime();
            ScaleGenerator.Result result = new ScaleGenerator(20_240_101L).generate(ds, n, 2025, years, writers, r -> {
            });
            System.out.printf(Locale.ROOT, "LOAD: %,d enterprises, %,d qualifications, %,d statistics in %.1f s%n", result.enterprises(),
                    result.qualifications(), result.statistics(), (System.nanoTime() - t0) / 1e9);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run(
                    "--spring.datasource.url=" + url + "&reWriteBatchedInserts=true", "--spring.datasource.username=postgres",
                    "--spring.datasource.password=", "--gaoxin.demo=false", "--server.port=0",
                    "--GAOXIN_ADMIN_PASSWORD=Bench-Admin-Passw0rd!", "--logging.level.root=WARN",
                    "--logging.level.cn.gov.gansu.gaoxin.policy.ProactiveDelivery=INFO",
                    "--gaoxin.policy.rescan-cron=-")) {
                ProactiveDelivery delivery = app.getBean(ProactiveDelivery.class);
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
                long postmaster = Long.parseLong(stat(backend)[3]);
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                for (String run : new String[] {"first (creates)", "second (nothing new)"}) {
                    long awardsBefore = jdbc.sql("SELECT COUNT(*) FROM award").query(Long.class).single();
                    String loadBefore = load();
                    long jvm = os.getProcessCpuTime();
                    double pgCpu = postgresCpuSeconds(postmaster);
                    long t = System.nanoTime();
                    ProactiveDelivery.RescanReport r = delivery.rescanNow();
                    double s = (System.nanoTime() - t) / 1e9;
                    double jvmCpu = (os.getProcessCpuTime() - jvm) / 1e9;
                    pgCpu = postgresCpuSeconds(postmaster) - pgCpu;
                    long awards = jdbc.sql("SELECT COUNT(*) FROM award").query(Long.class).single() - awardsBefore;
                    System.out.printf(Locale.ROOT, "RESCAN %-21s enterprises=%,d facts=%,d eligible=%,d created=%,d awards opened=%,d "
                                    + "%.1f s  %,.0f facts/s  CPU: JVM %.1f s, PostgreSQL %.1f s  load %s -> %s%n", run, n, r.factsScanned(),
                            r.eligible(), r.created(), awards, s, r.factsScanned() / s, jvmCpu, pgCpu, loadBefore, load());
                }
            }
        }
        System.exit(0);
    }

    /** The 1-, 5- and 15-minute load averages of the machine. */
    static String load() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + "/" + f[1] + "/" + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** The fields of /proc/PID/stat, index i holding field i + 1 (the command name, which may hold spaces, replaced by x). */
    static String[] stat(long pid) throws java.io.IOException {
        String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        return ("x x " + s.substring(s.lastIndexOf(')') + 2)).split(" ");
    }

    /**
     * CPU seconds PostgreSQL has used so far: the postmaster's own and its reaped children's (fields
     * utime, stime, cutime, cstime), plus each live child's (the backends, the WAL writer, the checkpointer).
     */
    static double postgresCpuSeconds(long postmaster) throws java.io.IOException {
        String[] p = stat(postmaster);
        long ticks = Long.parseLong(p[13]) + Long.parseLong(p[14]) + Long.parseLong(p[15]) + Long.parseLong(p[16]);
        try (var children = ProcessHandle.of(postmaster).map(ProcessHandle::children).orElse(java.util.stream.Stream.empty())) {
            for (ProcessHandle c : (Iterable<ProcessHandle>) children::iterator) {
                try {
                    String[] f = stat(c.pid());
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                } catch (java.io.IOException gone) {
                    // ended meanwhile: counted in the postmaster's cutime/cstime
                }
            }
        }
        return ticks / 100.0;
    }
}
