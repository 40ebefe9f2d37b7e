package cn.gov.gansu.gaoxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link AuditedCache}: an entry holds while no audited change happened; exports, audited reads that change
 * nothing, leave it in place (a province-wide export no longer makes every reader after it compute again);
 * any other audited change, also one among exports, makes the next read compute again. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
public abstract class AuditedCacheContract extends IntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("审计缓存：其后只有导出（经审计的读取）时沿用已算结果；导出之间夹有任何其他经审计的变更，下次读取即重新计算")
    void exportsKeepTheEntryAndAnyOtherAuditedChangeRefreshesIt() {
        AuditedCache<String, Integer> cache = new AuditedCache<>(audit, Duration.ofMinutes(10), 16);
        AtomicInteger computed = new AtomicInteger();
        Supplier<Integer> compute = computed::incrementAndGet;
        String key = unique("cache");

        assertThat(cache.get(key, compute)).isEqualTo(1);
        assertThat(cache.get(key, compute)).as("nothing audited since").isEqualTo(1);

        export();
        export();
        assertThat(cache.get(key, compute)).as("two exports since: the computed value holds").isEqualTo(1);

        export();
        tx.executeWithoutResult(s -> audit.record("CACHE_TEST_CHANGE", "TEST", key, "测试变更"));
        export();
        assertThat(cache.get(key, compute)).as("a change between exports: computed again").isEqualTo(2);
        assertThat(cache.get(key, compute)).isEqualTo(2);

        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 250; i++) {
            many.put(key + "-" + i, "导出测试；行数：1");
        }
        tx.executeWithoutResult(s -> audit.recordAllAs("tester", "EXPORT", "EXPORT", many));
        assertThat(cache.get(key, compute)).as("more exports than are looked at: computed again, to be safe").isEqualTo(3);

        long mark = audit.changeMark();
        assertThat(audit.onlyExportsBetween(mark, mark)).isTrue();
        assertThat(audit.onlyExportsBetween(mark, mark - 1)).isFalse();
    }

    private void export() {
        tx.executeWithoutResult(s -> audit.recordExport("CACHE_TEST", "缓存测试", Map.of("zone", "lanzhou"), 1, true));
    }
}
