package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.gov.gansu.gaoxin.support.PdfText;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 高新区年度画像 page and its Excel exports through the real security filters (MockMvc). */
class ConsoleProfilePagesTests extends IntegrationTest {

    static MockHttpServletRequestBuilder page(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.TEXT_HTML);
    }

    @Test
    @DisplayName("画像页：所选高新区与年度的21条依次显示，中文标题与条目，菜单有入口；管委会只能选本区")
    void showsTheTwentyOneClausesOfTheChosenZoneAndYear() throws Exception {
        String html = asAdmin(page("/profile").param("zone", "jiayuguan").param("year", "2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("高新区年度画像", "嘉峪关", "第1条 推动创建国家高新区", "第21条 ", "年末状态", "导出本区画像Excel",
                "href=\"/profile\"");
        assertThat(html.split("data-clause=").length - 1).isEqualTo(21);
        String officer = zoneOfficer("minle");
        String mine = as(officer, page("/profile")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("民乐").doesNotContain("value=\"lanzhou\"");
        assertThat(as(officer, page("/profile").param("zone", "lanzhou")).andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    @DisplayName("导出Excel：本区画像每条至少一行；年度报告含数据范围内全部高新区，他区管委会导出他区得404")
    void exportsTheZoneAndTheAnnualReport() throws Exception {
        byte[] xlsx = asAdmin(MockMvcRequestBuilders.get("/api/zones/jiayuguan/profile/export?year=2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).values()).containsExactly("高新区", "条款", "条款标题", "项目", "数值");
        assertThat(rows.stream().skip(1).map(r -> r.get(1)).distinct()).hasSize(21);
        String officer = zoneOfficer("pingliang");
        byte[] annual = as(officer, MockMvcRequestBuilders.get("/api/reports/annual?year=2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> mine = FastExcel.read(new ByteArrayInputStream(annual)).headRowNumber(0).sheet().doReadSync();
        assertThat(mine.stream().skip(1).map(r -> r.get(0)).distinct().toList()).allMatch(n -> n.contains("平凉"));
        as(officer, MockMvcRequestBuilders.get("/api/zones/jiayuguan/profile/export?year=2025")).andExpect(status().isNotFound());

        String all = PdfText.of("annual-report", asAdmin(MockMvcRequestBuilders.get("/api/reports/annual.pdf?year=2025"))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(all).contains("甘肃省高新区高质量发展年度报告（2025年度）", "各高新区主要数据对比", "第10条·年末区内企业",
                "兰州", "平凉", "各高新区分条情况", "第21条").doesNotContain("lanzhou", "PROVINCE");
        String own = PdfText.of("annual-report-pingliang", as(officer, MockMvcRequestBuilders.get("/api/reports/annual.pdf?year=2025"))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(own).contains("平凉", "2025年度", "第21条").doesNotContain("兰州", "各高新区主要数据对比");
        as(officer, MockMvcRequestBuilders.get("/api/zones/jiayuguan/profile/export.pdf?year=2025")).andExpect(status().isNotFound());
        as(officer, MockMvcRequestBuilders.get("/api/reports/annual.pdf?year=1999")).andExpect(status().isBadRequest());
        assertThat(asAdmin(page("/profile").param("zone", "pingliang").param("year", "2025")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/api/reports/annual.pdf?year=2025",
                "/api/zones/pingliang/profile/export.pdf?year=2025");
    }

    @Test
    @DisplayName("企业创新积分页：本区排名从高到低、缺数据者注明缺少的数据、梯次培育表；导出Excel与页面一致；他区管委会查询他区得403")
    void innovationPageRanksTheZoneAndExports() throws Exception {
        String strong = enterpriseIn("jinchang");
        String partial = enterpriseIn("jinchang");
        asAdmin(put("/api/enterprises/{u}/statistics/2011",
                "{\"revenue\":90000000,\"highTechRevenue\":70000000,\"employees\":300,\"rdStaff\":60,\"rdExpense\":6000000}", strong))
                .andExpect(status().isOk());
        asAdmin(put("/api/enterprises/{u}/statistics/2011", "{\"revenue\":1000000,\"employees\":10}", partial)).andExpect(status().isOk());
        String html = asAdmin(page("/innovation").param("zone", "jinchang").param("year", "2011").param("size", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("企业创新积分 · 2011年度", "梯次培育", "科技型中小企业", "候选", "研发费用", "导出Excel", "高新技术企业培育候选", "国科发火〔2016〕32号");
        assertThat(html.indexOf(strong)).isPositive().isLessThan(html.indexOf(partial));
        byte[] xlsx = asAdmin(MockMvcRequestBuilders.get("/api/innovation-points/export?zone=jinchang&year=2011")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).values()).containsExactlyElementsOf(InnovationPages.EXPORT_HEADERS);
        assertThat(rows.get(1).get(2)).isEqualTo(strong);
        assertThat(rows.get(1).get(0)).isEqualTo("1");
        String officer = zoneOfficer("zhangye");
        assertThat(as(officer, page("/innovation").param("zone", "jinchang")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    @DisplayName("发展记录页：管委会用表单登记本区记录后在列表中看到中文类型与类别；类别不符得400并保留所填；导出Excel含该记录")
    void developmentRecordsPageRecordsListsAndExports() throws Exception {
        String officer = zoneOfficer("longxi");
        String name = unique("陇西中医药产业链");
        as(officer, MockMvcRequestBuilders.post("/development").param("zone", "longxi").param("year", "2013")
                .param("kind", "INDUSTRIAL_CHAIN").param("name", name).param("people", "李某").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        String html = as(officer, page("/development").param("zone", "longxi").param("year", "2013")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("高新区发展记录", name, "产业链（链长制）", "第12条", "登记发展记录", "导出Excel");
        String bad = as(officer, MockMvcRequestBuilders.post("/development").param("zone", "longxi").param("year", "2013")
                .param("kind", "FINANCE").param("category", "POWER_LIST").param("name", "保留的名称").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("category", "保留的名称");
        byte[] xlsx = as(officer, MockMvcRequestBuilders.get("/api/zones/longxi/development-records/export?year=2013"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).values()).containsExactlyElementsOf(DevelopmentPages.EXPORT_HEADERS);
        assertThat(rows.stream().map(r -> r.get(6))).contains(name);
        assertThat(as(officer, page("/development").param("zone", "lanzhou")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
