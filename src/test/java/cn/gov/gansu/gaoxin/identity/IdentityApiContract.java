package cn.gov.gansu.gaoxin.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** Contracts §1 and §6: sign-in, users, password rule, lockout, headers. */
abstract class IdentityApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBootstrapAdminUsesThePasswordTheOperatorChose() throws Exception {
        asAdmin(get("/api/account")).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("PROVINCE_ADMIN"));
        as("admin", "wrong-password", get("/api/account")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("登录")));
        jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE username = 'admin'").update();
    }

    @Test
    void onlyTheBootstrapAdminOrASystemAdminCreatesUsers() throws Exception {
        String officer = zoneOfficer("zhangye");
        as(officer, post("/api/admin/users", "{\"username\":\"" + unique("x") + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isForbidden());
        String province = user("PROVINCE_ADMIN", null, null);
        as(province, post("/api/admin/users", "{\"username\":\"" + unique("y") + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isForbidden());
        String sys = user("SYSTEM_ADMIN", null, null);
        as(sys, post("/api/admin/users", "{\"username\":\"" + unique("z") + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isCreated());
    }

    @Test
    void aUsersScopeMustNameSomethingThatExists() throws Exception {
        asAdmin(post("/api/admin/users", "{\"username\":\"" + unique("zo") + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ZONE_OFFICER\",\"zone\":\"atlantis\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("atlantis")));
        asAdmin(post("/api/admin/users", "{\"username\":\"" + unique("co") + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"CITY_OFFICER\"}")).andExpect(status().isBadRequest());
        asAdmin(post("/api/admin/users", "{\"username\":\"" + unique("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KING\"}")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("新密码至少10位且包含三类字符")
    void weakPasswordsAreRefusedWithTheRule() throws Exception {
        for (String weak : new String[] {"Short1!", "alllowercaseletters", "NoDigitsOrSymbolsHere", "1234567890ab"}) {
            asAdmin(post("/api/admin/users", "{\"username\":\"" + unique("w") + "\",\"password\":\"" + weak
                    + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("至少10位")));
        }
    }

    @Test
    @DisplayName("连续5次密码错误锁定15分钟，正确密码也被拒绝")
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        String name = user("AUDITOR", null, null);
        as(name, get("/api/account")).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            as(name, "Wrong-Passw0rd!", get("/api/account")).andExpect(status().isUnauthorized());
        }
        as(name, get("/api/account")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail", containsString("锁定")));
        long locks = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCOUNT_LOCKED' AND subject_id = :u")
                .param("u", name).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(locks).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        String name = user("AUDITOR", null, null);
        for (int i = 0; i < 4; i++) {
            as(name, "Wrong-Passw0rd!", get("/api/account")).andExpect(status().isUnauthorized());
        }
        as(name, get("/api/account")).andExpect(status().isOk());
        as(name, "Wrong-Passw0rd!", get("/api/account")).andExpect(status().isUnauthorized());
        as(name, get("/api/account")).andExpect(status().isOk());
    }

    @Test
    void responsesForbidSniffingAndFraming() throws Exception {
        asAdmin(get("/api/zones")).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }

    @Test
    void aBrowserSessionNeedsACsrfTokenAndABasicClientDoesNot() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
        org.assertj.core.api.Assertions.assertThat(session).as("会话保存在数据库中，以SESSION cookie标识").isNotNull();
        String body = "{\"uscc\":\"" + newUscc() + "\",\"name\":\"会话企业\",\"zone\":\"lanzhou\"}";
        mvc.perform(post("/api/enterprises", body).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises", body).cookie(session).with(csrf())).andExpect(status().isCreated());
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + newUscc() + "\",\"name\":\"接口企业\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void unauthenticatedCallsGetAChineseProblemAndPagesGoToTheLoginForm() throws Exception {
        mvc.perform(get("/api/enterprises")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未登录或登录失败"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("用户登录")));
    }

    @Test
    void usersChangeTheirOwnPasswordUnderTheRule() throws Exception {
        String name = user("AUDITOR", null, null);
        as(name, post("/api/account/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"weak\"}"))
                .andExpect(status().isBadRequest());
        as(name, post("/api/account/password", "{\"currentPassword\":\"nope\",\"newPassword\":\"Another-Passw0rd\"}"))
                .andExpect(status().isBadRequest());
        as(name, post("/api/account/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Another-Passw0rd\"}"))
                .andExpect(status().isOk());
        as(name, "Another-Passw0rd", get("/api/account")).andExpect(status().isOk());
    }

    @Autowired
    AccountManagement accounts;

    @Test
    @DisplayName("系统生成的初始密码须在首次登录时修改，修改前只能改密码")
    void aGeneratedPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = unique("generated");
        accounts.createSystemAccount(new DataScope(name, Role.AUDITOR, null, null, null), null, PASSWORD, true);
        as(name, get("/api/zones")).andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("请先修改初始密码"));
        as(name, post("/api/account/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Changed-Passw0rd\"}"))
                .andExpect(status().isOk());
        as(name, "Changed-Passw0rd", get("/api/zones")).andExpect(status().isOk());
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        String huge = "{\"name\":\"" + "甲".repeat(1_200_000) + "\"}";
        asAdmin(post("/api/enterprises", huge)).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("上限")));
    }

    @Test
    void theAuditLogIsReadByAuditorsOnly() throws Exception {
        String auditor = user("AUDITOR", null, null);
        as(auditor, get("/api/audit-log?page=0&size=5")).andExpect(status().isOk());
        String officer = zoneOfficer("yumen");
        as(officer, get("/api/audit-log")).andExpect(status().isForbidden());
    }
}
