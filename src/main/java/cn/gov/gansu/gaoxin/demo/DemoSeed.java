package cn.gov.gansu.gaoxin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.gov.gansu.gaoxin.award.AwardChains;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.platform.PlatformBulkLoader;
import cn.gov.gansu.gaoxin.shared.ChainExistingRows;
import cn.gov.gansu.gaoxin.shared.HashChain;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo seed (issue 14 item 3): the embedded database as the first start with demo data would leave it before
 * any user exists — the schema migrated by the application's own Flyway migrations, then the demo province's rows
 * written by the same code as {@link DemoDataLoader} — built once at build time (Maven's {@code process-classes}
 * phase runs {@link #main}) and shipped in the jar as {@value #RESOURCE_DIR}{@code /gaoxin.mv.db} (compacted, ≈ 13 MB).
 * On the first start with an empty embedded database, {@link DemoSeedInstaller} copies it into place instead of
 * inserting ≈ 143,000 rows; the demo users (with their password of that start), the re-scan and the demo award walk
 * still happen at start, as before. The seed holds no user, no audit row and no key.
 *
 * <p>{@code seed.properties} beside the file records what it holds and the digest of its inputs (the migrations and
 * the compiled demo, enterprise, platform and shared classes); a build whose inputs did not change keeps it.
 */
public final class DemoSeed {

    static final String RESOURCE_DIR = "demo-seed";
    static final String FILE = "gaoxin.mv.db";
    static final String PROPERTIES = "seed.properties";
    /** The H2 settings of the default URL that shape the database (the seed is made with the same). */
    static final String URL_SETTINGS = ";MODE=PostgreSQL";

    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private DemoSeed() {
    }

    /**
     * Builds the seed into {@code args[0]} (a directory; the build passes {@code target/classes/demo-seed}) unless
     * the seed there was built from the same inputs; {@code args[1]} is the compiled classes' directory whose
     * inputs are digested (default: the parent of {@code args[0]}).
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path classes = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : out.getParent();
        String inputs = digestOfInputs(classes);
        Properties existing = read(out.resolve(PROPERTIES));
        if (inputs.equals(existing.getProperty("inputs")) && Files.isRegularFile(out.resolve(FILE))) {
            System.out.println("[demo-seed] unchanged inputs, kept " + out.resolve(FILE));
            return;
        }
        long t0 = System.nanoTime();
        Properties built = build(out);
        built.setProperty("inputs", inputs);
        write(out.resolve(PROPERTIES), built);
        System.out.printf("[demo-seed] built %s (%,d bytes) in %.1f s: %s enterprises, %s qualifications, %s statistics%n",
                out.resolve(FILE), Files.size(out.resolve(FILE)), (System.nanoTime() - t0) / 1e9, built.getProperty("enterprises"),
                built.getProperty("qualifications"), built.getProperty("statistics"));
    }

    /** Builds the seed into {@code out} (replacing what is there); answers what it holds. */
    static Properties build(Path out) throws IOException, SQLException {
        Files.createDirectories(out);
        // built outside the classes directory: a build killed half-way leaves nothing there to be packaged
        Path work = Files.createTempDirectory("gaoxin-demo-seed-");
        try {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + work.resolve("gaoxin") + URL_SETTINGS);
            h2.setUser("sa");
            h2.setPassword("");
            DemoProvince.DemoData data = DemoProvince.generate();
            try (Connection c = h2.getConnection()) {
                SingleConnectionDataSource ds = new SingleConnectionDataSource(c, true);
                migrate(ds);
                // as on the first start: the rows in one transaction, the same writers (EnterpriseBulkLoader keeps the
                // pinyin sort keys; PlatformBulkLoader runs PlatformManagement's checks on every row)
                new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(
                        status -> DemoDataLoader.writeRows(EnterpriseBulkLoader.on(ds), PlatformBulkLoader.on(ds), data, new StringBuilder()));
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
            }
            Path partial = out.resolve(FILE + ".part");
            Files.copy(work.resolve(FILE), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, out.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Properties p = new Properties();
            p.setProperty("enterprises", String.valueOf(data.enterprises().size()));
            p.setProperty("qualifications", String.valueOf(data.qualifications().size()));
            p.setProperty("statistics", String.valueOf(data.statistics().size()));
            p.setProperty("projects", String.valueOf(data.projects().size()));
            p.setProperty("platforms", String.valueOf(data.platforms().size()));
            p.setProperty("enterpriseUserUscc", data.enterpriseUserUscc());
            return p;
        } finally {
            try (Stream<Path> left = Files.walk(work)) {
                left.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * The application's migrations as Spring Boot runs them on H2 ({@code spring.flyway.locations} with
     * {@code {vendor}} = h2), with the Java migration 8.1 over every hash-chained table. {@code DemoSeedTests} checks
     * the result against a database the application migrated itself (history and chain heads).
     */
    static void migrate(DataSource ds) {
        List<HashChain.Table> chained = new ArrayList<>(AwardChains.tables());
        chained.add(AuditTrail.CHAIN);
        // the build's log gets Flyway's warnings only (through java.util.logging: Maven's own SLF4J would print every step)
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        Flyway.configure(DemoSeed.class.getClassLoader()).dataSource(ds)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(ChainExistingRows.of(chained))
                .load().migrate();
    }

    /** SHA-256 over the migrations and the compiled classes of the modules whose code writes the seed. */
    static String digestOfInputs(Path classes) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("db", "cn/gov/gansu/gaoxin/demo", "cn/gov/gansu/gaoxin/enterprise", "cn/gov/gansu/gaoxin/platform",
                "cn/gov/gansu/gaoxin/shared", "cn/gov/gansu/gaoxin/award/AwardChains.class",
                "cn/gov/gansu/gaoxin/identity/AuditTrail.class")) {
            Path p = classes.resolve(dir);
            if (Files.exists(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        files.sort(null);
        for (Path f : files) {
            sha.update(classes.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(f));
        }
        sha.update(("h2 " + org.h2.engine.Constants.VERSION_MAJOR + "." + org.h2.engine.Constants.VERSION_MINOR + "." + org.h2.engine.Constants.BUILD_ID).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static void write(Path file, Properties p) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            p.store(o, "demo seed (built by cn.gov.gansu.gaoxin.demo.DemoSeed at build time)");
        }
    }
}
