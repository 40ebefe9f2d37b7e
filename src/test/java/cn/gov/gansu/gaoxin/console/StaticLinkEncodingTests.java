package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@link StaticLinkEncoding}: a page's static links still go through the resource chain (the version-less htmx
 * path becomes the webjar's versioned one, which is served); page links are written as they are.
 */
class StaticLinkEncodingTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @DisplayName("页面中的静态文件链接仍按资源链改写（htmx 带版本号且可下载），页面链接原样输出")
    void staticLinksAreResolvedAndPageLinksAreLeftAlone() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher htmx = Pattern.compile("src=\"(/webjars/htmx\\.org/\\d[^/\"]*/dist/htmx\\.min\\.js)\"").matcher(page);
        assertThat(htmx.find()).as("the versioned htmx path in %s", page).isTrue();
        mvc.perform(MockMvcRequestBuilders.get(htmx.group(1))).andExpect(status().isOk());
        assertThat(page).contains("href=\"/css/console.css\"").contains("action=\"/login\"");

        // Boot's own filter backed off: else it would look every link up before this one is reached
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values().stream()
                .map(org.springframework.boot.web.servlet.FilterRegistrationBean::getFilter)
                .filter(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class::isInstance).toList())
                .singleElement().isInstanceOf(StaticLinkEncoding.StaticOnly.class);
        assertThat(context.getBeansOfType(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class)).isEmpty();

        assertThat(StaticLinkEncoding.StaticOnly.isStatic("/webjars/htmx.org/dist/htmx.min.js", "")).isTrue();
        assertThat(StaticLinkEncoding.StaticOnly.isStatic("/app/css/console.css", "/app")).isTrue();
        assertThat(StaticLinkEncoding.StaticOnly.isStatic("/enterprises/91620100MA7XYZ1234", "")).isFalse();
        assertThat(StaticLinkEncoding.StaticOnly.isStatic("/css-notes", "")).isFalse();
    }
}
