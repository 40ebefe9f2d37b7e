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
 * {@code --gaoxin.demo=false} turn it off): loads the demo province in one transaction, after
 * Flyway and the admin bootstrap. Demo rows are marked {@code demo}; no registry events are
 * published (the policy engine's re-scan covers history). The demo users are created in a second
 * transaction alongside (password hashing is slow); both steps are restartable: users that exist
 * are skipped, and the rows load whenever the registry is still empty.
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

    DemoDataLoader(EnterpriseBulkLoader enterprises, PlatformBulkLoader platforms, AccountManagement accounts,
            DataSource dataSource, TransactionTemplate transaction, Environment env, NightlyRescan rescan, DemoAwardWalk walk) {
        this.rescan = rescan;
        this.walk = walk;
        this.enterprises = enterprises;
        this.platforms = platforms;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!env.getProperty("gaoxin.demo", Boolean.class, Boolean.TRUE)) {
            return;
        }
        if (!embedded()) {
            log.info("演示数据未加载：只在嵌入式数据库（H2）上加载");
            return;
        }
        if (!enterprises.isEmpty()) {
            return;
        }
        load();
        // the demo rows published no events: let 免申即享 find their awards now rather than tonight
        // then budgets and a few awards taken through their chain by different demo users (DemoAwardWalk)
        rescan.startInBackground("演示数据加载后", walk::run);
    }

    /** Loads the demo province; answers what it loaded. */
    Loaded load() {
        long start = System.nanoTime();
        DemoProvince.DemoData data = DemoProvince.generate();
        long generated = System.nanoTime();
        String chosen = env.getProperty("GAOXIN_DEMO_PASSWORD");
        String password = chosen != null && !chosen.isBlank() ? chosen : generatePassword();
        StringBuilder phases = new StringBuilder();
        // bcrypt for the demo users is CPU-bound: hash them on another thread while the rows are written
        CompletableFuture<List<String>> accountsCreated = CompletableFuture.supplyAsync(
                () -> transaction.execute(status -> createUsers(data, password)));
        transaction.executeWithoutResult(status -> {
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
        });
        long t = System.nanoTime();
        List<String> users = accountsCreated.join();
        phase(phases, "等待演示账号", t);
        long done = System.nanoTime();
        Loaded loaded = new Loaded(data.enterprises().size(), data.qualifications().size(), data.statistics().size(),
                data.projects().size(), data.platforms().size(), users.size(), (generated - start) / 1_000_000,
                (done - generated) / 1_000_000);
        log.info("演示数据已加载：{}家企业、{}条资质认定、{}条年度统计、{}个国家项目、{}个创新平台、{}个演示账号，"
                        + "用时{}毫秒（生成{}毫秒，写入{}毫秒：{}）",
                loaded.enterprises(), loaded.qualifications(), loaded.statistics(), loaded.projects(), loaded.platforms(),
                loaded.users(), loaded.generationMillis() + loaded.writeMillis(), loaded.generationMillis(), loaded.writeMillis(), phases);
        if (!users.isEmpty()) {
            if (chosen != null && !chosen.isBlank()) {
                log.info("演示账号 {} 的密码取自环境变量 GAOXIN_DEMO_PASSWORD", String.join("、", users));
            } else {
                log.warn("\n==================================================================\n"
                        + " 演示账号（{}）共用随机密码（仅显示这一次）：\n   {}\n"
                        + "==================================================================", String.join("、", users), password);
            }
        }
        return loaded;
    }

    private static long phase(StringBuilder phases, String what, long since) {
        long now = System.nanoTime();
        phases.append(phases.isEmpty() ? "" : "、").append(what).append((now - since) / 1_000_000).append("毫秒");
        return now;
    }

    private List<String> createUsers(DemoProvince.DemoData data, String password) {
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
        scopes.add(new DataScope("enterprise", Role.ENTERPRISE, null, null, data.enterpriseUserUscc()));
        List<String> created = new ArrayList<>();
        for (DataScope scope : scopes) {
            if (!accounts.exists(scope.username())) {
                accounts.createSystemAccount(scope, "演示账号 · " + scope.describe(), password, false);
                created.add(scope.username());
            }
        }
        return created;
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
