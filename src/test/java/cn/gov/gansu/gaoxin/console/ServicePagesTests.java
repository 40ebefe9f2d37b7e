package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 成果与需求 and 科技专员 pages through the real security filters (MockMvc). */
class ServicePagesTests extends IntegrationTest {

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder page(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.TEXT_HTML);
    }

    @Test
    @DisplayName("成果与需求：中文成果列表与导出，需求的匹配页列出成果和匹配词；他区需求的匹配页不可见")
    void transferPagesShowMatchesWithinScope() throws Exception {
        String title = unique("稀土永磁材料") + "制备技术";
        asAdmin(post("/api/achievements", "{\"title\":\"" + title + "\",\"summary\":\"稀土材料永磁体\",\"owner\":\"兰州大学\",\"field\":\"新材料\"}"))
                .andExpect(status().isCreated());
        String uscc = enterpriseIn("baiyin");
        String body = asAdmin(post("/api/demands", "{\"enterprise\":\"" + uscc + "\",\"title\":\"寻求稀土材料技术\",\"description\":\"稀土材料永磁体\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long demand = ((Number) JsonPath.read(body, "$.id")).longValue();

        String list = html(asAdmin(page("/transfer").param("size", "100")).andExpect(status().isOk()));
        assertThat(list).contains("科技成果库与企业技术需求", "成果与需求", "科技服务", "导出Excel", "每页", title, "寻求稀土材料技术");
        String matches = html(asAdmin(page("/transfer/demands/{id}", demand)).andExpect(status().isOk()));
        assertThat(matches).contains("匹配的科技成果", title, "稀土材料");
        as(zoneOfficer("lanzhou"), page("/transfer/demands/{id}", demand)).andExpect(status().isNotFound());
        asAdmin(MockMvcRequestBuilders.get("/transfer/achievements/export")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("科技专员：管理员生成选派方案后页面显示方案摘要和专员姓名；管委会工作人员不能生成方案")
    void commissionerPageShowsThePlan() throws Exception {
        String name = unique("周专员");
        String field = unique("页面测试领域");
        asAdmin(post("/api/commissioners", "{\"name\":\"" + name + "\",\"expertise\":[\"" + field + "\"],\"capacity\":2}"))
                .andExpect(status().isCreated());
        asAdmin(post("/api/commissioner-needs", "{\"enterprise\":\"" + enterpriseIn("minle") + "\",\"year\":2093,\"field\":\"" + field + "\"}"))
                .andExpect(status().isCreated());
        asAdmin(MockMvcRequestBuilders.post("/commissioners/dispatch").param("year", "2093")).andExpect(status().is3xxRedirection());
        String html = html(asAdmin(page("/commissioners").param("year", "2093")).andExpect(status().isOk()));
        assertThat(html).contains("2093年科技专员选派", "方案编号", "覆盖高新区 1 个", name, "民乐", "生成选派方案");
        String officer = html(as(zoneOfficer("minle"), page("/commissioners").param("year", "2093")).andExpect(status().isOk()));
        assertThat(officer).doesNotContain("id=\"dispatch\"");
        as(zoneOfficer("minle"), MockMvcRequestBuilders.post("/commissioners/dispatch").param("year", "2093"))
                .andExpect(status().isForbidden());
    }
}
