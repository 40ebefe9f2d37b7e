package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every role signs in and opens every entry of the menu it is shown, then every page's Excel export:
 * none answers an error (the 审计日志 page once answered 500 on every load). The same walk runs in
 * a real browser in {@link ConsoleMenuBrowserTests}.
 */
class ConsoleMenuWalkTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    static final Pattern MENU = Pattern.compile("<nav[^>]*class=\"menu\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    static final Pattern HREF = Pattern.compile("<a[^>]*href=\"([^\"]+)\"", Pattern.DOTALL);
    static final Pattern EXPORT = Pattern.compile("<a[^>]*class=\"[^\"]*export[^\"]*\"[^>]*href=\"([^\"]+)\"|<a[^>]*href=\"([^\"]+)\"[^>]*class=\"[^\"]*export",
            Pattern.DOTALL);

    /** A fresh user of {@code role} with a scope that role needs, created through the admin API. */
    String userOf(Role role) throws Exception {
        return switch (role) {
            case ZONE_OFFICER -> zoneOfficer("lanzhou");
            case CITY_OFFICER -> cityOfficer("lanzhou-city");
            case ENTERPRISE -> user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou"));
            default -> user(role.name(), null, null);
        };
    }

    static List<String> menuLinks(String html) {
        Matcher nav = MENU.matcher(html);
        assertThat(nav.find()).as("the page has the menu").isTrue();
        List<String> links = new ArrayList<>();
        Matcher a = HREF.matcher(nav.group(1));
        while (a.find()) {
            links.add(a.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    String open(String user, String url) throws Exception {
        MockHttpServletResponse r = as(user, MockMvcRequestBuilders.get(url).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        int code = r.getStatus();
        if (code >= 300 && code < 400 && url.startsWith("/swagger-ui")) {
            return "";
        }
        assertThat(code).as(user + " opens " + url + " (" + r.getErrorMessage() + ")").isEqualTo(200);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(url).doesNotContain("服务器内部错误").doesNotContain("Whitelabel Error Page");
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    @DisplayName("每个角色登录后能打开菜单中的每一项及其导出，没有错误页")
    void everyRoleOpensEveryMenuEntryAndExport(Role role) throws Exception {
        String user = userOf(role);
        String home = open(user, "/");
        List<String> links = menuLinks(home);
        assertThat(links).as("the menu shown to " + role).contains("/", "/account/password");
        Set<String> exports = new LinkedHashSet<>();
        for (String link : links) {
            String body = open(user, link);
            Matcher e = EXPORT.matcher(body);
            while (e.find()) {
                exports.add((e.group(1) != null ? e.group(1) : e.group(2)).replace("&amp;", "&"));
            }
        }
        for (String export : exports) {
            MockHttpServletResponse r = as(user, MockMvcRequestBuilders.get(export)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(r.getContentType()).as(export).startsWith("application/vnd.openxmlformats");
        }
        assertThat(audit.page("EXPORT", null, 0, 10_000).stream().filter(e -> e.actor().equals(user)))
                .as("every export by " + user + " is in the audit log").hasSize(exports.size());
        if (role == Role.SECURITY_ADMIN || role == Role.AUDIT_ADMIN) {
            // security: leave the three administrators' duties unseparated for the tests that follow
            asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/admin/users/{u}/disable", user)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        }
        if (role == Role.AUDITOR || role == Role.PROVINCE_ADMIN || role == Role.AUDIT_ADMIN) {
            assertThat(links).contains("/audit");
            assertThat(exports).anyMatch(x -> x.startsWith("/audit/export"));
        } else {
            assertThat(links).doesNotContain("/audit");
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("审计日志页按对象筛选时能打开，导出链接带着筛选条件")
    void auditPageOpensWithAFilterAndItsExportKeepsTheFilter() throws Exception {
        String auditor = userOf(Role.AUDITOR);
        String body = open(auditor, "/audit?subjectType=USER&subjectId=" + auditor);
        Matcher e = EXPORT.matcher(body);
        assertThat(e.find()).isTrue();
        String export = (e.group(1) != null ? e.group(1) : e.group(2)).replace("&amp;", "&");
        assertThat(export).isEqualTo("/audit/export?subjectType=USER&subjectId=" + auditor);
        assertThat(open(auditor, "/audit")).contains("id=\"export\"");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("审计日志页的完整性校验显示“完好”及三张表的校验行数")
    void auditPageVerifiesTheHashChains() throws Exception {
        String auditor = userOf(Role.AUDITOR);
        String body = open(auditor, "/audit?verify=1");
        assertThat(body).contains("id=\"verification\"", "完好：", "审计日志", "奖补办理记录", "资金台账");
        assertThat(open(auditor, "/audit")).contains("id=\"verify\"").doesNotContain("id=\"verification\"");
    }
}
