package cn.gov.gansu.gaoxin.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contracts §11 — achievements, demands and their matching; on H2 and PostgreSQL by the subclasses. */
abstract class TransferApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    static String achievement(String title, String summary, String owner, String field) {
        return "{\"title\":\"" + title + "\",\"summary\":\"" + summary + "\",\"owner\":\"" + owner + "\",\"field\":\"" + field + "\"}";
    }

    static String demand(String uscc, String title, String description) {
        return "{\"enterprise\":\"" + uscc + "\",\"title\":\"" + title + "\",\"description\":\"" + description + "\"}";
    }

    long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long postAchievement(String json) throws Exception {
        return id(asAdmin(post("/api/achievements", json)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    long postDemand(String user, String json) throws Exception {
        var request = post("/api/demands", json);
        return id(("admin".equals(user) ? asAdmin(request) : as(user, request)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    @DisplayName("锂电池正极材料的成果排在只共有“电”字的成果之前，匹配词为完整的词“锂电池”“正极材料”")
    void segmentsChineseIntoWordsAndExplainsTheMatch() throws Exception {
        long cathode = postAchievement(achievement("高镍锂电池正极材料制备技术", "一种高镍三元正极材料的共沉淀制备工艺，提高锂电池能量密度。",
                "兰州大学", "新能源电池"));
        long electric = postAchievement(achievement("电动车辆充电桩远程监控系统", "电网负荷与充电设备的在线监测。", "甘肃某电气研究院", "智能制造"));
        long unrelated = postAchievement(achievement("马铃薯脱毒种薯快繁技术", "马铃薯种业关键技术。", "甘肃农业大学", "农产品加工"));
        String uscc = enterpriseIn("jinchang");
        long d = postDemand("admin", demand(uscc, "寻求锂电池正极材料技术", "公司生产锂电池，需要正极材料的产业化工艺，用于电池产能扩张。"));

        String body = asAdmin(get("/api/demands/{id}/matches?size=100", d)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].achievement");
        List<Long> order = ids.stream().map(Number::longValue).toList();
        // the achievement that shares only the character 电 (and the one sharing only 技/术) come after the one sharing words
        assertThat(order).contains(cathode, electric);
        assertThat(order.indexOf(cathode)).isLessThan(order.indexOf(electric));
        if (order.contains(unrelated)) {
            assertThat(order.indexOf(cathode)).isLessThan(order.indexOf(unrelated));
        }
        List<List<String>> electricTerms = JsonPath.read(body, "$.items[?(@.achievement == " + electric + ")].matchedTerms");
        assertThat(electricTerms.get(0)).isEmpty();
        List<Number> scores = JsonPath.read(body, "$.items[*].score");
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i).doubleValue()).isLessThanOrEqualTo(scores.get(i - 1).doubleValue());
        }
        List<List<String>> terms = JsonPath.read(body, "$.items[?(@.achievement == " + cathode + ")].matchedTerms");
        assertThat(terms.get(0)).contains("锂电池", "正极材料").doesNotContain("电", "锂");
    }

    @Test
    @DisplayName("多实例：另一实例记录的成果（本实例索引未经手）也能被匹配到")
    void anAchievementRecordedByAnotherInstanceIsMatched() throws Exception {
        String uscc = enterpriseIn("baiyin");
        long d = postDemand("admin", demand(uscc, "寻求钒液流电池电堆技术", "需要全钒液流电池电堆与储能系统集成技术。"));
        asAdmin(get("/api/demands/{id}/matches?size=100", d)).andExpect(status().isOk());      // this instance's index is built
        // what another instance's TransferManagement writes: the row only, this instance's index is not told
        String by = unique("other-instance");
        jdbc.sql("INSERT INTO tech_achievement (title, summary, owner_name, field, recorded_at, recorded_by) "
                        + "VALUES ('全钒液流电池电堆集成技术', '钒液流电池储能电堆与系统集成。', '另一实例研究院', '新能源', :at, :by)")
                .param("at", java.sql.Timestamp.from(java.time.Instant.now())).param("by", by).update();
        long other = jdbc.sql("SELECT id FROM tech_achievement WHERE recorded_by = :by").param("by", by).query(Long.class).single();

        String body = asAdmin(get("/api/demands/{id}/matches?size=100", d)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].achievement");
        assertThat(ids.stream().map(Number::longValue).toList()).contains(other);
    }

    @Test
    @DisplayName("size 默认10，超出1至100为400")
    void sizeIsBounded() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        long d = postDemand("admin", demand(uscc, "生物医药中试平台", "创新药中试放大"));
        asAdmin(get("/api/demands/{id}/matches", d)).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        asAdmin(get("/api/demands/{id}/matches?size=0", d)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("size")));
        asAdmin(get("/api/demands/{id}/matches?size=101", d)).andExpect(status().isBadRequest());
        asAdmin(get("/api/demands/{id}/matches", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("标题1至200字、简介和描述最多20000字，否则400，说明字段和规则")
    void textLengthsAreChecked() throws Exception {
        asAdmin(post("/api/achievements", achievement("", "简介", "兰州大学", "新材料"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("title")));
        asAdmin(post("/api/achievements", achievement("题".repeat(201), "简介", "兰州大学", "新材料")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("标题")));
        postAchievement(achievement("题".repeat(200), "文".repeat(20_000), "兰州大学", "新材料"));
        asAdmin(post("/api/achievements", achievement("成果", "文".repeat(20_001), "兰州大学", "新材料")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("summary")));
        asAdmin(post("/api/achievements", achievement("成果", "文".repeat(100_000), "兰州大学", "新材料")))
                .andExpect(status().isBadRequest());
        String uscc = enterpriseIn("baiyin");
        asAdmin(post("/api/demands", demand(uscc, "", "描述"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("title")));
        asAdmin(post("/api/demands", demand(uscc, "需求", "述".repeat(20_001)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("description")));
        asAdmin(post("/api/achievements", "{}")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("未登记的企业提出需求为404，无效的统一社会信用代码为400")
    void unknownEnterpriseIsRefused() throws Exception {
        asAdmin(post("/api/demands", demand(newUscc(), "需求", "描述"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("enterprise")));
        asAdmin(post("/api/demands", demand("123", "需求", "描述"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("enterprise")));
        asAdmin(post("/api/achievements", achievement("成果", "简介", newUscc(), "新材料"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("企业只为本企业提出需求、只看本企业需求的匹配；高新区只为本区企业提出需求；登记写审计日志")
    void demandsFollowTheScope() throws Exception {
        String own = enterpriseIn("zhangye");
        String other = enterpriseIn("zhangye");
        String elsewhere = enterpriseIn("pingliang");
        String firm = user("ENTERPRISE", "enterprise", own);
        String officer = zoneOfficer("zhangye");

        long mine = postDemand(firm, demand(own, "农产品冷链物流技术", "果蔬冷链物流保鲜"));
        as(firm, post("/api/demands", demand(other, "需求", "描述"))).andExpect(status().isForbidden());
        long theirs = postDemand(officer, demand(other, "种业育种技术", "玉米制种"));
        as(officer, post("/api/demands", demand(elsewhere, "需求", "描述"))).andExpect(status().isForbidden());

        as(firm, get("/api/demands/{id}/matches", mine)).andExpect(status().isOk());
        as(firm, get("/api/demands/{id}/matches", theirs)).andExpect(status().isNotFound());
        as(officer, get("/api/demands/{id}/matches", mine)).andExpect(status().isOk());
        as(zoneOfficer("pingliang"), get("/api/demands/{id}/matches", mine)).andExpect(status().isNotFound());
        String listed = as(firm, get("/api/demands?size=500")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> enterprises = JsonPath.read(listed, "$.items[*].enterprise");
        assertThat(enterprises).isNotEmpty().containsOnly(own);

        as(firm, post("/api/achievements", achievement("成果", "简介", "兰州大学", "新材料"))).andExpect(status().isForbidden());
        String body = as(firm, post("/api/achievements", achievement("果蔬保鲜冷链装备", "简介", own, "农产品加工")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerUscc").value(own))
                .andExpect(jsonPath("$.zone").value("zhangye")).andReturn().getResponse().getContentAsString();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'TECH_ACHIEVEMENT' AND subject_id = :id")
                .param("id", String.valueOf(id(body))).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'TECH_DEMAND' AND subject_id = :id")
                .param("id", String.valueOf(mine)).query(Long.class).single()).isEqualTo(1);
        Map<String, Object> read = JsonPath.read(as(firm, get("/api/achievements/{id}", id(body))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$");
        assertThat(read).containsEntry("owner", "测试科技有限公司" + own.substring(10));
    }
}
