package cn.gov.gansu.gaoxin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.gov.gansu.gaoxin.shared.HashChain;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The default first start: an embedded H2 file database that does not exist yet, so the pre-built demo database
 * (built by {@link DemoSeed} in the build's process-classes phase) is copied into place. Besides everything
 * {@link DemoDataContract} checks of the data, the users and determinism: the seed must have been built (this fails
 * when the build step is missing), and it must be what the application's own migrations make — Flyway finds every
 * migration applied with the same checksum, and every hash-chained table has its chain head.
 */
class DemoDataSeededTests extends DemoDataContract {

    static final Path DIR = Path.of("target", "demo-seeded-" + System.nanoTime());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.toAbsolutePath().resolve("gaoxin")
                + ";MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Autowired
    DemoSeedInstaller seed;
    @Autowired
    Flyway flyway;
    @Autowired
    List<HashChain.Table> chained;

    @Test
    @DisplayName("首次启动放入构建时生成的预置演示库，而不是逐行写入")
    void theSeedWasCopiedIntoPlace() {
        assertThat(new ClassPathResource("demo-seed/gaoxin.mv.db").exists()).as("the build made the seed").isTrue();
        assertThat(seed.installed()).isNotNull();
        assertThat(seed.installed().count("enterprises")).isEqualTo(DemoProvince.generate().enterprises().size());
        assertThat(Files.exists(DIR.resolve("gaoxin.mv.db"))).isTrue();
        try (var left = Files.list(DIR)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("预置演示库与应用自身迁移一致：每个迁移已应用且校验和相同，每张哈希链表都有链头")
    void theSeedIsWhatTheApplicationsMigrationsMake() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        for (MigrationInfo m : all) {
            assertThat(m.getState().isApplied()).as("migration %s applied", m.getVersion()).isTrue();
            assertThat(m.getState().isFailed()).isFalse();
        }
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        List<String> heads = jdbc.sql("SELECT table_name FROM hash_chain_head").query(String.class).list();
        assertThat(heads).containsExactlyInAnyOrderElementsOf(chained.stream().map(HashChain.Table::name).toList());
    }
}
