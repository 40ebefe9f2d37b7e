package cn.gov.gansu.gaoxin.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 高新区直接推荐申报 (clause 12) and the department's decisions over HTTP; on H2 and PostgreSQL by the subclasses. */
abstract class RecommendationApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long submit(String officer, String zone, String name, int year) throws Exception {
        String body = as(officer, post("/api/zones/{z}/recommendations", "{\"year\":" + year + ",\"category\":\"PLATFORM\",\"name\":\""
                + name + "\",\"applicant\":\"某某研究院\",\"amountYuan\":\"3000000.00\"}", zone))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.statusName").value("待省科技厅决定")).andExpect(jsonPath("$.categoryName").value("平台"))
                .andExpect(jsonPath("$.amount").value("3000000.00"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("管委会提交推荐，另一位省科技厅管理员在待办中见到并附意见采纳：状态、审计、画像第12条；再次决定409")
    void zoneSubmitsAndTheDepartmentAcceptsWithAComment() throws Exception {
        String officer = zoneOfficer("pingliang");
        String name = unique("平凉中试平台");
        long id = submit(officer, "pingliang", name, 2013);
        String province = user("PROVINCE_ADMIN", null, null);

        String todo = as(province, get("/api/recommendations?todo=true&size=500")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(todo, "$.items[*].id")).contains((int) id);
        as(officer, get("/api/recommendations?todo=true")).andExpect(jsonPath("$.total").value(0));

        as(province, post("/api/recommendations/{id}/decision", "{\"decision\":\"ACCEPT\"}", id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("comment")));
        as(province, post("/api/recommendations/{id}/decision", "{\"decision\":\"MAYBE\",\"comment\":\"x\"}", id))
                .andExpect(status().isBadRequest());
        as(officer, post("/api/recommendations/{id}/decision", "{\"decision\":\"ACCEPT\",\"comment\":\"同意\"}", id))
                .andExpect(status().isForbidden());
        as(province, post("/api/recommendations/{id}/decision", "{\"decision\":\"ACCEPT\",\"comment\":\"符合条件，同意推荐\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedBy").value(province)).andExpect(jsonPath("$.comment").value("符合条件，同意推荐"));
        asAdmin(post("/api/recommendations/{id}/decision", "{\"decision\":\"REJECT\",\"comment\":\"改变主意\"}", id))
                .andExpect(status().isConflict());
        as(officer, post("/api/recommendations/{id}/withdrawal", "", id)).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'ZONE_RECOMMENDATION' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
        as(province, get("/api/recommendations?todo=true&size=500")).andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());

        String profile = as(officer, get("/api/zones/pingliang/profile?year=2013")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(profile, "$.clauses[11].items[*].value").toString()).contains(name + "（平台）");
        assertThat(JsonPath.<List<String>>read(profile, "$.clauses[11].items[*].label")).contains("直接推荐申报·已采纳（项）");
    }

    @Test
    @DisplayName("不予采纳须附意见；管委会可撤回未决定的推荐；他区、企业看不到；市州看得到本市的")
    void rejectionWithdrawalAndScope() throws Exception {
        String officer = zoneOfficer("dingxi");
        long rejected = submit(officer, "dingxi", unique("定西项目"), 2013);
        long withdrawn = submit(officer, "dingxi", unique("定西平台"), 2013);
        asAdmin(post("/api/recommendations/{id}/decision", "{\"decision\":\"REJECT\",\"comment\":\"材料不全\"}", rejected))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statusName").value("不予采纳"));
        as(officer, post("/api/recommendations/{id}/withdrawal", "", withdrawn)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        asAdmin(post("/api/recommendations/{id}/decision", "{\"decision\":\"ACCEPT\",\"comment\":\"同意\"}", withdrawn))
                .andExpect(status().isConflict());

        String other = zoneOfficer("yumen");
        as(other, get("/api/recommendations/{id}", rejected)).andExpect(status().isNotFound());
        as(other, post("/api/recommendations/{id}/withdrawal", "", rejected)).andExpect(status().isNotFound());
        as(other, post("/api/zones/dingxi/recommendations", "{\"year\":2013,\"category\":\"PROJECT\",\"name\":\"越权\"}"))
                .andExpect(status().isForbidden());
        as(other, get("/api/recommendations?size=500")).andExpect(jsonPath("$.items[?(@.zone == 'dingxi')]").isEmpty());
        long own = submit(other, "yumen", unique("玉门平台"), 2013);
        as(other, get("/api/recommendations?year=2013&size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + own + ")]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.zone != 'yumen')]").isEmpty());
        as(other, get("/api/recommendations?zone=dingxi&size=500")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        as(other, get("/api/recommendations/{id}", own)).andExpect(status().isOk());
        String city = cityOfficer("dingxi-city");
        as(city, get("/api/recommendations?zone=dingxi&status=REJECTED&size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + rejected + ")]").isNotEmpty());
        as(user("ENTERPRISE", "enterprise", enterpriseIn("dingxi")), get("/api/recommendations")).andExpect(status().isForbidden());
        asAdmin(post("/api/zones/dingxi/recommendations", "{\"year\":2013,\"category\":\"PROJECT\",\"name\":\"厅里自己推荐\"}"))
                .andExpect(status().isForbidden());

        long before = jdbc.sql("SELECT COUNT(*) FROM zone_recommendation").query(Long.class).single();
        as(officer, post("/api/zones/dingxi/recommendations", "{\"year\":2013,\"category\":\"BRIDGE\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("category")));
        as(officer, post("/api/zones/dingxi/recommendations", "{\"year\":2013,\"category\":\"PROJECT\",\"name\":\" \"}"))
                .andExpect(status().isBadRequest());
        as(officer, post("/api/zones/dingxi/recommendations", "{\"year\":2013,\"category\":\"PROJECT\",\"name\":\"x\",\"amountYuan\":\"1.234\"}"))
                .andExpect(status().isBadRequest());
        as(officer, post("/api/zones/atlantis/recommendations", "{\"year\":2013,\"category\":\"PROJECT\",\"name\":\"x\"}"))
                .andExpect(status().isNotFound());
        as(officer, get("/api/recommendations?status=NOPE")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zone_recommendation").query(Long.class).single()).isEqualTo(before);
    }
}
