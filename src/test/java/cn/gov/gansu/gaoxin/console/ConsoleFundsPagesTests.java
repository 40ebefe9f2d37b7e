package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** 资金管理 pages (资金使用, 追回, 资金台账, 市州配套措施, 规划与经验) through the real security filters. */
class ConsoleFundsPagesTests extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A paid clause 10 award of a new enterprise in {@code zone}; answers {id, uscc, enterprise user, zone officer}. */
    Object[] paidAward(String zone, String payer) throws Exception {
        String uscc = enterpriseIn(zone);
        String entitlement = unique("PAGES-");
        tx.executeWithoutResult(s -> events.publishEvent(new EntitlementOffered(entitlement, uscc, zone, "NEW_HIGH_TECH_ENTERPRISE", "10",
                new BigDecimal("200000.00"), "FIXED", payer, 2026, List.of("ZONE_OFFICER", "PROVINCE_ADMIN"), "依据第10条", LocalDate.of(2025, 11, 3))));
        long id = jdbc.sql("SELECT id FROM award WHERE entitlement_id = :e").param("e", entitlement).query(Long.class).single();
        String company = user("ENTERPRISE", "enterprise", uscc);
        String officer = zoneOfficer(zone);
        as(company, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id)).andExpect(status().isOk());
        as(officer, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"材料齐全\"}", id)).andExpect(status().isOk());
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id)).andExpect(status().isOk());
        as(user("PROVINCE_FINANCE", null, null), post("/api/awards/{id}/payments", "{\"amountYuan\":\"200000.00\"}", id)
                .header("Idempotency-Key", unique("pages-pay-"))).andExpect(status().isCreated());
        return new Object[] {id, uscc, company, officer};
    }

    @Test
    @DisplayName("资金管理五个页面在菜单中，中文显示；管委会审核本区企业的资金使用报告")
    void theFundsPagesAreInTheMenuAndTheZoneReviewsAReport() throws Exception {
        String payer = unique("PAGES-PAYER-");
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"1000000.00\"}")).andExpect(status().is2xxSuccessful());
        Object[] a = paidAward("jinchang", payer);
        String report = as((String) a[2], post("/api/awards/{id}/fund-use",
                "{\"year\":2026,\"uses\":[{\"category\":\"RESEARCH_CONDITIONS\",\"amountYuan\":\"60000.00\",\"note\":\"购置仪器\"}]}", a[0]))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = ((Number) com.jayway.jsonpath.JsonPath.read(report, "$.id")).longValue();

        String home = html(asAdmin(ConsoleAwardPagesTests.page("/")).andExpect(status().isOk()));
        assertThat(home).contains("资金管理", "href=\"/funds/use\"", "href=\"/funds/recoveries\"", "href=\"/funds/ledger\"",
                "href=\"/funds/measures\"", "href=\"/funds/plans\"", "hx-get=\"/funds/panel\"");
        assertThat(html(asAdmin(ConsoleAwardPagesTests.page("/funds/panel")).andExpect(status().isOk())))
                .contains("年奖补资金使用", "当年拨付（万元）", "逾期未报告（项）");
        String officerPage = html(as((String) a[3], ConsoleAwardPagesTests.page("/funds/use")).andExpect(status().isOk()));
        assertThat(officerPage).contains("奖补资金使用（第二十一条）", "金昌", "改善科研基础条件 60,000.00元", "待审核的资金使用报告", "通过", "退回")
                .doesNotContain("RESEARCH_CONDITIONS");
        as((String) a[3], ConsoleAwardPagesTests.form("/funds/use/reports/{id}/review", Map.of("decision", "ACCEPT", "comment", "属实"), reportId))
                .andExpect(redirectedUrl("/funds/use"));
        assertThat(jdbc.sql("SELECT status FROM fund_use_report WHERE id = :id").param("id", reportId).query(String.class).single())
                .isEqualTo("ACCEPTED");
        assertThat(html(as((String) a[2], ConsoleAwardPagesTests.page("/funds/use")).andExpect(status().isOk())))
                .contains("测试科技有限公司" + String.valueOf(a[1]).substring(10)).doesNotContain("催报逾期未报告");

        assertThat(html(asAdmin(ConsoleAwardPagesTests.page("/funds/ledger").param("payer", payer).param("year", "2026")).andExpect(status().isOk())))
                .contains("年度资金台账", "平衡", "金昌", "拨付", "打印");
        as((String) a[2], ConsoleAwardPagesTests.page("/funds/ledger")).andExpect(status().isForbidden());
        assertThat(html(asAdmin(ConsoleAwardPagesTests.page("/funds/recoveries")).andExpect(status().isOk()))).contains("资金追回", "四眼原则");
        assertThat(html(asAdmin(ConsoleAwardPagesTests.page("/funds/plans")).andExpect(status().isOk()))).contains("发展规划", "可复制可推广经验");
        byte[] xlsx = asAdmin(ConsoleAwardPagesTests.page("/funds/use/export").param("zone", "jinchang")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        // money as numbers in 元 (not text), the header row frozen
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation()).isNotNull().satisfies(p -> assertThat(p.isFreezePane()).isTrue());
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("拨付金额（元）");
            org.apache.poi.ss.usermodel.Row row = null;
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                if (r.getRowNum() > 0 && (long) r.getCell(0).getNumericCellValue() == ((Number) a[0]).longValue()) {
                    row = r;
                }
            }
            assertThat(row).as("the paid award's row").isNotNull();
            assertThat(row.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(200000.0);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    @DisplayName("规划、经验与追回的表单：办成后回到列表页并一次显示中文结果（带编号或名称），被拒时显示拒绝理由；金额可带千分位")
    void theFormsFlashTheirResultOrTheRefusal() throws Exception {
        String officer = zoneOfficer("baiyin");
        String plan = unique("白银产业发展规划");
        as(officer, ConsoleAwardPagesTests.form("/funds/plans", Map.of("kind", "INDUSTRY", "title", plan, "adoptedOn", "2025-06-01")))
                .andExpect(redirectedUrl("/funds/plans")).andExpect(flash().attribute("done", "已报送规划《" + plan + "》，待审核。"));
        long planId = jdbc.sql("SELECT id FROM zone_plan WHERE title = :t").param("t", plan).query(Long.class).single();
        asAdmin(ConsoleAwardPagesTests.form("/funds/plans/{id}/review", Map.of("decision", "ACCEPT"), planId))
                .andExpect(redirectedUrl("/funds/plans")).andExpect(flash().attribute("done", "已审核规划 " + planId + "。"));
        asAdmin(ConsoleAwardPagesTests.form("/funds/plans/{id}/review", Map.of("decision", "ACCEPT"), planId))
                .andExpect(redirectedUrl("/funds/plans")).andExpect(flash().attribute("error", "规划“" + planId + "”已审核，不能再次审核"))
                .andExpect(flash().attributeCount(1));
        as(officer, ConsoleAwardPagesTests.form("/funds/plans", Map.of("kind", "NOPE", "title", plan, "adoptedOn", "2025-06-01")))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("kind")));

        String experience = unique("白银经验");
        as(officer, ConsoleAwardPagesTests.form("/funds/experiences", Map.of("title", experience, "summary", "一站式服务")))
                .andExpect(redirectedUrl("/funds/plans")).andExpect(flash().attribute("done", "已报送经验《" + experience + "》，待省科技厅审核发布。"));
        long experienceId = jdbc.sql("SELECT id FROM zone_experience WHERE title = :t").param("t", experience).query(Long.class).single();
        asAdmin(ConsoleAwardPagesTests.form("/funds/experiences/{id}/review", Map.of("decision", "RETURN"), experienceId))
                .andExpect(flash().attribute("error", "字段“comment”：退回须填写意见"));
        asAdmin(ConsoleAwardPagesTests.form("/funds/experiences/{id}/review", Map.of("decision", "PUBLISH"), experienceId))
                .andExpect(redirectedUrl("/funds/plans")).andExpect(flash().attribute("done", "已审核经验 " + experienceId + "。"));

        String payer = unique("PAGES-PAYER-");
        asAdmin(post("/api/budgets", "{\"payer\":\"" + payer + "\",\"year\":2026,\"amountYuan\":\"1000000.00\"}")).andExpect(status().is2xxSuccessful());
        Object[] a = paidAward("baiyin", payer);
        long award = ((Number) a[0]).longValue();
        asAdmin(ConsoleAwardPagesTests.form("/funds/awards/{id}/recovery", Map.of("amountYuan", " 1,000.00 ", "reason", "用途不符"), award))
                .andExpect(redirectedUrl("/funds/recoveries"))
                .andExpect(flash().attribute("done", "已提出追回奖补 " + award + " 的资金，待另一位省科技厅管理员决定。"));
        long recovery = jdbc.sql("SELECT id FROM fund_recovery WHERE award_id = :a").param("a", award).query(Long.class).single();
        assertThat(jdbc.sql("SELECT amount FROM fund_recovery WHERE id = :id").param("id", recovery).query(BigDecimal.class).single())
                .isEqualByComparingTo("1000.00");
        asAdmin(ConsoleAwardPagesTests.form("/funds/recoveries/{id}/decision", Map.of("decision", "APPROVE"), recovery))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("四眼原则")));
        as(user("PROVINCE_ADMIN", null, null), ConsoleAwardPagesTests.form("/funds/recoveries/{id}/decision", Map.of("decision", "APPROVE"), recovery))
                .andExpect(redirectedUrl("/funds/recoveries")).andExpect(flash().attribute("done", "已对追回 " + recovery + " 作出决定。"));
        as(user("PROVINCE_FINANCE", null, null), ConsoleAwardPagesTests.form("/funds/recoveries/{id}/repayment", Map.of("amountYuan", "1,000.00"), recovery))
                .andExpect(redirectedUrl("/funds/recoveries")).andExpect(flash().attribute("done", "已登记追回 " + recovery + " 的退回款。"));
        assertThat(jdbc.sql("SELECT repaid FROM fund_recovery WHERE id = :id").param("id", recovery).query(BigDecimal.class).single())
                .isEqualByComparingTo("1000.00");
    }

    @Test
    @DisplayName("市(州)在页面登记配套措施，列表和承诺与拨付对比显示中文市名")
    void aCityRecordsAMeasureOnThePage() throws Exception {
        String city = cityOfficer("wuwei-city");
        String title = unique("武威市支持高新区措施");
        as(city, ConsoleAwardPagesTests.form("/funds/measures", Map.of("city", "wuwei-city", "title", title, "documentNumber", "武政发〔2026〕3号",
                "issuedOn", "2026-04-01", "committedYuan", "1,000,000.00"))).andExpect(redirectedUrl("/funds/measures"));
        String body = html(as(city, ConsoleAwardPagesTests.page("/funds/measures").param("city", "wuwei-city")).andExpect(status().isOk()));
        assertThat(body).contains(title, "武威市", "100.00", "年各市(州)承诺配套与实际拨付").doesNotContain("wuwei-city</td>");
        byte[] xlsx = as(city, ConsoleAwardPagesTests.page("/funds/measures/export")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
