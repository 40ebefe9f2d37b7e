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

    @Test
    @DisplayName("管委会列本区发展记录只见本区的行：他区同年同类的记录不出现；市州只见本市的高新区")
    void aZoneOfficerListsOnlyItsOwnZonesRows() throws Exception {
        String officer = zoneOfficer("yumen");
        String own = unique("玉门本区记录");
        as(officer, post("/api/zones/yumen/development-records", "{\"year\":2013,\"kind\":\"GOVERNANCE\",\"category\":\"POWER_LIST\","
                + "\"name\":\"" + own + "\"}")).andExpect(status().isCreated());
        String foreign = unique("兰州他区记录");
        asAdmin(post("/api/zones/lanzhou/development-records", "{\"year\":2013,\"kind\":\"GOVERNANCE\",\"category\":\"POWER_LIST\","
                + "\"name\":\"" + foreign + "\"}")).andExpect(status().isCreated());
        String body = as(officer, get("/api/zones/yumen/development-records?year=2013&kind=GOVERNANCE&size=500")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].zone")).isNotEmpty().containsOnly("yumen");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].name")).contains(own).doesNotContain(foreign);
        assertThat(((Number) JsonPath.read(body, "$.total")).longValue()).isEqualTo(JsonPath.<List<Object>>read(body, "$.items").size());
        as(officer, get("/api/zones/lanzhou/development-records?year=2013")).andExpect(status().isForbidden());
        as(cityOfficer("lanzhou-city"), get("/api/zones/yumen/development-records?year=2013")).andExpect(status().isForbidden());
        asAdmin(get("/api/zones/lanzhou/development-records?year=2013&kind=GOVERNANCE&size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == '" + foreign + "')]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.name == '" + own + "')]").isEmpty());
    }

    static byte[] sheet(List<List<Object>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        cn.idev.excel.FastExcel.write(out).sheet("发展记录").doWrite(rows);
        return out.toByteArray();
    }

    org.springframework.test.web.servlet.ResultActions upload(String user, String zone, byte[] file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/zones/{z}/development-records/import", zone)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "发展记录.xlsx", "application/octet-stream", file))
                .header("Authorization", basic(user, PASSWORD)));
    }

    @Test
    @DisplayName("Excel导入发展记录：模板表头；有错则全不写入并逐行中文说明；再导同一文件全部未变；改金额则更正；他区403；坏文件400")
    void importsRecordsAllOrNothingAndIdempotently() throws Exception {
        byte[] template = asAdmin(get("/api/development-records/template")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<java.util.Map<Integer, String>> head = cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(template)).headRowNumber(0)
                .sheet().doReadSync();
        assertThat(head.get(0).values()).containsExactlyElementsOf(DevelopmentImport.HEADERS);
        assertThat(head).hasSize(2);

        String officer = zoneOfficer("jinchang");
        String fund = unique("金昌产业基金");
        String chain = unique("金昌有色金属产业链");
        List<Object> header = List.copyOf(DevelopmentImport.HEADERS);
        List<Object> good1 = java.util.Arrays.asList("2014", "科技金融", "产业（创投）基金", fund, "20000000.00", "2014-05-06", "", "", "", "");
        List<Object> good2 = java.util.Arrays.asList("2014", "产业链（链长制）", "", chain, "", "", "", "王某", "", "补链：铜箔");
        long before = jdbc.sql("SELECT COUNT(*) FROM zone_development_record WHERE zone_code = 'jinchang'").query(Long.class).single();
        String failed = upload(officer, "jinchang", sheet(List.of(header, good1, good2,
                java.util.Arrays.asList("2014", "科技金融", "植树造林", "x", "", "", "", "", "", ""),
                java.util.Arrays.asList("2014", "科技金融", "订单贷", "y", "1.234", "", "", "", "", ""),
                java.util.Arrays.asList("二〇一四", "科技金融", "订单贷", "z", "", "", "", "", "", ""),
                java.util.Arrays.asList("2014", "科技金融", "订单贷", "w", "", "明天", "", "", "", ""),
                good1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FAILED")).andExpect(jsonPath("$.created").value(0))
                .andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> errors = JsonPath.read(failed, "$.errors");
        assertThat(errors).extracting(e -> e.get("row")).containsExactly(4, 5, 6, 7, 8);
        assertThat(errors).extracting(e -> e.get("column")).containsExactly("类别", "金额（元）", "年度", "日期", "名称");
        assertThat(errors.get(0).get("message").toString()).contains("植树造林", "订单贷");
        assertThat(errors.get(4).get("message").toString()).contains("与第2行重复");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zone_development_record WHERE zone_code = 'jinchang'").query(Long.class).single())
                .isEqualTo(before);

        byte[] file = sheet(List.of(header, good1, good2));
        upload(officer, "jinchang", file).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.rows").value(2)).andExpect(jsonPath("$.created").value(2));
        upload(officer, "jinchang", file).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        List<Object> corrected = new java.util.ArrayList<>(good1);
        corrected.set(4, "25000000.00");
        upload(officer, "jinchang", sheet(List.of(header, corrected, good2))).andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(jdbc.sql("SELECT amount FROM zone_development_record WHERE zone_code = 'jinchang' AND name = :n").param("n", fund)
                .query(java.math.BigDecimal.class).list()).containsExactly(new java.math.BigDecimal("25000000.00"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = 'jinchang' AND detail LIKE :d").param("d", "%" + fund + "%")
                .query(Long.class).single()).isEqualTo(2);

        upload(zoneOfficer("yumen"), "jinchang", file).andExpect(status().isForbidden());
        upload(officer, "jinchang", "not a spreadsheet".getBytes()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("xlsx")));
        upload(officer, "jinchang", new byte[0]).andExpect(status().isBadRequest());
        upload(officer, "jinchang", sheet(List.of(List.of("名称", "年度"), List.of("x", "2014")))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("表头")));
    }
}
