package cn.gov.gansu.gaoxin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 8 item 5: bank accounts encrypted at rest, masked except for the payer, shared accounts flagged. */
abstract class SensitiveFieldsContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long offeredAward(String uscc, String zone) throws Exception {
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025620" + uscc.substring(12, 17).replaceAll("[^0-9]", "7") + "\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isCreated());
        for (int i = 0; i < 30; i++) {
            List<Object> ids = JsonPath.read(asAdmin(get("/api/awards?beneficiary={u}", uscc)).andReturn().getResponse()
                    .getContentAsString(), "$.items[*].id");
            if (!ids.isEmpty()) {
                return ((Number) ids.get(0)).longValue();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no award offered to " + uscc);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @DisplayName("加密之前以明文存储的账号在启动时被加密，读出不变")
    void plainAccountsFromBeforeAreEncryptedAtStart() throws Exception {
        String uscc = enterpriseIn("jinchang");
        long id = offeredAward(uscc, "jinchang");
        jdbc.sql("UPDATE award SET bank_account = '6222000011112222' WHERE id = :id").param("id", id).update();
        var runner = (org.springframework.boot.ApplicationRunner) context.getBean("bankAccountEncryption");
        runner.run(null);
        assertThat(jdbc.sql("SELECT bank_account FROM award WHERE id = :id").param("id", id).query(String.class).single())
                .startsWith("enc:").doesNotContain("6222000011112222");
        as(user("PROVINCE_FINANCE", null, null), get("/api/awards/{id}", id)).andExpect(jsonPath("$.bankAccount").value("6222000011112222"));
    }

    @Test
    @DisplayName("银行账号加密存储（AES-GCM），对非付款角色脱敏，同一账号被两个受益人使用时提示审核人")
    void bankAccountsAreEncryptedMaskedAndSharedOnesFlagged() throws Exception {
        String account = "62220202" + String.valueOf(System.nanoTime()).substring(0, 11);
        String first = enterpriseIn("jinchang");
        long a1 = offeredAward(first, "jinchang");
        as(user("ENTERPRISE", "enterprise", first), post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"" + account + "\"}", a1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.bankAccount").value("*".repeat(account.length() - 4)
                        + account.substring(account.length() - 4)));
        String stored = jdbc.sql("SELECT bank_account FROM award WHERE id = :id").param("id", a1).query(String.class).single();
        assertThat(stored).startsWith("enc:").doesNotContain(account).doesNotContain(account.substring(account.length() - 4));
        as(user("PROVINCE_FINANCE", null, null), get("/api/awards/{id}", a1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.bankAccount").value(account));
        as(zoneOfficer("jinchang"), get("/api/awards/{id}", a1)).andExpect(jsonPath("$.bankAccount", containsString("*")));

        String second = enterpriseIn("jinchang");
        long a2 = offeredAward(second, "jinchang");
        as(user("ENTERPRISE", "enterprise", second), post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"" + account + "\"}", a2))
                .andExpect(status().isOk());
        asAdmin(get("/api/awards/{id}", a2)).andExpect(jsonPath("$.history[*].comment", hasItem(containsString("已被其他1个受益人使用"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE detail LIKE :a").param("a", "%" + account + "%")
                .query(Long.class).single()).as("the account number is never written to the audit log").isZero();
    }
}
