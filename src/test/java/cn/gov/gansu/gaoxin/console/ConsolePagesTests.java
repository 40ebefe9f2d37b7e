package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.idev.excel.FastExcel;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The console's pages and the Excel export through the real security filters (MockMvc). */
class ConsolePagesTests extends IntegrationTest {

    static final List<String> SEEDED_ZONES = List.of("lanzhou", "baiyin", "jiayuguan", "jinchang", "zhangye", "pingliang",
            "dingxi", "minle", "yumen", "longxi", "qingcheng");

    @Autowired
    AccountManagement accounts;

    static MockHttpServletRequestBuilder page(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.TEXT_HTML);
    }

    static MockHttpServletRequestBuilder form(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
        fields.forEach(b::param);
        return b;
    }

    String html(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    String enterpriseNamed(String zone, String name, String industryCode) throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"" + name + "\",\"zone\":\"" + zone
                + "\",\"industryCode\":\"" + industryCode + "\",\"industryName\":\"医药制造业\"}")).andExpect(status().isCreated());
        return uscc;
    }

    @Test
    @DisplayName("未登录访问首页被引导到中文登录页")
    void anonymousVisitorIsSentToTheChineseSignInPage() throws Exception {
        mvc.perform(page("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(page("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户登录")))
                .andExpect(content().string(containsString("甘肃省高新区高质量发展政策管理平台")))
                .andExpect(content().string(containsString("lang=\"zh-CN\"")));
    }

    @Test
    @DisplayName("不存在的页面显示中文错误页")
    void unknownPageShowsAChineseErrorPage() throws Exception {
        String body = mvc.perform(page("/no-such-page").header("Authorization", basic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (body.isEmpty()) {
            // MockMvc does not forward to /error; the error view itself is rendered here directly
            body = mvc.perform(page("/error").header("Authorization", basic("admin", ADMIN_PASSWORD))
                    .requestAttr("jakarta.servlet.error.status_code", 404))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(body).contains("您访问的页面不存在", "返回首页");
    }

    @Test
    @DisplayName("英文界面只在明确切换时出现，并记在cookie中")
    void englishAppearsOnlyWhenChosenAndIsRemembered() throws Exception {
        Cookie chosen = mvc.perform(page("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gansu High-Tech Zone Policy Platform")))
                .andExpect(cookie().value(LocaleConfiguration.COOKIE, "en"))
                .andReturn().getResponse().getCookie(LocaleConfiguration.COOKIE);
        mvc.perform(page("/login").cookie(chosen)).andExpect(content().string(containsString("Sign in")));
        mvc.perform(page("/login").param("lang", "fr")).andExpect(content().string(containsString("用户登录")));
        mvc.perform(page("/login").cookie(chosen).param("lang", "zh-CN")).andExpect(content().string(containsString("用户登录")));
    }

    @Test
    @DisplayName("首页有框架（平台名、用户、角色与范围、退出、菜单）和全部11个高新区")
    void homeShowsTheFrameAndTheElevenSeededZones() throws Exception {
        String body = html(asAdmin(page("/")).andExpect(status().isOk()));
        assertThat(body).contains("甘肃省高新区高质量发展政策管理平台", "初始管理员", "省科技厅管理员", "退出", "修改密码",
                "高新区", "企业", "接口文档", "全省高新区", "兰州高新技术产业开发区", "国家级", "省级");
        for (String zone : SEEDED_ZONES) {
            assertThat(body).contains("data-zone=\"" + zone + "\"", "href=\"/zones/" + zone + "#history\"");
        }
        assertThat(body).as("every working page is in the menu")
                .contains("href=\"/awards\"", "href=\"/budgets\"", "href=\"/policy\"", "href=\"/audit\"",
                        "href=\"/platforms\"", "href=\"/evaluations\"", "href=\"/targets\"");
    }

    @Test
    @DisplayName("高新区管委会工作人员的企业列表只有本区企业，筛选他区得到中文403页")
    void zoneOfficerSeesOnlyTheirZonesEnterprises() throws Exception {
        String own = enterpriseIn("jiayuguan");
        String other = enterpriseIn("lanzhou");
        String officer = zoneOfficer("jiayuguan");
        String body = html(as(officer, page("/enterprises").param("size", "100")).andExpect(status().isOk()));
        assertThat(body).contains(own, "高新区管委会工作人员 · 嘉峪关高新技术产业开发区").doesNotContain(other);
        assertThat(body).as("zone choices are only those in scope").contains("value=\"jiayuguan\"").doesNotContain("value=\"lanzhou\"");
        assertThat(html(as(officer, page("/enterprises").param("zone", "lanzhou")).andExpect(status().isForbidden())))
                .contains("无权查看高新区");
        assertThat(html(as(officer, page("/enterprises/{u}", other)).andExpect(status().isNotFound())))
                .contains("不在您的数据范围内").doesNotContain("测试科技有限公司" + other.substring(10));
        as(officer, page("/zones/lanzhou")).andExpect(status().isNotFound());
        assertThat(html(as(officer, page("/")).andExpect(status().isOk())))
                .contains("data-zone=\"jiayuguan\"").doesNotContain("data-zone=\"lanzhou\"");
    }

    @Test
    @DisplayName("企业列表按名称筛选、分页（含总数）、排序，htmx请求只返回列表片段")
    void enterpriseListFiltersPagesAndSorts() throws Exception {
        String prefix = unique("分页测试");
        for (int i = 0; i < 23; i++) {
            enterpriseNamed("baiyin", prefix + "科技有限公司" + (char) ('A' + i), "2710");
        }
        String first = html(asAdmin(page("/enterprises").param("name", prefix).param("sort", "name").param("size", "10")).andExpect(status().isOk()));
        assertThat(first).contains("共 23 条", "第 1 / 3 页", "导出Excel", "查询", "重置");
        assertThat(count(first, "data-uscc=")).isEqualTo(10);
        assertThat(first).contains(prefix + "科技有限公司A").doesNotContain(prefix + "科技有限公司K");
        String last = html(asAdmin(page("/enterprises").param("name", prefix).param("size", "10").param("page", "3")));
        assertThat(count(last, "data-uscc=")).isEqualTo(3);
        String byNameDesc = html(asAdmin(page("/enterprises").param("name", prefix).param("sort", "-name").param("size", "10")));
        assertThat(byNameDesc.indexOf(prefix + "科技有限公司W")).isPositive()
                .isLessThan(byNameDesc.indexOf(prefix + "科技有限公司V"));
        assertThat(byNameDesc).contains("aria-sort=\"descending\"");
        String fragment = html(asAdmin(page("/enterprises").param("name", prefix).header("HX-Request", "true")));
        assertThat(fragment).doesNotContain("<html").contains("id=\"list\"", "共 23 条");
        assertThat(html(asAdmin(page("/enterprises").param("name", prefix).param("industry", "39"))))
                .contains("共 0 条", "没有符合条件的记录");
        assertThat(html(asAdmin(page("/enterprises").param("name", prefix).param("size", "7"))))
                .as("an unknown page size falls back to 20").contains("第 2 / 2 页".replace("2 / 2", "1 / 2"));
        assertThat(html(asAdmin(page("/enterprises").param("sort", "drop table")).andExpect(status().isBadRequest())))
                .contains("参数“sort”");
    }

    @Test
    @DisplayName("企业详情：入驻记录、资质有效期、国家项目、统计表（万元两位小数、千分位）")
    void enterpriseDetailShowsHistoryQualificationsProjectsAndStatistics() throws Exception {
        String uscc = enterpriseNamed("lanzhou", "兰州详情测试生物医药有限公司", "2761");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR202462000777\",\"date\":\"2025-11-03\"}", uscc)).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises/{u}/national-projects", "{\"programme\":\"KEY_RD\",\"project\":\"2024YFB0000777\","
                + "\"title\":\"某关键技术\",\"fundingLandedYuan\":\"4200000.00\",\"date\":\"2024-08-01\"}", uscc))
                .andExpect(status().isCreated());
        asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":\"123456789.00\",\"employees\":1234}", uscc))
                .andExpect(status().isOk());
        String body = html(asAdmin(page("/enterprises/{u}", uscc)).andExpect(status().isOk()));
        assertThat(body).contains("兰州详情测试生物医药有限公司", "入驻记录", "兰州高新区", "至今",
                "高新技术企业", "GR202462000777", "2025-11-03", "2028-11-02", "有效",
                "国家重点研发计划", "2024YFB0000777", "420.00",
                "年度统计", "营业收入（万元）", "12,345.68", "1,234", "—");
    }

    @Test
    @DisplayName("高新区详情：级别、状态及其记录、重点产业与主导产业并列，主导产业不在2-3个时提示")
    void zoneDetailShowsIndustriesSideBySideAndWarnsOutsideTwoToThree() throws Exception {
        String lanzhou = html(asAdmin(page("/zones/lanzhou")).andExpect(status().isOk()));
        assertThat(lanzhou).contains("兰州高新技术产业开发区", "国家级", "国家高新区", "1991-03-06", "兰州市", "id=\"history\"",
                "重点产业（第13条）", "实际主导产业", "生物医药", "新材料", "级别与状态变更记录", "初始参考数据")
                .doesNotContain("id=\"leading-warning\"");
        String code = unique("ui-zone").toLowerCase();
        asAdmin(post("/api/zones", "{\"code\":\"" + code + "\",\"name\":\"静宁\",\"city\":\"pingliang-city\","
                + "\"recognisedOn\":\"2025-06-01\"}")).andExpect(status().isCreated());
        assertThat(html(asAdmin(page("/zones/{c}", code)).andExpect(status().isOk())))
                .contains("id=\"leading-warning\"", "第12条要求高新区确定2-3个主导产业，当前为0个", "尚未确定主导产业");
        assertThat(html(asAdmin(page("/zones")).andExpect(status().isOk()))).contains("高新区名录", "兰州高新技术产业开发区");
    }

    @Test
    @DisplayName("修改密码：字段旁中文错误、密码从不回显；首次登录被引导至此，改后即可使用")
    void passwordPageChangesTheGeneratedPasswordAtFirstSignIn() throws Exception {
        String name = unique("first-");
        String generated = "Generated-Pass-42";
        accounts.createSystemAccount(new DataScope(name, Role.PROVINCE_ADMIN, null, null, null), "首次用户", generated, true);
        as(name, generated, page("/enterprises")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"));
        assertThat(html(as(name, generated, page("/account/password")).andExpect(status().isOk())))
                .contains("修改密码", "首次登录须先修改系统生成的初始密码", "当前密码", "确认新密码");

        String wrongCurrent = html(as(name, generated, form("/account/password", Map.of("currentPassword", "nope",
                "newPassword", "Brand-New-Pass-7", "confirmPassword", "Brand-New-Pass-7"))).andExpect(status().isBadRequest()));
        assertThat(wrongCurrent).contains("id=\"currentPassword-error\"", "当前密码不正确").doesNotContain("Brand-New-Pass-7");

        String weak = html(as(name, generated, form("/account/password", Map.of("currentPassword", generated,
                "newPassword", "short", "confirmPassword", "short"))).andExpect(status().isBadRequest()));
        assertThat(weak).contains("id=\"newPassword-error\"", "新密码不符合要求").doesNotContain(generated);

        String mismatch = html(as(name, generated, form("/account/password", Map.of("currentPassword", generated,
                "newPassword", "Brand-New-Pass-7", "confirmPassword", "Brand-New-Pass-8"))).andExpect(status().isBadRequest()));
        assertThat(mismatch).contains("两次输入的新密码不一致");

        as(name, generated, form("/account/password", Map.of("currentPassword", generated, "newPassword", "Brand-New-Pass-7",
                "confirmPassword", "Brand-New-Pass-7"))).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        as(name, "Brand-New-Pass-7", page("/enterprises")).andExpect(status().isOk());
        as(name, generated, page("/")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("导出Excel：xlsx内容类型、中文表头，管委会工作人员只导出本区企业")
    void exportIsAnXlsxHoldingOnlyTheCallersScope() throws Exception {
        String own = enterpriseIn("jinchang");
        String other = enterpriseIn("zhangye");
        String officer = zoneOfficer("jinchang");
        byte[] xlsx = as(officer, MockMvcRequestBuilders.get("/api/enterprises/export"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(EnterpriseExport.XLSX)))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = read(xlsx);
        assertThat(rows.get(0)).containsValues("统一社会信用代码", "企业名称", "所属高新区", "有效资质");
        List<Map<Integer, String>> data = rows.subList(1, rows.size());
        assertThat(data).isNotEmpty().allSatisfy(r -> assertThat(r.get(2)).isEqualTo("金昌高新区"));
        assertThat(data).extracting(r -> r.get(0)).contains(own).doesNotContain(other);

        as(officer, MockMvcRequestBuilders.get("/api/enterprises/export").param("zone", "zhangye"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权导出")));

        List<Map<Integer, String>> adminRows = read(asAdmin(MockMvcRequestBuilders.get("/api/enterprises/export")
                .param("name", other)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(adminRows).hasSize(2);
        assertThat(adminRows.get(1).get(0)).isEqualTo(other);
        assertThat(adminRows.get(1).get(2)).isEqualTo("张掖高新区");
    }

    @Test
    @DisplayName("导出的资质列与列表页的有效资质一致")
    void exportCarriesTheValidQualificationsTheListShows() throws Exception {
        String uscc = enterpriseIn("minle");
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR202462000888\",\"date\":\"2025-11-03\"}", uscc)).andExpect(status().isCreated());
        List<Map<Integer, String>> rows = read(asAdmin(MockMvcRequestBuilders.get("/api/enterprises/export")
                .param("qualification", "HIGH_TECH_ENTERPRISE").param("zone", "minle"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).contains(uscc);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(5)).contains("高新技术企业"));
        assertThat(html(asAdmin(page("/enterprises").param("zone", "minle").param("qualification", "HIGH_TECH_ENTERPRISE"))))
                .contains(uscc).doesNotContain("value=\"TECH_SME\" selected");
    }

    static List<Map<Integer, String>> read(byte[] xlsx) {
        return FastExcel.read(new ByteArrayInputStream(xlsx)).sheet().headRowNumber(0).doReadSync();
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
