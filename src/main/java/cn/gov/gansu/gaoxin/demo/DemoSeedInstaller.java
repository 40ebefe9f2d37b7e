package cn.gov.gansu.gaoxin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Puts the pre-built demo database ({@link DemoSeed}, in the jar) in place on the first start with demo data, before
 * anything opens the database: when {@code gaoxin.demo} is on (the default), the data source is the embedded H2 file
 * database with its default credentials, and its file does not exist yet. The copy goes to a temporary file beside
 * the database and is then renamed, so a start killed half-way leaves no half database. Flyway then finds the schema
 * at the seed's version (and applies any later migration), and {@link DemoDataLoader} creates the demo users and
 * starts the re-scan as after a load. Without the seed (classes run without the build step) the rows are inserted as
 * before.
 */
@Component
class DemoSeedInstaller implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoSeedInstaller.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    private Environment env;
    private volatile Installed installed;

    /** What was installed at this start: the seed's description and how long the copy took. */
    record Installed(Properties properties, long copyMillis) {
        int count(String what) {
            return Integer.parseInt(properties.getProperty(what, "0"));
        }

        String enterpriseUserUscc() {
            return properties.getProperty("enterpriseUserUscc");
        }
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.env = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The seed installed at this start, or null (none wanted, the database existed, or no seed in the jar). */
    Installed installed() {
        return installed;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            return; // the build's Spring AOT step refreshes the context to write its code: no database there
        }
        Path target = targetFile(env);
        if (target == null || Files.exists(target)) {
            return;
        }
        ClassPathResource file = new ClassPathResource(DemoSeed.RESOURCE_DIR + "/" + DemoSeed.FILE);
        ClassPathResource description = new ClassPathResource(DemoSeed.RESOURCE_DIR + "/" + DemoSeed.PROPERTIES);
        if (!file.exists() || !description.exists()) {
            log.info("未找到预置演示库（{}），演示数据将逐行写入", DemoSeed.RESOURCE_DIR);
            return;
        }
        long t0 = System.nanoTime();
        try {
            Properties p = new Properties();
            try (InputStream in = description.getInputStream()) {
                p.load(in);
            }
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "demo-seed-", ".part");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            installed = new Installed(p, (System.nanoTime() - t0) / 1_000_000);
            log.info("首次启动：已放入预置演示库 {}（{}家企业），用时{}毫秒", target, p.getProperty("enterprises"), installed.copyMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("预置演示库无法复制到 " + target, e);
        }
    }

    /**
     * The H2 file the demo seed would become, or null when no seed is wanted: demo off, not an H2 file URL, or
     * credentials other than H2's default (the seed was made by user {@code sa} without password).
     */
    static Path targetFile(Environment env) {
        if (!env.getProperty("gaoxin.demo", Boolean.class, Boolean.TRUE)) {
            return null;
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.startsWith(H2_FILE)) {
            return null;
        }
        if (!"sa".equalsIgnoreCase(env.getProperty("spring.datasource.username", "sa"))
                || !env.getProperty("spring.datasource.password", "").isEmpty()) {
            return null;
        }
        String path = url.substring(H2_FILE.length());
        int settings = path.indexOf(';');
        if (settings >= 0) {
            path = path.substring(0, settings);
        }
        if (path.isBlank()) {
            return null;
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path + ".mv.db");
    }
}
