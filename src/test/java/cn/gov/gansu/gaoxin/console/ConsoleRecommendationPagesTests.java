package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.idev.excel.FastExcel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 直接推荐申报 page and the innovation page's 倍增计划 and listings, through the real security filters (MockMvc). */
class ConsoleRecommendationPagesTests extends IntegrationTest {

    static MockHttpServletRequestBuilder page(String url) {
        return MockMvcRequestBuilders.get(url).accept(MediaType.TEXT_HTML);
    }

    @Test
    @DisplayName("推荐页：管委会用表单提交，省厅在“待我决定”中见到并附意见采纳；不填意见得400并显示中文原因；导出Excel含该推荐")
    void zoneSubmitsAndTheProvinceDecidesOnThePage() throws Exception {
        String officer = zoneOfficer("baiyin");
        String name = unique("白银中试基地");
        as(officer, MockMvcRequestBuilders.post("/recommendations").param("zone", "baiyin").param("year", "2014")
                .param("category", "PLATFORM").param("name", name).param("amountYuan", "800000.00").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        String mine = as(officer, page("/recommendations")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("高新区直接推荐申报", name, "待省科技厅决定", "撤回", "提交推荐").doesNotContain("只看待我决定");

        String province = user("PROVINCE_ADMIN", null, null);
        Document todo = Jsoup.parse(as(province, page("/recommendations?todo=true&size=100")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String id = todo.select("tr:contains(" + name + ")").attr("data-id");
        assertThat(id).isNotBlank();
        assertThat(todo.select("tr[data-id=" + id + "] form.decide-form")).hasSize(1);
        assertThat(Integer.parseInt(todo.select("#recommendation-todo").text())).isGreaterThanOrEqualTo(1);
        assertThat(Jsoup.parse(mine).select("#recommendation-todo")).isEmpty();
        String refused = as(province, MockMvcRequestBuilders.post("/recommendations/{id}/decision", id).param("decision", "ACCEPT")
                .param("comment", "").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("决定意见");
        as(province, MockMvcRequestBuilders.post("/recommendations/{id}/decision", id).param("decision", "ACCEPT")
                .param("comment", "同意推荐").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        String after = as(officer, page("/recommendations?status=ACCEPTED&size=100")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains(name, "已采纳", "同意推荐");

        byte[] xlsx = as(officer, MockMvcRequestBuilders.get("/recommendations/export?status=ACCEPTED")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).get(4)).isEqualTo("名称");
        assertThat(rows.stream().filter(r -> name.equals(r.get(4))).map(r -> r.get(7))).containsExactly("已采纳");
        assertThat(rows.stream().filter(r -> name.equals(r.get(4))).map(r -> r.get(6))).containsExactly("800,000.00");
    }

    @Test
    @DisplayName("创新积分页：省厅用表单设定倍增目标后看到进度；上市与税收优惠表；不合法的目标显示中文原因")
    void innovationPageSetsADoublingTargetAndShowsListings() throws Exception {
        as("admin", ADMIN_PASSWORD, MockMvcRequestBuilders.post("/innovation/doubling-plan").param("zone", "jiayuguan").param("year", "2012")
                .param("qualification", "TECH_SME").param("baseYear", "2010").param("targetYear", "2015").param("targetCount", "400")
                .accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        String html = asAdmin(page("/innovation?zone=jiayuguan&year=2012")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("#doubling-targets tbody tr").text()).contains("科技型中小企业", "2010", "2015", "400");
        assertThat(doc.select("#listing-counts").text()).contains("科创板上市", "北交所上市");
        assertThat(doc.select("#incentive-sums").text()).contains("研发费用加计扣除额");
        as("admin", ADMIN_PASSWORD, MockMvcRequestBuilders.post("/innovation/doubling-plan").param("zone", "jiayuguan").param("year", "2012")
                .param("qualification", "TECH_SME").param("baseYear", "2015").param("targetYear", "2010").param("targetCount", "400")
                .accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("planError",
                        org.hamcrest.Matchers.containsString("targetYear")));
        String officer = zoneOfficer("jiayuguan");
        assertThat(Jsoup.parse(as(officer, page("/innovation")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#doubling-form")).isEmpty();

        // 导出Excel: three sheets, the target's counts as numbers; another zone's officer gets no file
        assertThat(doc.select("#growth-export").attr("href")).isEqualTo("/innovation/growth/export?zone=jiayuguan&year=2012");
        byte[] xlsx = asAdmin(MockMvcRequestBuilders.get("/innovation/growth/export?zone=jiayuguan&year=2012")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            org.apache.poi.ss.usermodel.Sheet plan = book.getSheet("倍增计划");
            assertThat(plan.getRow(0).getCell(0).getStringCellValue()).isEqualTo("资质");
            assertThat(plan.getRow(1).getCell(0).getStringCellValue()).isEqualTo("科技型中小企业");
            assertThat(plan.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(400.0);
            assertThat(book.getSheet("税收优惠").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(book.getSheet("上市情况").getLastRowNum()).isPositive();
        }
        assertThat(as(zoneOfficer("pingliang"), MockMvcRequestBuilders.get("/innovation/growth/export?zone=jiayuguan&year=2012"))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
    }
}
