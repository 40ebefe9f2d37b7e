package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * issue 8 item 6: every response carries the content security policy (default-src 'self', no inline script
 * or style), and no page needs what it forbids: the rendered HTML of every menu page, and of the first detail
 * page each list links to, holds no {@code <script>} without src, no inline event handler (on…=), no
 * {@code hx-on}, no {@code <style>} element, no style="" attribute and no javascript: address. That the pages
 * still work under the policy in a browser: {@link ContentSecurityPolicyBrowserTests}.
 */
class ContentSecurityPolicyTests extends IntegrationTest {

    /** The policy every response carries (identity.SecurityConfiguration). */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern HX_ON = Pattern.compile("\\shx-on[:-]", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE = Pattern.compile("<style[\\s>]|<[a-z][^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern JS_URL = Pattern.compile("(href|src|action)\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE);
    static final Pattern DETAIL = Pattern.compile("href=\"(/(?:awards|evaluations|transfer/demands)/\\d+|/zones/[a-z-]+|/enterprises/[0-9A-Z]{18})\"");

    @Test
    @DisplayName("每个响应（页面、登录页、静态资源、API、错误）都带完整的内容安全策略")
    void everyResponseCarriesThePolicy() throws Exception {
        assertThat(POLICY).contains("default-src 'self'", "script-src 'self'",
                "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'").doesNotContain("unsafe");
        String admin = user("PROVINCE_ADMIN", null, null);
        List<MockHttpServletResponse> responses = List.of(
                mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse(),
                mvc.perform(MockMvcRequestBuilders.get("/js/console.js")).andReturn().getResponse(),
                mvc.perform(MockMvcRequestBuilders.get("/no-such-page")).andReturn().getResponse(),
                as(admin, MockMvcRequestBuilders.get("/").accept(MediaType.TEXT_HTML)).andReturn().getResponse(),
                as(admin, MockMvcRequestBuilders.get("/targets").accept(MediaType.TEXT_HTML)).andReturn().getResponse(),
                as(admin, MockMvcRequestBuilders.get("/api/enterprises")).andReturn().getResponse());
        for (MockHttpServletResponse r : responses) {
            assertThat(r.getHeaders("Content-Security-Policy")).containsExactly(POLICY);
        }
        // Swagger UI's bundle writes one inline style: only its pages allow inline styles, never inline script
        assertThat(as(admin, MockMvcRequestBuilders.get("/swagger-ui/index.html")).andReturn().getResponse().getHeaders("Content-Security-Policy"))
                .containsExactly(POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    }

    @Test
    @DisplayName("检查本身能发现内联脚本、事件处理器、内联样式")
    void theScanFindsWhatItLooksFor() {
        assertThat(inline("<p><script>alert(1)</script>")).isNotEmpty();
        assertThat(inline("<script th:inline=\"javascript\" type=\"text/javascript\">")).isNotEmpty();
        assertThat(inline("<form method=\"post\"\n   onsubmit=\"return confirm('x')\">")).isNotEmpty();
        assertThat(inline("<button onclick=\"window.print()\">")).isNotEmpty();
        assertThat(inline("<div hx-on:click=\"x()\">")).isNotEmpty();
        assertThat(inline("<h2 style=\"font-size:16px\">")).isNotEmpty();
        assertThat(inline("<style>p{}</style>")).isNotEmpty();
        assertThat(inline("<a href=\"javascript:void(0)\">")).isNotEmpty();
        assertThat(inline("<script src=\"/js/console.js\" defer></script><form data-confirm=\"确认？\" class=\"inline\">"
                + "<p>onclick= in text is fine; so is a style attribute in prose</p>")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PROVINCE_ADMIN", "ZONE_OFFICER", "CITY_OFFICER", "ENTERPRISE", "AUDITOR", "PROVINCE_FINANCE"})
    @DisplayName("菜单中的每一页及其第一个详情页都没有内联脚本、事件处理器和内联样式")
    void noPageHoldsInlineScriptOrStyle(String role) throws Exception {
        String user = switch (role) {
            case "ZONE_OFFICER" -> zoneOfficer("lanzhou");
            case "CITY_OFFICER" -> cityOfficer("lanzhou-city");
            case "ENTERPRISE" -> user("ENTERPRISE", "enterprise", enterpriseIn("lanzhou"));
            default -> user(role, null, null);
        };
        List<String> links = ConsoleMenuWalkTests.menuLinks(open(user, "/"));
        Set<String> details = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        for (String link : links) {
            String body = open(user, link);
            found.addAll(inline(body).stream().map(x -> link + ": " + x).toList());
            Matcher d = DETAIL.matcher(body);
            while (d.find()) {
                String kind = d.group(1).replaceAll("/[^/]+$", "");
                if (details.stream().noneMatch(x -> x.startsWith(kind + "/"))) {
                    details.add(d.group(1));
                }
            }
        }
        for (String detail : details) {
            String body = open(user, detail);
            found.addAll(inline(body).stream().map(x -> detail + ": " + x).toList());
        }
        assertThat(found).as(role + "'s pages (" + links.size() + " menu pages, detail pages " + details + ")").isEmpty();
    }

    @Test
    @DisplayName("目标监测页的图表数据在 data-* 属性中，不在内联脚本里")
    void targetsChartTakesItsDataFromAttributes() throws Exception {
        String body = open(user("PROVINCE_ADMIN", null, null), "/targets");
        assertThat(body).contains("src=\"/js/targets.js\"", "id=\"share-chart\"").containsPattern("data-bar=\"[^\"]+\"");
        assertThat(inline(body)).isEmpty();
    }

    String open(String user, String url) throws Exception {
        MockHttpServletResponse r = as(user, MockMvcRequestBuilders.get(url).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        if (r.getStatus() >= 300 && r.getStatus() < 400) {
            return ""; // Swagger UI's redirect to its own page
        }
        assertThat(r.getStatus()).as(user + " opens " + url).isEqualTo(200);
        assertThat(r.getHeader("Content-Security-Policy")).as(url).isEqualTo(POLICY);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    /** What in the HTML the policy would block, one line each. */
    static List<String> inline(String html) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(INLINE_SCRIPT, EVENT_HANDLER, HX_ON, STYLE, JS_URL)) {
            Matcher m = p.matcher(html);
            while (m.find()) {
                String hit = m.group();
                found.add(hit.length() > 120 ? hit.substring(hit.length() - 120) : hit);
            }
        }
        return found;
    }
}
