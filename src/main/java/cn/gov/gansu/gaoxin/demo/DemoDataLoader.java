package cn.gov.gansu.gaoxin.demo;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader;
import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.platform.PlatformBulkLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import cn.gov.gansu.gaoxin.policy.NightlyRescan;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start with the embedded database (H2) and an empty enterprise registry, when
 * {@code gaoxin.demo} is true (the default; the {@code postgres} profile and
 * {@code --gaoxin.demo=false} turn it off). Usually the database file did not exist and
 * {@link DemoSeedInstaller} has put the pre-built demo database ({@link DemoSeed}) in place: then only the demo
 * users are created and the re-scan started. Otherwise (no seed in the classes, an in-memory database) this
 * loads the demo province in one transaction, after
 * Flyway and the admin bootstrap. Demo rows are marked {@code demo}; no registry events are
 * published (the policy engine's re-scan covers history). The rows are written on a background thread
 * started when this bean is created (the schema is migrated by then), so that they load while the rest of
 * the context starts (issue 14 item 3); {@link #run} waits for them, then creates the demo users in a
 * second transaction (one bcrypt hash for their shared password). Both steps are restartable: users that
 * exist are skipped, and the rows load whenever the registry is still empty.
 *
 * <p>Demo users (one ZONE_OFFICER per zone {@code zone-<code>}, {@code city-lanzhou-city},
 * {@code auditor}, {@code finance}, {@code government}, {@code enterprise}) share one password:
 * GAOXIN_DEMO_PASSWORD when set, else a random one generated now and printed once to the log.
 * There is no default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final EnterpriseBulkLoader enterprises;
    private final PlatformBulkLoader platforms;
    private final AccountManagement accounts;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Environment env;
    private final NightlyRescan rescan;
    private final DemoAwardWalk walk;
    private final DemoSeedInstaller seed;
    /** The demo users' password and its hash, begun at construction; cleared once announced. */
    private volatile String demoPassword;
    private volatile AccountManagement.PendingHash demoHash;
    /** Whether the seed installed at this start has had its users and re-scan (once per start). */
    private volatile boolean seedFinished;

    DemoDataLoader(EnterpriseBulkLoader enterprises, PlatformBulkLoader platforms, AccountManagement accounts,
            DataSource dataSource, TransactionTemplate transaction, Environment env, NightlyRescan rescan, DemoAwardWalk walk,
            DemoSeedInstaller seed) {
        this.seed = seed;
        this.rescan = rescan;
        this.walk = walk;
        this.enterprises = enterprises;
        this.platforms = platforms;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.env = env;
        startEarly();
        if (early != null || seed.installed() != null) {
            // the demo users' shared password, hashed while the rest of the context starts (bcrypt: 0.1–1 s of CPU)
            demoPassword = chosenPassword() != null ? chosenPassword() : generatePassword();
            demoHash = accounts.hashInBackground(demoPassword);
        }
    }

    /**
     * The demo rows, started on a background thread as soon as this bean exists (the database is migrated by
     * then: the bulk loaders' JdbcTemplate waits for Flyway), so that they are written while the rest of the
     * context starts; {@link #run} waits for them. Null when there is nothing to load.
     */
    private volatile CompletableFuture<Written> early;

    /** Starts writing the demo rows in the background when they are wanted; called once, at construction. */
    private void startEarly() {
        if (!wanted()) {
            return;
        }
        CompletableFuture<Written> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(writeRows());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "demo-load");
        thread.setDaemon(true);
        early = future;
        thread.start();
    }

    private boolean wanted() {
        if (!env.getProperty("gaoxin.demo", Boolean.class, Boolean.TRUE)) {
            return false;
        }
        if (!embedded()) {
            log.info("演示数据未加载：只在嵌入式数据库（H2）上加载");
            return false;
        }
        return enterprises.isEmpty();
    }

    @Override
    public void run(ApplicationArguments args) {
        CompletableFuture<Written> started = early;
        early = null;
        Loaded loaded;
        if (started != null) {
            loaded = finish(join(started));
        } else if (seed.installed() != null && !seedFinished) {
            seedFinished = true;
            loaded = finishSeeded(seed.installed());
        } else if (env.getProperty("gaoxin.demo", Boolean.class, Boolean.TRUE) && embedded() && enterprises.isEmpty()) {
            loaded = load();
        } else {
            return;
        }
        if (loaded != null) {
            // the load (or, seeded, the start itself) left garbage in a heap G1 grew for it (about 40–70 MiB stay
            // live): one full collection now, before UP, gives that memory back to the operating system
            // (docs/performance.md, item 3)
            System.gc();
            // the demo rows published no events: let 免申即享 find their awards now rather than tonight
            // then budgets and a few awards taken through their chain by different demo users (DemoAwardWalk)
            rescan.startInBackground("演示数据加载后", walk::run);
        }
    }

    private static Written join(CompletableFuture<Written> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("演示数据加载失败", e.getCause());
        }
    }

    /** Loads the demo province now, on this thread; answers what it loaded. */
    Loaded load() {
        return finish(writeRows());
    }

    /** What {@link #writeRows} did: the data, when it started, and how long each step took. */
    private record Written(DemoProvince.DemoData data, long start, long generated, long written, String phases) {
    }

    /**
     * Generates the demo province and writes its rows in one transaction (restartable: a failure leaves the
     * registry empty, and the next start loads it again).
     */
    private Written writeRows() {
        long start = System.nanoTime();
        DemoProvince.DemoData data = DemoProvince.generate();
        long generated = System.nanoTime();
        StringBuilder phases = new StringBuilder();
        transaction.executeWithoutResult(status -> writeRows(enterprises, platforms, data, phases));
        return new Written(data, start, generated, System.nanoTime(), phases.toString());
    }

    /** Writes the demo rows through the registries' bulk loaders (the caller holds the transaction); notes each step's time. */
    static void writeRows(EnterpriseBulkLoader enterprises, PlatformBulkLoader platforms, DemoProvince.DemoData data,
            StringBuilder phases) {
        long t = System.nanoTime();
        enterprises.insertEnterprises(data.enterprises());
        t = phase(phases, "企业", t);
        enterprises.insertQualifications(data.qualifications());
        t = phase(phases, "资质", t);
        enterprises.insertStatistics(data.statistics());
        t = phase(phases, "统计", t);
        enterprises.insertNationalProjects(data.projects());
        platforms.insertDemo(data.platforms());
        phase(phases, "项目和平台", t);
    }

    /** Creates the demo users (after the admin bootstrap) and logs what was loaded. */
    private Loaded finish(Written w) {
        DemoProvince.DemoData data = w.data();
        long t = System.nanoTime();
        List<String> users = createUsers(data.enterpriseUserUscc());
        StringBuilder phases = new StringBuilder(w.phases());
        long done = phase(phases, "演示账号", t);
        Loaded loaded = new Loaded(data.enterprises().size(), data.qualifications().size(), data.statistics().size(),
                data.projects().size(), data.platforms().size(), users.size(), (w.generated() - w.start()) / 1_000_000,
                (w.written() - w.generated()) / 1_000_000);
        log.info("演示数据已加载：{}家企业、{}条资质认定、{}条年度统计、{}个国家项目、{}个创新平台、{}个演示账号，"
                        + "用时{}毫秒（生成{}毫秒，写入{}毫秒：{}；启动后台写入至账号建好共{}毫秒）",
                loaded.enterprises(), loaded.qualifications(), loaded.statistics(), loaded.projects(), loaded.platforms(),
                loaded.users(), loaded.generationMillis() + loaded.writeMillis(), loaded.generationMillis(), loaded.writeMillis(), phases,
                (done - w.start()) / 1_000_000);
        announce(users);
        return loaded;
    }

    /** After {@link DemoSeedInstaller} put the pre-built demo database in place: the demo users, and what it holds. */
    private Loaded finishSeeded(DemoSeedInstaller.Installed seed) {
        long t = System.nanoTime();
        List<String> users = createUsers(seed.enterpriseUserUscc());
        Loaded loaded = new Loaded(seed.count("enterprises"), seed.count("qualifications"), seed.count("statistics"),
                seed.count("projects"), seed.count("platforms"), users.size(), 0, 0);
        log.info("演示数据已就绪（预置演示库，复制{}毫秒）：{}家企业、{}条资质认定、{}条年度统计、{}个国家项目、{}个创新平台、{}个演示账号（{}毫秒）",
                seed.copyMillis(), loaded.enterprises(), loaded.qualifications(), loaded.statistics(), loaded.projects(),
                loaded.platforms(), loaded.users(), (System.nanoTime() - t) / 1_000_000);
        announce(users);
        return loaded;
    }

    /** The demo users, one password for all of them: hashed once (bcrypt is slow), one transaction. */
    private List<String> createUsers(String enterpriseUserUscc) {
        if (demoHash == null) {
            demoPassword = chosenPassword() != null ? chosenPassword() : generatePassword();
            demoHash = accounts.hashInBackground(demoPassword);
        }
        AccountManagement.PendingHash hash = demoHash;
        return transaction.execute(status -> accounts.createSystemAccounts(scopes(enterpriseUserUscc),
                s -> "演示账号 · " + s.describe(), hash));
    }

    private String chosenPassword() {
        String chosen = env.getProperty("GAOXIN_DEMO_PASSWORD");
        return chosen != null && !chosen.isBlank() ? chosen : null;
    }

    private void announce(List<String> users) {
        String password = demoPassword;
        demoPassword = null; // not kept once shown
        demoHash = null;
        if (users.isEmpty()) {
            return;
        }
        if (chosenPassword() != null) {
            log.info("演示账号 {} 的密码取自环境变量 GAOXIN_DEMO_PASSWORD", String.join("、", users));
        } else {
            log.warn("\n==================================================================\n"
                    + " 演示账号（{}）共用随机密码（仅显示这一次）：\n   {}\n"
                    + "==================================================================", String.join("、", users), password);
        }
    }

    private static long phase(StringBuilder phases, String what, long since) {
        long now = System.nanoTime();
        phases.append(phases.isEmpty() ? "" : "、").append(what).append((now - since) / 1_000_000).append("毫秒");
        return now;
    }

    private static List<DataScope> scopes(String enterpriseUserUscc) {
        List<DataScope> scopes = new ArrayList<>();
        for (DemoZone z : DemoZone.GANSU) {
            scopes.add(new DataScope("zone-" + z.code(), Role.ZONE_OFFICER, z.code(), null, null));
            // a second officer per zone: what one officer confirmed on an enterprise's behalf, another reviews (four eyes)
            scopes.add(new DataScope("zone-" + z.code() + "-2", Role.ZONE_OFFICER, z.code(), null, null));
        }
        scopes.add(new DataScope("city-lanzhou-city", Role.CITY_OFFICER, null, "lanzhou-city", null));
        // a second department official: rule changes proposed by admin are approved by another (maker-checker)
        scopes.add(new DataScope("province", Role.PROVINCE_ADMIN, null, null, null));
        scopes.add(new DataScope("expert", Role.EXPERT, null, null, null));
        scopes.add(new DataScope("sysadmin", Role.SYSTEM_ADMIN, null, null, null));
        scopes.add(new DataScope("auditor", Role.AUDITOR, null, null, null));
        scopes.add(new DataScope("finance", Role.PROVINCE_FINANCE, null, null, null));
        scopes.add(new DataScope("government", Role.PROVINCE_GOVERNMENT, null, null, null));
        scopes.add(new DataScope("enterprise", Role.ENTERPRISE, null, null, enterpriseUserUscc));
        return scopes;
    }

    private boolean embedded() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            return false;
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.append("-D4m").toString();
    }

    /** What one load wrote, and how long generation and writing took. */
    record Loaded(int enterprises, int qualifications, int statistics, int projects, int platforms, int users,
            long generationMillis, long writeMillis) {
    }
}
