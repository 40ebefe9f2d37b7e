package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.form;
import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.html;
import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 企业登记与资料录入 forms (issue 9 item 1), through the real security filters. */
class ConsoleEnterpriseFormsTests extends IntegrationTest {

    @Test
    @DisplayName("高新区工作人员在页面上登记本区企业、录入高企认定，奖补随即出现")
    void aZoneOfficerRegistersAndCertifiesAnEnterpriseAndTheAwardAppears() throws Exception {
        String officer = zoneOfficer("jinchang");
        String list = html(as(officer, page("/enterprises")).andExpect(status().isOk()));
        assertThat(list).contains("id=\"new-enterprise\"");
        assertThat(html(as(officer, page("/enterprises/new")).andExpect(status().isOk()))).contains("金昌");
        String uscc = newUscc();
        as(officer, form("/enterprises/new", Map.of("uscc", uscc.toLowerCase(), "name", "金昌表单测试新材料有限公司",
                "zone", "jinchang", "industryCode", "32"))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises/" + uscc));
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(status().isOk()).andExpect(jsonPath("$.zone").value("jinchang"))
                .andExpect(jsonPath("$.industryName").value("有色金属冶炼和压延加工业"));
        String detail = html(as(officer, page("/enterprises/{u}", uscc)).andExpect(status().isOk()));
        assertThat(detail).contains("qualification-form", "statistics-form", "project-form",
                "<option value=\"HIGH_TECH_ENTERPRISE\">高新技术企业</option>", "<option value=\"RENEWAL\">重新认定</option>",
                "<option value=\"KEY_RD\">国家重点研发计划</option>", "<option value=\"GAZELLE\">瞪羚企业</option>");

        as(officer, form("/enterprises/{u}/qualifications", Map.of("qualification", "HIGH_TECH_ENTERPRISE", "recognition", "FIRST",
                "certificate", "GR202562000777", "date", "2025-11-03"), uscc)).andExpect(status().is3xxRedirection());
        String awards = asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(awards, "$.items[*].line")).contains("NEW_HIGH_TECH_ENTERPRISE");
    }

    @Test
    @DisplayName("校验位错误的统一社会信用代码：表单保留所填内容，并在字段旁说明应为哪个校验位")
    void aWrongCheckCharacterIsExplainedNextToTheField() throws Exception {
        String officer = zoneOfficer("zhangye");
        String good = newUscc();
        char last = good.charAt(17);
        String wrong = good.substring(0, 17) + (last == '0' ? '1' : '0');
        String body = html(as(officer, form("/enterprises/new", Map.of("uscc", wrong, "name", "张掖校验测试有限公司",
                "zone", "zhangye"))).andExpect(status().isBadRequest()));
        assertThat(body).contains("id=\"uscc-error\"", "第18位应为“" + last + "”", "张掖校验测试有限公司");
        asAdmin(get("/api/enterprises/{u}", wrong)).andExpect(status().isBadRequest());
        assertThat(Uscc.isValid(wrong)).isFalse();
    }

    @Test
    @DisplayName("高新区工作人员不能在页面上把企业登记到其他高新区")
    void aZoneOfficerCannotRegisterIntoAnotherZone() throws Exception {
        String officer = zoneOfficer("yumen");
        String uscc = newUscc();
        String body = html(as(officer, form("/enterprises/new", Map.of("uscc", uscc, "name", "越权测试有限公司", "zone", "lanzhou")))
                .andExpect(status().isForbidden()));
        assertThat(body).contains("只能在本高新区登记企业");
        asAdmin(get("/api/enterprises/{u}", uscc)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("年度统计以万元录入、按元保存；留空的项目是未报送，不是0；错误显示在字段旁")
    void statisticsAreTypedInWanAndBlanksStayMissing() throws Exception {
        String officer = zoneOfficer("pingliang");
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"平凉统计测试有限公司\",\"zone\":\"pingliang\"}"))
                .andExpect(status().isCreated());
        as(officer, form("/enterprises/{u}/statistics", Map.of("year", "2024", "revenue", "1,234.5", "employees", "88"), uscc))
                .andExpect(status().is3xxRedirection());
        String json = asAdmin(get("/api/enterprises/{u}", uscc)).andReturn().getResponse().getContentAsString();
        assertThat(new java.math.BigDecimal(JsonPath.<Object>read(json, "$.statistics[0].revenue").toString()))
                .isEqualByComparingTo("12345000");
        assertThat(JsonPath.<Object>read(json, "$.statistics[0].highTechRevenue")).isNull();
        String bad = html(as(officer, form("/enterprises/{u}/statistics", Map.of("year", "2024", "revenue", "100",
                "highTechRevenue", "200"), uscc)).andExpect(status().isBadRequest()));
        assertThat(bad).contains("s-highTechRevenue-error", "不能大于营业收入");
        assertThat(html(as(officer, form("/enterprises/{u}/statistics", Map.of("year", "abc"), uscc))
                .andExpect(status().isBadRequest()))).contains("s-year-error");
    }

    @Test
    @DisplayName("企业用户看不到登记和录入资质的表单，审计人员什么表单也看不到")
    void formsAreShownOnlyToThoseWhoMayUseThem() throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"庆城表单权限测试有限公司\",\"zone\":\"qingcheng\"}"))
                .andExpect(status().isCreated());
        String auditor = user("AUDITOR", null, null);
        String page = html(as(auditor, page("/enterprises/{u}", uscc)).andExpect(status().isOk()));
        assertThat(page).doesNotContain("qualification-form", "statistics-form");
        as(auditor, page("/enterprises/new")).andExpect(status().isForbidden());
        as(auditor, form("/enterprises/{u}/qualifications", Map.of("qualification", "TECH_SME", "recognition", "FIRST",
                "date", "2025-01-02"), uscc)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("高新区工作人员在页面上登记本区孵化器；缺少日期时错误显示在字段旁，所填内容保留")
    void aZoneOfficerRegistersAnIncubator() throws Exception {
        String officer = zoneOfficer("longxi");
        assertThat(html(as(officer, page("/platforms")).andExpect(status().isOk()))).contains("id=\"new-platform\"");
        String name = unique("陇西中医药孵化器");
        String bad = html(as(officer, form("/platforms/new", Map.of("kind", "INCUBATOR", "level", "PROVINCIAL", "name", name,
                "zone", "longxi"))).andExpect(status().isBadRequest()));
        assertThat(bad).contains("p-recognisedOn-error", name);
        as(officer, form("/platforms/new", Map.of("kind", "INCUBATOR", "level", "PROVINCIAL", "name", name, "zone", "longxi",
                "recognisedOn", "2024-06-01", "industryName", "中医药", "industryCode", "27"))).andExpect(status().is3xxRedirection());
        assertThat(html(as(officer, page("/platforms?zone=longxi")).andExpect(status().isOk()))).contains(name);
        String other = html(as(officer, form("/platforms/new", Map.of("kind", "INCUBATOR", "level", "PROVINCIAL", "name", name,
                "zone", "lanzhou", "recognisedOn", "2024-06-01", "industryName", "中医药", "industryCode", "27")))
                .andExpect(status().isForbidden()));
        assertThat(other).contains("只能登记本高新区的创新平台");
    }
}
