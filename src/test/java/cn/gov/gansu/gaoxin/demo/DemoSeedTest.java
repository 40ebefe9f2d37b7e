package cn.gov.gansu.gaoxin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** When the build makes the demo seed again, and where the first start puts it. */
class DemoSeedTest {

    @Test
    @DisplayName("预置演示库在迁移脚本或演示、企业、平台代码变化时重建，其他模块的变化不触发重建")
    void theSeedIsRebuiltWhenItsInputsChange(@TempDir Path classes) throws Exception {
        write(classes, "db/migration/V1_0__schema.sql", "CREATE TABLE a (id INT);");
        write(classes, "cn/gov/gansu/gaoxin/demo/DemoProvince.class", "v1");
        write(classes, "cn/gov/gansu/gaoxin/console/HomePage.class", "v1");
        String first = DemoSeed.digestOfInputs(classes);
        assertThat(DemoSeed.digestOfInputs(classes)).isEqualTo(first);

        write(classes, "cn/gov/gansu/gaoxin/console/HomePage.class", "v2");
        assertThat(DemoSeed.digestOfInputs(classes)).as("a page is not an input").isEqualTo(first);

        write(classes, "db/migration/V1_0__schema.sql", "CREATE TABLE a (id BIGINT);");
        String changed = DemoSeed.digestOfInputs(classes);
        assertThat(changed).as("a changed migration").isNotEqualTo(first);

        write(classes, "db/vendor/h2/V2_0__triggers.sql", "-- new");
        String added = DemoSeed.digestOfInputs(classes);
        assertThat(added).as("a new vendor migration").isNotEqualTo(changed);

        write(classes, "cn/gov/gansu/gaoxin/demo/DemoProvince.class", "v2");
        assertThat(DemoSeed.digestOfInputs(classes)).as("changed demo code").isNotEqualTo(added);
    }

    @Test
    @DisplayName("只有演示模式下、默认账号的H2文件库才放入预置演示库；PostgreSQL、内存库、关闭演示或改了账号时不放")
    void theSeedGoesOnlyWhereTheDefaultEmbeddedDatabaseWouldBe() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/gaoxin;MODE=PostgreSQL;WRITE_DELAY=0").withProperty("spring.datasource.username", "sa");
        assertThat(DemoSeedInstaller.targetFile(env)).isEqualTo(Path.of("./data/gaoxin.mv.db"));
        assertThat(DemoSeedInstaller.targetFile(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:~/gx/db")))
                .isEqualTo(Path.of(System.getProperty("user.home") + "/gx/db.mv.db"));
        assertThat(DemoSeedInstaller.targetFile(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/gaoxin").withProperty("gaoxin.demo", "false"))).isNull();
        assertThat(DemoSeedInstaller.targetFile(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:mem:test;MODE=PostgreSQL"))).isNull();
        assertThat(DemoSeedInstaller.targetFile(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db:5432/gaoxin"))).isNull();
        assertThat(DemoSeedInstaller.targetFile(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/gaoxin").withProperty("spring.datasource.username", "ops"))).isNull();
        assertThat(DemoSeedInstaller.targetFile(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:./data/gaoxin").withProperty("spring.datasource.password", "secret"))).isNull();
    }

    private static void write(Path root, String file, String content) throws Exception {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
