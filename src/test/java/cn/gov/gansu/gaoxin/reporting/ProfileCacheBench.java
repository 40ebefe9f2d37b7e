package cn.gov.gansu.gaoxin.reporting;

import java.util.Locale;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.innovation.InnovationPoints;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bench (not a test): the zone profile and the innovation ranking of one zone, computed (the first call, as
 * every call was before the cache) and then served from the cache, and computed again after an audited
 * change. Starts the platform on an in-memory H2 with the demo province. Run with
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.gov.gansu.gaoxin.reporting.ProfileCacheBench -Dexec.args="lanzhou 2024 5"}.
 */
public final class ProfileCacheBench {

    private ProfileCacheBench() {
    }

    public static void main(String[] args) {
        String zone = args.length > 0 ? args[0] : "lanzhou";
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2024;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long s0 = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:profile-bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "--gaoxin.demo=true",
                "--GAOXIN_ADMIN_PASSWORD=Bench-Admin-Passw0rd!", "--GAOXIN_DEMO_PASSWORD=Bench-Demo-Passw0rd!",
                "--logging.level.root=WARN", "--gaoxin.policy.rescan-cron=-")) {
            System.out.printf(Locale.ROOT, "ProfileCacheBench: %s %d, %d cores, load average %.1f; started with the demo in %.1f s%n", zone,
                    year, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), (System.nanoTime() - s0) / 1e9);
            ZoneProfiles profiles = app.getBean(ZoneProfiles.class);
            InnovationPoints points = app.getBean(InnovationPoints.class);
            AuditTrail audit = app.getBean(AuditTrail.class);
            Zone z = app.getBean(ZoneDirectory.class).find(zone).orElseThrow();
            for (int r = 0; r < rounds; r++) {
                audit.recordAs("bench", "BENCH_CHANGE", "BENCH", "profile", "an audited change: every cached entry is stale");
                long a = System.nanoTime();
                int n = points.ranking(zone, year).size();
                long b = System.nanoTime();
                points.ranking(zone, year);
                long c = System.nanoTime();
                int items = profiles.profile(z, year).clauses().stream().mapToInt(x -> x.items().size()).sum();
                long d = System.nanoTime();
                profiles.profile(z, year);
                long e = System.nanoTime();
                System.out.printf(Locale.ROOT, "round %d: ranking (%d enterprises) computed %.0f ms, cached %.1f ms; "
                        + "profile (%d items, its ranking cached) computed %.0f ms, cached %.1f ms%n", r + 1, n, (b - a) / 1e6, (c - b) / 1e6,
                        items, (d - c) / 1e6, (e - d) / 1e6);
            }
            audit.recordAs("bench", "BENCH_CHANGE", "BENCH", "profile", "stale again");
            long a = System.nanoTime();
            profiles.profile(z, year);
            long b = System.nanoTime();
            profiles.profile(z, year);
            long c = System.nanoTime();
            System.out.printf(Locale.ROOT, "profile after a change, nothing cached: computed %.0f ms, then cached %.1f ms%n", (b - a) / 1e6,
                    (c - b) / 1e6);
        }
    }
}
