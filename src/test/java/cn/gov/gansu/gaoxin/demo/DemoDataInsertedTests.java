package cn.gov.gansu.gaoxin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo province written row by row at start (an in-memory database: no seed can be copied there). */
class DemoDataInsertedTests extends DemoDataContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gaoxin-demo-test;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    DemoSeedInstaller seed;

    @Test
    @DisplayName("内存数据库不使用预置演示库：演示数据逐行写入")
    void rowsWereWrittenAtStart() {
        assertThat(seed.installed()).isNull();
    }
}
