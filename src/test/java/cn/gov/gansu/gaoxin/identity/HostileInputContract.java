package cn.gov.gansu.gaoxin.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Issue 8 item 7: the three ways the build failed when tried from outside. */
abstract class HostileInputContract extends IntegrationTest {

    @Test
    @DisplayName("匿名的 API 写请求得到 401 和 WWW-Authenticate，而不是 CSRF 的 403")
    void anAnonymousApiWriteIsAskedToSignIn() throws Exception {
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                MockMvcRequestBuilders.post("/api/enterprises"), MockMvcRequestBuilders.put("/api/enterprises/x/statistics/2024"),
                MockMvcRequestBuilders.get("/api/zones")}) {
            mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content("{}").accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                    .andExpect(jsonPath("$.detail", containsString("登录")));
        }
    }

    @Test
    @DisplayName("超过72字节的密码（45个字符含表情）被拒绝为400，创建用户和修改密码都是")
    void aPasswordOverSeventyTwoBytesIsAClearFourHundred() throws Exception {
        String longOne = "Aa1!" + "😀".repeat(20) + "x".repeat(21); // 45 characters, 105 bytes
        asAdmin(post("/api/admin/users", "{\"username\":\"" + unique("long") + "\",\"password\":\"" + longOne
                + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("72字节")));
        String user = unique("pw");
        asAdmin(post("/api/admin/users", "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"AUDITOR\"}")).andExpect(status().isCreated());
        as(user, post("/api/account/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + longOne + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("72字节")));
        as(user, longOne, get("/api/account")).andExpect(status().isUnauthorized());
        as(user, get("/api/account")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("统计数据中的天文数字是400，不是500或409")
    void absurdFiguresAreRefusedAsBadInput() throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"兰州测试科技有限公司\",\"zone\":\"lanzhou\"}"))
                .andExpect(status().isCreated());
        for (String figure : new String[] {"1e2147483647", "1e20", "-1e2147483647", "1e-2147483647"}) {
            asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":" + figure + "}", uscc))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("revenue")));
        }
        asAdmin(put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":1.5e8}", uscc)).andExpect(status().isOk());
    }
}
