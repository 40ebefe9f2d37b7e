package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.form;
import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.page;
import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 创新平台, 目标监测 and 评价考核 pages through the real security filters (MockMvc). */
class ConsoleEvaluationPagesTests extends IntegrationTest {

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long platform(String kind, String level, String name, String zone) throws Exception {
        String body = asAdmin(post("/api/platforms", "{\"kind\":\"" + kind + "\",\"level\":\"" + level + "\",\"name\":\"" + name
                + "\",\"zone\":\"" + zone + "\",\"recognisedOn\":\"2025-06-01\",\"industry\":{\"name\":\"生物医药\",\"codes\":[\"27\"]}}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long draft(int year) throws Exception {
        return draft(year, "NEW_HIGH_TECH_ENTERPRISES");
    }

    private String drafter;

    /** Drafts as a second province admin: the pages' admin reviews and publishes (contracts §8). */
    long draft(int year, String indicator) throws Exception {
        if (drafter == null) {
            drafter = user("PROVINCE_ADMIN", null, null);
        }
        String body = as(drafter, post("/api/evaluations", "{\"year\":" + year + ",\"method\":\"TARGET_REFERENCED\",\"passMark\":60,"
                + "\"indicators\":[{\"code\":\"" + indicator + "\",\"weight\":1,\"benchmark\":10}],"
                + "\"rewardTopN\":3,\"bigDropPlaces\":3}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("创新平台：中文列表，筛选栏与分页；管委会工作人员只看到本区平台，查询他区得到中文403页")
    void platformListIsChineseAndZoneOfficerSeesOnlyTheirZone() throws Exception {
        String own = unique("定西中药材孵化器");
        String other = unique("兰州生物医药孵化器");
        platform("INCUBATOR", "PROVINCIAL", own, "dingxi");
        platform("INCUBATOR", "NATIONAL", other, "lanzhou");

        String admin = html(asAdmin(page("/platforms").param("kind", "INCUBATOR").param("size", "100")).andExpect(status().isOk()));
        assertThat(admin).contains("创新平台名录", "所属高新区", "类型", "级别", "导出Excel", "每页", "科技企业孵化器", "国家级", "省级",
                own, other, "href=\"/platforms\"", "评价监测", "tag-blue");

        String officer = zoneOfficer("dingxi");
        String mine = html(as(officer, page("/platforms").param("size", "100")).andExpect(status().isOk()));
        assertThat(mine).contains(own, "data-zone=\"dingxi\"", "value=\"dingxi\"").doesNotContain(other, "data-zone=\"lanzhou\"",
                "value=\"lanzhou\"");
        assertThat(html(as(officer, page("/platforms").param("zone", "lanzhou")).andExpect(status().isForbidden())))
                .contains("无权查看高新区“lanzhou”的创新平台", "403");
        assertThat(html(asAdmin(page("/platforms").param("kind", "CASTLE")).andExpect(status().isBadRequest())))
                .contains("参数“kind”的值无效");
    }

    @Test
    @DisplayName("创新平台导出Excel：恰为筛选所示、仅限数据范围；导出他区得到403")
    void platformExportHoldsExactlyTheFilteredRowsWithinScope() throws Exception {
        String own = unique("平凉众创空间");
        String other = unique("张掖众创空间");
        platform("MAKER_SPACE", "CITY", own, "pingliang");
        platform("MAKER_SPACE", "CITY", other, "zhangye");
        String officer = zoneOfficer("pingliang");
        byte[] xlsx = as(officer, MockMvcRequestBuilders.get("/api/platforms/export").param("kind", "MAKER_SPACE"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(EnterpriseExport.XLSX)))
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = read(xlsx);
        assertThat(rows.get(0)).containsValues("平台名称", "类型", "级别", "所属高新区", "认定日期");
        List<Map<Integer, String>> data = rows.subList(1, rows.size());
        assertThat(data).isNotEmpty().allSatisfy(r -> assertThat(r.get(1)).isEqualTo("众创空间"));
        assertThat(data).extracting(r -> r.get(0)).contains(own).doesNotContain(other);
        String listed = html(as(officer, page("/platforms").param("kind", "MAKER_SPACE").param("size", "100")));
        assertThat(listed).contains("共 " + data.size() + " 条");

        as(officer, MockMvcRequestBuilders.get("/api/platforms/export").param("zone", "zhangye"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("zhangye")));
    }

    @Test
    @DisplayName("目标监测：红绿灯带文字标签、图表与数据表、年度选择；管委会工作人员只看到本区")
    void targetsShowLabelledLightsAChartAndOnlyTheOfficersZone() throws Exception {
        String admin = html(asAdmin(page("/targets").param("year", "2024")).andExpect(status().isOk()));
        assertThat(admin).contains("目标监测 · 2024年度", "各高新区高企占比与10%目标", "id=\"share-chart\"", "echarts.min.js",
                "id=\"share-table\"", "高新技术企业占比", "主导产业数量", "主导产业集中度", "每个主导产业的科技企业孵化器",
                "新增高新技术企业数逐年提升", "第13条重点产业", "实际主导产业", "data-zone=\"lanzhou\"", "data-zone=\"baiyin\"",
                "<option value=\"2023\"");
        assertThat(admin).containsAnyOf(">达标<", ">未达标<", ">无数据<");
        assertThat(admin).doesNotContain("class=\"light GREEN\"></span>").as("no light without its text");

        String officer = zoneOfficer("baiyin");
        String mine = html(as(officer, page("/targets").param("year", "2024")).andExpect(status().isOk()));
        assertThat(mine).contains("data-zone=\"baiyin\"").doesNotContain("data-zone=\"lanzhou\"", "data-zone=\"jiayuguan\"");
        as(officer, page("/targets").param("year", "1900")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("评价考核：审核/发布仅向省科技厅管理员显示；审计监督只读；其他角色为中文403页")
    void evaluationActionsAreShownOnlyToTheProvinceAdmin() throws Exception {
        long id = draft(2013);
        String admin = html(asAdmin(page("/evaluations")).andExpect(status().isOk()));
        assertThat(admin).contains("评价考核", "评价年度", "草稿", "目标值法", "data-id=\"" + id + "\"");
        String detail = html(asAdmin(page("/evaluations/{id}", id)).andExpect(status().isOk()));
        assertThat(detail).contains("2013年度评价", "数据完整性", "id=\"actions\"", "意见", "不可撤回", "导出Excel报告", "打印版报告",
                "/api/evaluations/" + id + "/report.xlsx", "/evaluations/" + id + "/report");

        String auditor = user("AUDITOR", null, null);
        String read = html(as(auditor, page("/evaluations/{id}", id)).andExpect(status().isOk()));
        assertThat(read).contains("2013年度评价", "评价结果").doesNotContain("id=\"actions\"", "name=\"comment\"");
        assertThat(html(as(auditor, page("/evaluations")).andExpect(status().isOk()))).contains("审计监督：只读");
        as(auditor, form("/evaluations/" + id + "/review", Map.of("comment", "同意", "confirm", "yes"))).andExpect(status().isForbidden());

        String officer = zoneOfficer("lanzhou");
        assertThat(html(as(officer, page("/evaluations")).andExpect(status().isForbidden()))).contains("无权", "403");
        assertThat(html(as(officer, page("/platforms")))).doesNotContain("href=\"/evaluations\"");
    }

    @Test
    @DisplayName("评价审核：须填写意见并确认；数据缺失时显示缺失清单并拒绝；数据完整时审核成功")
    void reviewNeedsACommentAndConfirmationAndCompleteData() throws Exception {
        long incomplete = draft(2012, "RD_INTENSITY");
        String missing = html(asAdmin(page("/evaluations/{id}", incomplete)));
        assertThat(missing).contains("以下数据缺失", "id=\"missing-list\"");
        assertThat(html(asAdmin(form("/evaluations/" + incomplete + "/review", Map.of("comment", "同意")))
                .andExpect(status().isBadRequest()))).contains("请勾选确认");
        assertThat(html(asAdmin(form("/evaluations/" + incomplete + "/review", Map.of("confirm", "yes")))
                .andExpect(status().isBadRequest()))).contains("请填写意见");
        assertThat(html(asAdmin(form("/evaluations/" + incomplete + "/review", Map.of("comment", "同意", "confirm", "yes")))
                .andExpect(status().isConflict()))).contains("评价数据不完整");

        int year = 2011;
        String data = asAdmin(get("/api/evaluations/data?year=" + year)).andReturn().getResponse().getContentAsString();
        List<String> zones = JsonPath.read(data, "$.zones[*].zone");
        for (String z : zones) {
            asAdmin(post("/api/evaluations/data/corrections", "{\"year\":" + year + ",\"zone\":\"" + z
                    + "\",\"indicator\":\"NEW_HIGH_TECH_ENTERPRISES\",\"value\":" + (10 + z.length()) + ",\"reason\":\"据年报核实\"}"))
                    .andDo(r -> assertThat(r.getResponse().getStatus()).as(z + ": " + r.getResponse().getContentAsString())
                            .isEqualTo(201));
        }
        long id = draft(year);
        asAdmin(form("/evaluations/" + id + "/review", Map.of("comment", "数据已核对，同意", "confirm", "yes")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/evaluations/" + id + "?done=review"));
        String reviewed = html(asAdmin(page("/evaluations/{id}", id)));
        assertThat(reviewed).contains("已审核", "发布", "确认发布该评价", "合格");
        asAdmin(get("/api/evaluations/{id}", id)).andExpect(jsonPath("$.status").value("REVIEWED"));
    }
}
