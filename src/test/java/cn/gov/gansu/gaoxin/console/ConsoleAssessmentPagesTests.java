package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.form;
import static cn.gov.gansu.gaoxin.console.ConsolePagesTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** 政策测算 page: an event assessed with amount, payer, chain and grounds, nothing stored; a parameter's what-if, then its proposal. */
class ConsoleAssessmentPagesTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    @DisplayName("事件测算：新认定高企显示可享受、20万元（万元与元）、付款单位、审批流程和依据；不保存任何数据；国家项目落地资金不足为不可享受并说明理由")
    void assessesAnEventWithoutStoringAnything() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        String page = html(asAdmin(page("/policy/assessment")).andExpect(status().isOk()));
        assertThat(page).contains("政策测算", "事件测算", "参数测算", "企业获得资质认定（第10条）", "href=\"/policy/assessment\"");
        long awards = count("award");
        long audits = count("audit_log");
        String result = html(asAdmin(form("/policy/assessment", Map.of("type", "QUALIFICATION_RECOGNISED", "enterprise", uscc,
                "qualification", "HIGH_TECH_ENTERPRISE", "recognition", "FIRST", "date", "2025-06-01"))).andExpect(status().isOk()));
        assertThat(result).contains("测算结果", "data-outcome=\"ELIGIBLE\"", "可享受", "新认定高新技术企业奖补", "第10条", "20.00",
                "200,000.00 元", "定额", "省科技厅", "2026年度", "高新区管委会工作人员 → ", "省科技厅管理员", "依据第10条",
                "测试科技有限公司")
                .doesNotContain("PROVINCE_DEPARTMENT", "ZONE_OFFICER", "NEW_HIGH_TECH_ENTERPRISE<");
        assertThat(count("award")).isEqualTo(awards);
        assertThat(count("audit_log")).isEqualTo(audits);

        String small = html(asAdmin(form("/policy/assessment", Map.of("type", "NATIONAL_PROJECT_WON", "enterprise", uscc, "zone", "lanzhou",
                "programme", "KEY_RD", "project", "2025YFB0000001", "fundingWan", "100", "date", "2025-03-01"))).andExpect(status().isOk()));
        assertThat(small).contains("data-outcome=\"INELIGIBLE\"", "不可享受", "300万元");
        String big = html(asAdmin(form("/policy/assessment", Map.of("type", "NATIONAL_PROJECT_WON", "enterprise", uscc, "zone", "lanzhou",
                "programme", "KEY_RD", "project", "2025YFB0000002", "fundingWan", "420", "date", "2025-03-01"))).andExpect(status().isOk()));
        assertThat(big).contains("data-outcome=\"ELIGIBLE\"", "第5条", "420,000.00 元", "4200000.00元");
    }

    @Test
    @DisplayName("事件测算的错误输入：缺日期为信息不足；日期、金额非法、未选类型均为400中文提示，已填内容保留；非省级角色403")
    void badInputIsExplainedAndKept() throws Exception {
        String uscc = enterpriseIn("baiyin");
        String noDate = html(asAdmin(form("/policy/assessment", Map.of("type", "QUALIFICATION_RECOGNISED", "enterprise", uscc,
                "qualification", "HIGH_TECH_ENTERPRISE", "recognition", "FIRST"))).andExpect(status().isOk()));
        assertThat(noDate).contains("data-outcome=\"UNKNOWN\"", "信息不足");   // missing is never assumed
        String badDate = html(asAdmin(form("/policy/assessment", Map.of("type", "QUALIFICATION_RECOGNISED", "enterprise", uscc,
                "qualification", "HIGH_TECH_ENTERPRISE", "recognition", "FIRST", "date", "2025-13-01"))).andExpect(status().isBadRequest()));
        assertThat(badDate).contains("id=\"fact-error\"", "date", "value=\"" + uscc + "\"", "value=\"2025-13-01\"");
        assertThat(html(asAdmin(form("/policy/assessment", Map.of("type", "NATIONAL_PROJECT_WON", "enterprise", uscc,
                "programme", "KEY_RD", "fundingWan", "四百万", "date", "2025-03-01"))).andExpect(status().isBadRequest())))
                .contains("在甘落地资金须为万元数额");
        assertThat(html(asAdmin(form("/policy/assessment", Map.of("date", "2025-03-01"))).andExpect(status().isBadRequest())))
                .contains("请选择事件类型");
        as(zoneOfficer("baiyin"), page("/policy/assessment")).andExpect(status().isForbidden());
        assertThat(html(as(zoneOfficer("baiyin"), page("/")))).doesNotContain("href=\"/policy/assessment\"");
    }

    @Test
    @DisplayName("参数测算：草拟新值显示测算影响（与提案保存的相同）；管理员可据此提交提案，财务人员只能测算")
    void whatIfThenProposal() throws Exception {
        String maker = user("PROVINCE_ADMIN", null, null);
        Map<String, String> draft = Map.of("name", "NEW_HIGH_TECH_ENTERPRISE.amountYuan", "value", "300000", "validFrom", "2096-01-01");
        String shown = html(as(maker, form("/policy/what-if", draft)).andExpect(status().isOk()));
        assertThat(shown).contains("id=\"whatif-result\"", "测算事件", "现行规则合计", "金额变化", "id=\"whatif-propose\"", "以此提交提案",
                "value=\"300000\"");
        String finance = user("PROVINCE_FINANCE", null, null);
        assertThat(html(as(finance, form("/policy/what-if", draft)).andExpect(status().isOk())))
                .contains("id=\"whatif-result\"").doesNotContain("id=\"whatif-propose\"");
        assertThat(html(as(maker, form("/policy/what-if", Map.of("name", "NEW_HIGH_TECH_ENTERPRISE.amountYuan", "value", "300000")))
                .andExpect(status().isBadRequest()))).contains("id=\"whatif-error\"", "validFrom");
        String location = as(maker, form("/policy/proposals/version", Map.of("name", "NEW_HIGH_TECH_ENTERPRISE.amountYuan", "value", "300000",
                "validFrom", "2096-01-01", "note", "测算后提交"))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/policy?proposed=");
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
        asAdmin(get("/api/policy/proposals/{id}", id)).andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.proposedBy").value(maker));
    }
}
