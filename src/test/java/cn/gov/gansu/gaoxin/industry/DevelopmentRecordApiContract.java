package cn.gov.gansu.gaoxin.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 高新区发展记录 (clauses 12, 14–18) over HTTP; on H2 and PostgreSQL by the subclasses. */
abstract class DevelopmentRecordApiContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("管委会为本区登记科技金融与产业链记录：201、写审计日志；画像第12、18条以中文显示数量、金额与名称")
    void zoneOfficerRecordsForOwnZoneAndTheProfileShowsIt() throws Exception {
        String officer = zoneOfficer("zhangye");
        String loan = unique("知识产权质押贷款");
        String body = as(officer, post("/api/zones/zhangye/development-records", "{\"year\":2012,\"kind\":\"FINANCE\","
                + "\"category\":\"IP_PLEDGE_LOAN\",\"name\":\"" + loan + "\",\"amountYuan\":\"5000000.00\",\"date\":\"2012-04-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kindName").value("科技金融"))
                .andExpect(jsonPath("$.categoryName").value("知识产权质押贷款")).andExpect(jsonPath("$.amount").value("5000000.00"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        as(officer, post("/api/zones/zhangye/development-records", "{\"year\":2012,\"kind\":\"FINANCE\",\"category\":\"IP_PLEDGE_LOAN\","
                + "\"name\":\"金额待补的贷款\"}")).andExpect(status().isCreated());
        as(officer, post("/api/zones/zhangye/development-records", "{\"year\":2012,\"kind\":\"INDUSTRIAL_CHAIN\",\"name\":\"农产品加工产业链\","
                + "\"people\":\"张某某\",\"note\":\"补链：冷链物流\"}")).andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DEVELOPMENT_RECORDED' AND subject_id = 'zhangye' AND detail LIKE :d")
                .param("d", "%" + loan + "%").query(Long.class).single()).isEqualTo(1);

        String profile = as(officer, get("/api/zones/zhangye/profile?year=2012")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> c18 = JsonPath.read(profile, "$.clauses[17].items");
        assertThat(c18).extracting(i -> i.get("label")).contains("科技金融·知识产权质押贷款（项）", "科技金融·知识产权质押贷款金额（元），1项未填金额");
        assertThat(c18).extracting(i -> i.get("value")).contains(2);
        List<Map<String, Object>> c12 = JsonPath.read(profile, "$.clauses[11].items");
        assertThat(c12.toString()).contains("农产品加工产业链（链长：张某某）");

        as(officer, MockMvcRequestBuilders.delete("/api/zones/zhangye/development-records/{id}", id)).andExpect(status().isNoContent());
        as(officer, get("/api/zones/zhangye/development-records?year=2012&kind=FINANCE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("他区管委会登记或读取得403；未知高新区404；类型、类别、金额、网址不合法得400且不写入")
    void refusesOtherZonesAndBadInput() throws Exception {
        String officer = zoneOfficer("yumen");
        as(officer, post("/api/zones/lanzhou/development-records", "{\"year\":2012,\"kind\":\"GOVERNANCE\",\"category\":\"POWER_LIST\",\"name\":\"权责清单\"}"))
                .andExpect(status().isForbidden());
        as(officer, get("/api/zones/lanzhou/development-records")).andExpect(status().isForbidden());
        asAdmin(get("/api/zones/atlantis/development-records")).andExpect(status().isNotFound());
        long before = jdbc.sql("SELECT COUNT(*) FROM zone_development_record").query(Long.class).single();
        as(officer, post("/api/zones/yumen/development-records", "{\"year\":2012,\"kind\":\"NOPE\",\"name\":\"x\"}")).andExpect(status().isBadRequest());
        as(officer, post("/api/zones/yumen/development-records", "{\"year\":2012,\"kind\":\"FINANCE\",\"category\":\"POWER_LIST\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("category")));
        as(officer, post("/api/zones/yumen/development-records", "{\"year\":2012,\"kind\":\"FINANCE\",\"category\":\"FUND\",\"name\":\"x\",\"amountYuan\":\"-1\"}"))
                .andExpect(status().isBadRequest());
        as(officer, post("/api/zones/yumen/development-records", "{\"year\":2012,\"kind\":\"GOVERNANCE\",\"category\":\"POWER_LIST\",\"name\":\"x\",\"link\":\"javascript:alert(1)\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zone_development_record").query(Long.class).single()).isEqualTo(before);
        String auditor = user("AUDITOR", null, null);
        as(auditor, post("/api/zones/yumen/development-records", "{\"year\":2012,\"kind\":\"GOVERNANCE\",\"category\":\"POWER_LIST\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        as(auditor, get("/api/zones/yumen/development-records")).andExpect(status().isOk());
    }
}
