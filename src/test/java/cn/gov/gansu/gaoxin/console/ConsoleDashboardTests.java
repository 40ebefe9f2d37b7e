package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.html;
import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 首页 dashboards (issue 9 item 3), scoped to the caller. */
class ConsoleDashboardTests extends IntegrationTest {

    @Test
    @DisplayName("省级首页有图表区和全省高新区；图表数据含5年高企数、10%目标线、11个高新区、按状态的奖补")
    void theProvinceHomeHasChartsOfTheWholeProvince() throws Exception {
        String page = html(asAdmin(page("/")).andExpect(status().isOk()));
        assertThat(page).contains("id=\"dashboard\"", "chart-hnte", "/js/dashboard.js", "全省高新区").doesNotContain("<script>");
        asAdmin(get("/dashboard/data")).andExpect(status().isOk())
                .andExpect(jsonPath("$.hnteByYear.length()").value(5))
                .andExpect(jsonPath("$.hnteTarget").value(0.10))
                .andExpect(jsonPath("$.zones.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(11)))
                .andExpect(jsonPath("$.zones[*].name").value(org.hamcrest.Matchers.hasItems("兰州高新区", "庆城高新区")))
                .andExpect(jsonPath("$.awardsByStatus[0].status").value("待企业确认"))
                .andExpect(jsonPath("$.visibleZones").doesNotExist());
    }

    @Test
    @DisplayName("高新区首页只说本高新区，图表只有本区")
    void aZoneHomeSpeaksOfItsOwnZone() throws Exception {
        String officer = zoneOfficer("minle");
        String page = html(as(officer, page("/")).andExpect(status().isOk()));
        assertThat(page).contains("本高新区").doesNotContain("全省高新区");
        as(officer, get("/dashboard/data")).andExpect(status().isOk()).andExpect(jsonPath("$.zones.length()").value(1))
                .andExpect(jsonPath("$.zones[0].name").value("民乐高新区"));
    }

    @Test
    @DisplayName("企业首页是自己的奖补、待确认事项和资质阶梯，不是空的全省视图")
    void anEnterpriseHomeShowsItsOwnAwardsAndLadder() throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"白银首页测试材料有限公司\",\"zone\":\"baiyin\"}"))
                .andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR202562009999\",\"date\":\"2025-10-08\"}", uscc)).andExpect(status().isCreated());
        String user = user("ENTERPRISE", "enterprise", uscc);
        String page = html(as(user, page("/")).andExpect(status().isOk()));
        assertThat(page).contains("白银首页测试材料有限公司", "我的奖补", "待我确认", "新认定高新技术企业", "资质与梯次培育")
                .doesNotContain("全省高新区", "id=\"dashboard\"");
    }

    @org.springframework.beans.factory.annotation.Autowired
    Dashboards dashboards;
    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.gansu.gaoxin.shared.ClusterLock lock;

    /** Runs {@code body} while this test holds the refresher's cluster lock: no background computation meanwhile. */
    private void withoutRefresher(ThrowingRunnable body) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        Exception[] failed = new Exception[1];
        AssertionError[] wrong = new AssertionError[1];
        while (!lock.runExclusively("dashboard-snapshot", java.time.Duration.ofMinutes(2), () -> {
            try {
                body.run();
            } catch (Exception e) {
                failed[0] = e;
            } catch (AssertionError e) {
                wrong[0] = e;
            }
        })) {
            assertThat(System.nanoTime()).as("the refresher let go of its lock").isLessThan(deadline);
            Thread.sleep(50);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        if (wrong[0] != null) {
            throw wrong[0];
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    @DisplayName("看板数据过期后先答上次保存的数据（重启后的首次访问也不等待计算），再在后台重算")
    void storedFiguresAreAnsweredAtOnceEvenAfterARestartAndStaleOnesRefreshedInTheBackground() throws Exception {
        String officer = zoneOfficer("yumen");
        java.time.Instant old = java.time.Instant.now().minus(Dashboards.FRESH).minusSeconds(60);
        long[] real = new long[1];
        withoutRefresher(() -> {
            Dashboards.Figures fresh = dashboards.refresh();
            Map<String, Long> marked = new java.util.LinkedHashMap<>(fresh.enterprises());
            marked.merge("yumen", 12_345L, Long::sum);
            real[0] = fresh.enterprises().getOrDefault("yumen", 0L);
            dashboards.save(new Dashboards.Figures(old, fresh.today(), fresh.lastYear(), marked, fresh.hntesOn(), fresh.highTechRevenue(),
                    fresh.lights()), 1);
            dashboards.forget(); // as after a restart: nothing in memory, the stored figures are read from the table
            as(officer, get("/dashboard/data")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.enterprises").value(real[0] + 12_345));
            String page = html(as(officer, page("/")).andExpect(status().isOk()));
            assertThat(page).contains("图表数据计算于 " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneId.systemDefault()).format(old));
        });
        // the stale figures asked for a recomputation: done in the background once the lock is free
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!dashboards.snapshot().computedAt().isAfter(old) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(dashboards.snapshot().computedAt()).isAfter(old);
        as(officer, get("/dashboard/data")).andExpect(jsonPath("$.enterprises").value(real[0]));
    }

    @Test
    @DisplayName("企业登记后，看板数据在后台自动重算（无需访问）")
    void aRegistryChangeRecomputesTheFiguresInTheBackground() throws Exception {
        long[] before = new long[1];
        java.time.Instant[] at = new java.time.Instant[1];
        withoutRefresher(() -> {
            Dashboards.Figures f = dashboards.refresh();
            before[0] = f.enterprises().getOrDefault("jinchang", 0L);
            at[0] = f.computedAt();
            enterpriseIn("jinchang");
        });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (dashboards.snapshot().enterprises().getOrDefault("jinchang", 0L) <= before[0] && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dashboards.snapshot().computedAt()).isAfter(at[0]);
        assertThat(dashboards.snapshot().enterprises().get("jinchang")).isGreaterThan(before[0]);
    }

    @Test
    @DisplayName("每个范围从全省快照取得的看板，与按该范围直接查询计算的完全相同（数据范围不变）")
    void eachScopeSeesFromTheSnapshotExactlyWhatItsScopedQueriesCompute() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025620" + uscc.substring(10, 15) + "\",\"date\":\"2025-03-08\"}", uscc))
                .andExpect(status().isCreated());
        enterpriseIn("baiyin");
        List<cn.gov.gansu.gaoxin.identity.DataScope> scopes = List.of(
                new cn.gov.gansu.gaoxin.identity.DataScope("p", cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN, null, null, null),
                new cn.gov.gansu.gaoxin.identity.DataScope("f", cn.gov.gansu.gaoxin.identity.Role.PROVINCE_FINANCE, null, null, null),
                new cn.gov.gansu.gaoxin.identity.DataScope("c", cn.gov.gansu.gaoxin.identity.Role.CITY_OFFICER, null, "lanzhou-city", null),
                new cn.gov.gansu.gaoxin.identity.DataScope("c2", cn.gov.gansu.gaoxin.identity.Role.CITY_OFFICER, null, "zhangye-city", null),
                new cn.gov.gansu.gaoxin.identity.DataScope("z", cn.gov.gansu.gaoxin.identity.Role.ZONE_OFFICER, "lanzhou", null, null),
                new cn.gov.gansu.gaoxin.identity.DataScope("z2", cn.gov.gansu.gaoxin.identity.Role.ZONE_OFFICER, "baiyin", null, null),
                new cn.gov.gansu.gaoxin.identity.DataScope("x", cn.gov.gansu.gaoxin.identity.Role.EXPERT, null, null, null),
                new cn.gov.gansu.gaoxin.identity.DataScope("a", cn.gov.gansu.gaoxin.identity.Role.AUDITOR, null, null, null));
        withoutRefresher(() -> {
            dashboards.refresh();
            for (var scope : scopes) {
                Dashboards.Dashboard stored = dashboards.of(scope);
                Dashboards.Dashboard direct = dashboards.compute(scope);
                assertThat(withTime(stored, direct.takenAt())).as(scope.role() + " " + scope.zone() + " " + scope.city()).isEqualTo(direct);
            }
            assertThat(dashboards.of(scopes.get(4)).zones()).extracting(Dashboards.ZonePoint::name).contains("兰州高新区")
                    .doesNotContain("白银高新区");
            assertThat(dashboards.of(scopes.get(5)).zones()).extracting(Dashboards.ZonePoint::name).contains("白银高新区")
                    .doesNotContain("兰州高新区");
            assertThat(dashboards.of(scopes.get(0)).enterprises()).isGreaterThan(dashboards.of(scopes.get(2)).enterprises());
            assertThat(dashboards.of(scopes.get(6)).zones()).isEmpty();
        });
    }

    private static Dashboards.Dashboard withTime(Dashboards.Dashboard d, java.time.Instant at) {
        return new Dashboards.Dashboard(at, d.visibleZones(), d.enterprisesByZone(), d.hntesByZone(), d.enterprises(), d.hntes(),
                d.hnteTarget(), d.lastYear(), d.hnteByYear(), d.zones(), d.money(), d.awardsByStatus(), d.lights());
    }
}
