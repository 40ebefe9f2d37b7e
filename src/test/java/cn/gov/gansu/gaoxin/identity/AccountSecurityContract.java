package cn.gov.gansu.gaoxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 8 items 2–4: sign-in protection, the account lifecycle, the three administrators. */
abstract class AccountSecurityContract extends IntegrationTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();
    private static final String WRONG = "Wrong-Passw0rd!";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInAuthentication signIn;

    @Autowired
    InactiveAccounts inactive;

    /** A client address of its own, so one test's failures never throttle another's. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder formSignIn(String user, String password, String address) {
        return MockMvcRequestBuilders.post("/login").param("username", user).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(address));
    }

    private static String newAddress() {
        int n = ADDRESS.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private ResultActions asFrom(String address, String user, String password, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(from(address)).header("Authorization", basic(user, password)));
    }

    @Test
    @DisplayName("20个并行的错误密码最多得到5次密码校验，锁定只记录一次")
    void aBurstOfParallelGuessesGetsAtMostFiveChecks() throws Exception {
        String name = user("AUDITOR", null, null);
        String address = newAddress();
        long before = signIn.passwordChecks();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> asFrom(address, name, WRONG, get("/api/account")).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(signIn.passwordChecks() - before).as("bcrypt checks for 20 parallel guesses").isLessThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCOUNT_LOCKED' AND subject_id = :u")
                .param("u", name).query(Long.class).single()).isEqualTo(1);
        asFrom(address, name, PASSWORD, get("/api/account")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("锁定")));
    }

    @Test
    @DisplayName("新用户20个并行的正确请求全部成功（计数预留不把正当的并发当作猜测）")
    void aBurstOfParallelRightPasswordsAllSucceed() throws Exception {
        String name = user("AUDITOR", null, null);
        String address = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> asFrom(address, name, PASSWORD, get("/api/account")).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("未知用户名与错误密码得到同样的答复，也同样做一次bcrypt校验，且从不缓存")
    void unknownAndKnownNamesAreAnsweredAlike() throws Exception {
        String name = user("AUDITOR", null, null);
        String address = newAddress();
        String unknownAnswer = null;
        for (int i = 0; i < 2; i++) {
            long before = signIn.passwordChecks();
            unknownAnswer = asFrom(address, unique("nobody"), PASSWORD, get("/api/account"))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
            assertThat(signIn.passwordChecks() - before).as("a dummy check every time, never remembered").isEqualTo(1);
        }
        long before = signIn.passwordChecks();
        String knownAnswer = asFrom(address, name, WRONG, get("/api/account")).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        assertThat(signIn.passwordChecks() - before).isEqualTo(1);
        assertThat(knownAnswer).isEqualTo(unknownAnswer);
        mvc.perform(formSignIn(unique("nobody"), PASSWORD, address))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formSignIn(name, WRONG, address))
                .andExpect(redirectedUrl("/login?error"));
    }

    private static int elapsedSeconds(long since) {
        return (int) ((System.nanoTime() - since) / 1_000_000_000L) + 1;
    }

    @org.springframework.beans.factory.annotation.Value("${gaoxin.security.sign-in-throttle.capacity:100}")
    int throttleCapacity;

    @Test
    @DisplayName("同一地址的失败登录过多时得到429，已验证过的API客户端不受影响")
    void failedSignInsAreThrottledPerAddressButAuthenticatedTrafficIsNot() throws Exception {
        String client = user("AUDITOR", null, null);
        String fresh = user("AUDITOR", null, null);
        String address = newAddress();
        asFrom(address, client, PASSWORD, get("/api/account")).andExpect(status().isOk());
        int refused = 0;
        long started = System.nanoTime();
        // the bucket refills one failure a second: on a slow machine (each failure costs a dummy bcrypt check) the
        // spray needs one more try per second it has been running
        for (int i = 0; i < throttleCapacity + 10 + elapsedSeconds(started) && refused == 0; i++) {
            int code = asFrom(address, unique("spray"), WRONG, get("/api/account")).andReturn().getResponse().getStatus();
            if (code == 429) {
                refused = i;
            } else {
                assertThat(code).isEqualTo(401);
            }
        }
        assertThat(refused).as("throttled after the bucket of failures ran out")
                .isBetween(throttleCapacity - 10, throttleCapacity + 9 + elapsedSeconds(started));
        // the bucket refills one failure a second: a machine that stalls for a second between two requests lets
        // one refilled try through, so the bucket is emptied again right before each check
        drain(address);
        asFrom(address, unique("spray"), WRONG, get("/api/account")).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After")).andExpect(jsonPath("$.detail", containsString("秒后再试")));
        drain(address);
        long before = signIn.passwordChecks();
        asFrom(address, fresh, PASSWORD, get("/api/account")).andExpect(status().isTooManyRequests());
        assertThat(signIn.passwordChecks()).as("no password is checked for a throttled address").isEqualTo(before);
        for (int i = 0; i < 50; i++) {
            asFrom(address, client, PASSWORD, get("/api/account")).andExpect(status().isOk());
        }
        asFrom(newAddress(), fresh, PASSWORD, get("/api/account")).andExpect(status().isOk());
    }

    /** Wrong sign-ins from {@code address} until one is refused (at most a few: only refilled tokens remain). */
    private void drain(String address) throws Exception {
        for (int i = 0; i < 5; i++) {
            if (asFrom(address, unique("spray"), WRONG, get("/api/account")).andReturn().getResponse().getStatus() == 429) {
                return;
            }
        }
        throw new AssertionError("the address's bucket of failures did not run out again");
    }

    @Test
    @DisplayName("修改密码时输错当前密码也计入锁定（被盗用的浏览器会话不能借此猜密码）")
    void wrongCurrentPasswordsOnChangeCountTowardTheLock() throws Exception {
        String name = user("AUDITOR", null, null);
        Cookie session = browserSession(name);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/account/password", "{\"currentPassword\":\"" + WRONG + "\",\"newPassword\":\"Another-Passw0rd\"}")
                    .cookie(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().isBadRequest());
        }
        as(name, get("/api/account")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail", containsString("锁定")));
        asAdmin(post("/api/admin/users/{u}/unlock", "", name)).andExpect(status().isOk());
        as(name, get("/api/account")).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'USER_UNLOCKED' AND subject_id = :u")
                .param("u", name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("管理员创建的账户：HTTP Basic 立即可用（集成账户），浏览器首次登录须改密码")
    void anAdministratorsAccountChangesItsPasswordAtTheFirstBrowserSignIn() throws Exception {
        String name = user("AUDITOR", null, null);
        as(name, get("/api/zones")).andExpect(status().isOk());
        Cookie session = mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.get("/zones").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(MockMvcRequestBuilders.get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("first-sign-in")));
        mvc.perform(MockMvcRequestBuilders.post("/account/password").cookie(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "weak").param("confirmPassword", "weak"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString(PASSWORD))));
        mvc.perform(MockMvcRequestBuilders.post("/account/password").cookie(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Changed-Passw0rd").param("confirmPassword", "Changed-Passw0rd"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(MockMvcRequestBuilders.get("/zones").cookie(session)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("system、admin 等保留名不能使用，大小写不同的同名也不行")
    void reservedNamesCannotBeTaken() throws Exception {
        for (String name : new String[] {"system", "SYSTEM", "Admin", "admin2", "administrator", "root", "sys-admin", "anonymousUser"}) {
            asAdmin(post("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"AUDITOR\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("保留")));
        }
        String name = user("AUDITOR", null, null);
        asAdmin(post("/api/admin/users", "{\"username\":\"" + name.toUpperCase() + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isConflict());
    }

    @Test
    @DisplayName("停用、启用、重置密码、变更角色：有审计记录，停用和变更角色结束该用户的会话")
    void theAccountLifecycleIsAuditedAndEndsSessions() throws Exception {
        String name = zoneOfficer("lanzhou");
        String other = zoneOfficer("lanzhou");
        as(other, post("/api/admin/users/{u}/disable", "{}", name)).andExpect(status().isForbidden());
        Cookie session = browserSession(name);
        mvc.perform(get("/api/account").cookie(session)).andExpect(status().isOk());

        asAdmin(post("/api/admin/users/{u}/disable", "{\"reason\":\"调离\"}", name)).andExpect(status().isOk());
        mvc.perform(get("/api/account").cookie(session)).andExpect(status().isUnauthorized());
        as(name, get("/api/account")).andExpect(status().isUnauthorized());
        asAdmin(post("/api/admin/users/{u}/enable", "", name)).andExpect(status().isOk());
        as(name, get("/api/account")).andExpect(status().isOk());

        session = browserSession(name);
        asAdmin(put("/api/admin/users/{u}/role", "{\"role\":\"ZONE_OFFICER\",\"zone\":\"baiyin\"}", name)).andExpect(status().isOk());
        mvc.perform(get("/api/account").cookie(session)).andExpect(status().isUnauthorized());
        as(name, get("/api/account")).andExpect(jsonPath("$.zone").value("baiyin"));

        asAdmin(post("/api/admin/users/{u}/password", "{\"password\":\"Reset-Passw0rd!\"}", name)).andExpect(status().isOk());
        as(name, "Reset-Passw0rd!", get("/api/zones")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("请先修改初始密码"));
        as(name, "Reset-Passw0rd!", post("/api/account/password",
                "{\"currentPassword\":\"Reset-Passw0rd!\",\"newPassword\":\"Mine-Passw0rd!\"}")).andExpect(status().isOk());
        as(name, "Mine-Passw0rd!", get("/api/zones")).andExpect(status().isOk());

        asAdmin(post("/api/admin/users/{u}/disable", "{}", "admin")).andExpect(status().isForbidden());
        asAdmin(post("/api/admin/users/{u}/disable", "{}", unique("ghost"))).andExpect(status().isNotFound());
        List<String> actions = jdbc.sql("SELECT action FROM audit_log WHERE subject_type = 'USER' AND subject_id = :u ORDER BY id")
                .param("u", name).query(String.class).list();
        assertThat(actions).contains("USER_CREATED", "USER_DISABLED", "USER_ENABLED", "USER_ROLE_CHANGED", "PASSWORD_RESET",
                "PASSWORD_CHANGED");
    }

    @Test
    @DisplayName("修改自己的密码结束自己的其他会话")
    void aPasswordChangeEndsTheOtherSessions() throws Exception {
        String name = user("AUDITOR", null, null);
        as(name, post("/api/account/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Second-Passw0rd\"}"))
                .andExpect(status().isOk());
        Cookie session = browserSession(name, "Second-Passw0rd");
        mvc.perform(get("/api/account").cookie(session)).andExpect(status().isOk());
        as(name, "Second-Passw0rd", post("/api/account/password",
                "{\"currentPassword\":\"Second-Passw0rd\",\"newPassword\":\"Third-Passw0rd!\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/account").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("90天未登录的账户由定时任务停用（初始管理员除外）")
    void accountsUnusedForNinetyDaysAreDisabled() throws Exception {
        String stale = user("AUDITOR", null, null);
        String recent = user("AUDITOR", null, null);
        as(recent, get("/api/account")).andExpect(status().isOk());
        Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofDays(91)));
        jdbc.sql("UPDATE app_user SET created_at = :t, last_sign_in_at = NULL WHERE username = :u").param("t", old)
                .param("u", stale).update();
        List<String> disabled = inactive.disableUnused(Instant.now());
        assertThat(disabled).contains(stale).doesNotContain(recent, "admin");
        as(stale, get("/api/account")).andExpect(status().isUnauthorized());
        as(recent, get("/api/account")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("三员分立后：无人能既创建用户、又授予权限、又查阅审计日志")
    void onceTheDutiesAreSeparatedNoOneAccountCreatesGrantsAndReads() throws Exception {
        String sys = user("SYSTEM_ADMIN", null, null);
        String sec = user("SECURITY_ADMIN", null, null);
        String aud = user("AUDIT_ADMIN", null, null);
        try {
            // before: the console warns the bootstrap admin (checked through the API flag)
            asAdmin(get("/api/admin/users?size=1")).andExpect(jsonPath("$.dutiesSeparated").value(true));
            String target = zoneOfficer("jinchang");
            // SYSTEM_ADMIN: creates and disables, grants nothing afterwards, reads no audit log
            as(sys, post("/api/admin/users", "{\"username\":\"" + unique("made") + "\",\"password\":\"" + PASSWORD
                    + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isCreated());
            as(sys, put("/api/admin/users/{u}/role", "{\"role\":\"PROVINCE_ADMIN\"}", target)).andExpect(status().isForbidden());
            as(sys, get("/api/audit-log")).andExpect(status().isForbidden());
            // SECURITY_ADMIN: grants, creates nobody, reads no audit log
            as(sec, put("/api/admin/users/{u}/role", "{\"role\":\"CITY_OFFICER\",\"city\":\"jinchang-city\"}", target))
                    .andExpect(status().isOk());
            as(sec, put("/api/admin/users/{u}/role", "{\"role\":\"AUDIT_ADMIN\"}", sec)).andExpect(status().isForbidden());
            as(sec, post("/api/admin/users", "{\"username\":\"" + unique("nope") + "\",\"password\":\"" + PASSWORD
                    + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isForbidden());
            as(sec, get("/api/audit-log")).andExpect(status().isForbidden());
            // AUDIT_ADMIN: reads the trace, nothing else
            as(aud, get("/api/audit-log?subjectType=USER&subjectId=" + target)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].action").value("USER_ROLE_CHANGED"));
            as(aud, post("/api/admin/users/{u}/disable", "{}", target)).andExpect(status().isForbidden());
            // the bootstrap admin still creates users (contracts §1) but no longer grants nor reads the trace
            String made = unique("still");
            asAdmin(post("/api/admin/users", "{\"username\":\"" + made + "\",\"password\":\"" + PASSWORD
                    + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isCreated());
            asAdmin(put("/api/admin/users/{u}/role", "{\"role\":\"PROVINCE_ADMIN\"}", made)).andExpect(status().isForbidden());
            asAdmin(get("/api/audit-log")).andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("三员")));
            // AUDITOR keeps reading read-only
            as(user("AUDITOR", null, null), get("/api/audit-log?size=1")).andExpect(status().isOk());
        } finally {
            for (String u : new String[] {sec, aud}) {
                asAdmin(post("/api/admin/users/{u}/disable", "{\"reason\":\"测试结束\"}", u)).andExpect(status().isOk());
            }
        }
        asAdmin(get("/api/audit-log?size=1")).andExpect(status().isOk());
    }

    private Cookie browserSession(String name) throws Exception {
        return browserSession(name, PASSWORD);
    }

    /** Signs in through the form (after clearing the first-sign-in change) and answers the session cookie. */
    private Cookie browserSession(String name, String password) throws Exception {
        jdbc.sql("UPDATE app_user SET must_change_interactive = FALSE WHERE username = :u").param("u", name).update();
        Cookie session = mvc.perform(formSignIn(name, password, newAddress()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }
}
