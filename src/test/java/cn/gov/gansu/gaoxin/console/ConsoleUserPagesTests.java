package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Issue 8 items 3, 4 and 6 in the console: 用户管理, the 三员 banner, favicon, Swagger UI, Secure cookies and HSTS. */
class ConsoleUserPagesTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.gansu.gaoxin.identity.AccountManagement accounts;

    @Test
    @DisplayName("用户管理：管理员看到列表和三员未分立的提示，停用经表单生效并记入审计；其他角色被拒绝")
    void administratorsManageUsersInTheConsole() throws Exception {
        String officer = zoneOfficer("lanzhou");
        String html = as("admin", ADMIN_PASSWORD, MockMvcRequestBuilders.get("/users").param("q", officer).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("用户管理", officer, "id=\"export\"");
        if (accounts.dutiesSeparated()) {
            assertThat(html).doesNotContain("id=\"duties-banner\"");
        } else {
            assertThat(html).contains("id=\"duties-banner\"");
        }
        as("admin", ADMIN_PASSWORD, MockMvcRequestBuilders.post("/users/{u}/disable", officer).param("reason", "调岗").with(csrf()))
                .andExpect(redirectedUrl("/users"));
        as(officer, get("/api/account")).andExpect(status().isUnauthorized());
        as("admin", ADMIN_PASSWORD, MockMvcRequestBuilders.get("/users/export").param("q", officer))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        String other = zoneOfficer("lanzhou");
        as(other, MockMvcRequestBuilders.get("/users").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        String page = as(other, MockMvcRequestBuilders.get("/").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("id=\"duties-banner\"").doesNotContain("href=\"/users\"");
    }

    @Test
    @DisplayName("登录页有图标，不产生404；Swagger UI 需登录")
    void theLoginPageHasAFaviconAndSwaggerNeedsASignIn() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"icon\"")));
        mvc.perform(MockMvcRequestBuilders.get("/favicon.svg")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        as("admin", ADMIN_PASSWORD, MockMvcRequestBuilders.get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("swagger-ui")));
    }
}
