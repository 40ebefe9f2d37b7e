package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.html;
import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

    @Test
    @DisplayName("看板数据过期后先答上次的数据，再在后台重算（页面不等待重算）")
    void staleFiguresAreAnsweredAtOnceAndRefreshedInTheBackground() throws Exception {
        String officer = zoneOfficer("yumen");
        as(officer, get("/dashboard/data")).andExpect(status().isOk()); // computed now: the first visit of this scope
        String key = dashboards.recent.keySet().stream().filter(k -> k.contains("yumen")).findFirst().orElseThrow();
        Dashboards.Dashboard fresh = dashboards.recent.get(key);
        java.time.Instant old = java.time.Instant.now().minus(Dashboards.FRESH).minusSeconds(60);
        Dashboards.Dashboard stale = new Dashboards.Dashboard(old, fresh.visibleZones(), fresh.enterprisesByZone(), fresh.hntesByZone(),
                fresh.enterprises() + 12_345, fresh.hntes(), fresh.hnteTarget(), fresh.lastYear(), fresh.hnteByYear(), fresh.zones(),
                fresh.money(), fresh.awardsByStatus(), fresh.lights());
        dashboards.recent.put(key, stale);
        // answered from the stale figures (the marker count), while a background refresh replaces them
        as(officer, get("/dashboard/data")).andExpect(jsonPath("$.enterprises").value(fresh.enterprises() + 12_345));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (dashboards.recent.get(key) == stale && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(dashboards.recent.get(key).takenAt()).isAfter(old);
        as(officer, get("/dashboard/data")).andExpect(jsonPath("$.enterprises").value(fresh.enterprises()));
    }
}
