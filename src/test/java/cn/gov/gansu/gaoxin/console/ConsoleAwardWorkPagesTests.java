package cn.gov.gansu.gaoxin.console;

import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.form;
import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.html;
import static cn.gov.gansu.gaoxin.console.ConsoleAwardPagesTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 9 console work on awards: search by company name, 退回修改 beside 驳回, bulk approval on
 * 我的待办, the printable 审批表 / 付款通知 / 公示 list, and the page-number jump.
 */
class ConsoleAwardWorkPagesTests extends IntegrationTest {

    static final String ACCOUNT = "{\"bankAccount\":\"6222020200112233445\"}";

    /** An enterprise named {@code name} in {@code zone} with its first HNTE recognition: answers the award's id. */
    long awardOf(String uscc) throws Exception {
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025" + (System.nanoTime() % 10_000_000) + "\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isCreated());
        String list = asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(list, "$.items[?(@.line == 'NEW_HIGH_TECH_ENTERPRISE')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0).longValue();
    }

    String named(String zone, String name) throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"" + name + "\",\"zone\":\"" + zone + "\"}"))
                .andExpect(status().isCreated());
        return uscc;
    }

    /** An award of the zone confirmed on its behalf by one officer, awaiting another officer's review. */
    long underReview(String uscc, String confirmer) throws Exception {
        long id = awardOf(uscc);
        as(confirmer, post("/api/awards/{id}/confirmation", ACCOUNT, id)).andExpect(status().is2xxSuccessful());
        return id;
    }

    void budget() throws Exception {
        asAdmin(post("/api/budgets", "{\"payer\":\"PROVINCE_DEPARTMENT\",\"year\":2026,\"amountYuan\":\"900000000.00\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    @DisplayName("奖补列表按企业名称查询：解析为数据范围内的企业；无匹配为空；他区企业名称查不到；导出同样过滤；过长输入在原处提示中文错误")
    void searchByCompanyName() throws Exception {
        String tag = unique("检索");
        long mine = awardOf(named("baiyin", tag + "白银新材料有限公司"));
        long other = awardOf(named("zhangye", tag + "张掖电子有限公司"));
        long unrelated = awardOf(enterpriseIn("baiyin"));

        String found = html(asAdmin(page("/awards?beneficiary={b}", tag)).andExpect(status().isOk()));
        assertThat(found).contains("data-id=\"" + mine + "\"", "data-id=\"" + other + "\"", "共 2 条")
                .doesNotContain("data-id=\"" + unrelated + "\"");
        String one = html(asAdmin(page("/awards?beneficiary={b}", tag + "白银")).andExpect(status().isOk()));
        assertThat(one).contains("data-id=\"" + mine + "\"").doesNotContain("data-id=\"" + other + "\"");
        // a zone officer's search holds only its own zone's enterprises
        String officer = zoneOfficer("baiyin");
        String scoped = html(as(officer, page("/awards?beneficiary={b}", tag)).andExpect(status().isOk()));
        assertThat(scoped).contains("data-id=\"" + mine + "\"").doesNotContain("data-id=\"" + other + "\"");
        assertThat(html(asAdmin(page("/awards?beneficiary={b}", unique("无此企业"))))).contains("共 0 条", "没有符合条件的记录");
        // htmx swap: the in-place answer is a 200 fragment with the Chinese reason
        String tooLong = html(asAdmin(page("/awards?beneficiary={b}", "长".repeat(70)).header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(tooLong).contains("id=\"search-error\"", "最多64个字");
        byte[] xlsx = asAdmin(page("/awards/export?beneficiary={b}", tag + "白银")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(xlsx)).sheet().doReadSync();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo(String.valueOf(mine));
    }

    @Test
    @DisplayName("退回修改：审批页上与驳回并列，须写明修改内容（“同意”不行），确认后退回上一环节，办理记录读作“退回修改”")
    void sendBackFromTheAwardPage() throws Exception {
        String uscc = enterpriseIn("jinchang");
        String confirmer = zoneOfficer("jinchang");
        String reviewer = zoneOfficer("jinchang");
        long id = underReview(uscc, confirmer);
        as(reviewer, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id))
                .andExpect(status().isOk());
        String page = html(asAdmin(page("/awards/{id}", id)).andExpect(status().isOk()));
        assertThat(page).contains("id=\"decision-return\"", "退回修改", "id=\"decision-reject\"");
        String noReason = html(asAdmin(form("/awards/{id}/decision", Map.of("decision", "RETURN", "comment", "同意",
                "confirmed", "yes"), id)).andExpect(status().isBadRequest()));
        assertThat(noReason).contains("退回修改须写明需要修改的内容");
        String confirm = html(asAdmin(form("/awards/{id}/decision", Map.of("decision", "RETURN", "comment", "请核对证书"), id))
                .andExpect(status().isOk()));
        assertThat(confirm).contains("请确认：退回修改", "确认退回");
        asAdmin(form("/awards/{id}/decision", Map.of("decision", "RETURN", "comment", "请核对证书", "confirmed", "yes"), id))
                .andExpect(status().is3xxRedirection());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"));
        String history = html(as(reviewer, page("/awards/{id}", id)));
        assertThat(history).contains("退回修改（退回上一环节）：请核对证书", "id=\"decision-form\"");
    }

    @Test
    @DisplayName("我的待办批量审核：一个意见（默认同意），逐项办理；本人代确认过的被拒并说明职责分离；结果逐项列出")
    void bulkApprovalDecidesEachAndSaysWhyOthersWereRefused() throws Exception {
        String a = zoneOfficer("dingxi");
        String b = zoneOfficer("dingxi");
        long first = underReview(enterpriseIn("dingxi"), b);
        long second = underReview(enterpriseIn("dingxi"), b);
        long own = underReview(enterpriseIn("dingxi"), a); // a confirmed it on the company's behalf: four eyes

        String todo = html(as(a, page("/awards?tasks=todo&size=100")).andExpect(status().isOk()));
        assertThat(todo).contains("id=\"bulk-form\"", "id=\"bulk-comment\"", "value=\"同意\"", "id=\"pick-" + first + "\"")
                .doesNotContain("id=\"pick-" + own + "\"");
        assertThat(html(as(a, page("/awards?size=100")))).doesNotContain("id=\"bulk-form\"");

        var request = MockMvcRequestBuilders.post("/awards/bulk-decision").contentType("application/x-www-form-urlencoded")
                .param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(own)).param("comment", "同意");
        String result = html(as(a, request).andExpect(status().isOk()));
        assertThat(result).contains("审核通过 2 项，未能办理 1 项", "data-id=\"" + own + "\" data-ok=\"false\"", "职责分离",
                "data-id=\"" + first + "\" data-ok=\"true\"");
        for (long id : List.of(first, second)) {
            asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"));
        }
        asAdmin(get("/api/awards/{id}", own)).andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"));
        String none = html(as(a, MockMvcRequestBuilders.post("/awards/bulk-decision").contentType("application/x-www-form-urlencoded"))
                .andExpect(status().isBadRequest()));
        assertThat(none).contains("请先勾选");
    }

    @Test
    @DisplayName("打印：审批表（受益方、条款与说明、金额、逐步办理人/时间/意见，中文日期）、付款通知（仅尾号）、公示名单（无银行账号，审计人员可看）")
    void printableDocuments() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        String confirmer = zoneOfficer("lanzhou");
        String reviewer = zoneOfficer("lanzhou");
        long id = underReview(uscc, confirmer);
        String early = html(asAdmin(page("/awards/{id}/payment-notice", id)).andExpect(status().isBadRequest()));
        assertThat(early).contains("尚未批准");
        as(reviewer, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"材料齐全\"}", id))
                .andExpect(status().isOk());
        budget();
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id)).andExpect(status().isOk());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String cn = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";

        String detail = html(asAdmin(page("/awards/{id}", id)));
        assertThat(detail).contains("/awards/" + id + "/print", "/awards/" + id + "/payment-notice");
        String form = html(asAdmin(page("/awards/{id}/print", id)).andExpect(status().isOk()));
        assertThat(form).contains("甘肃省高新区政策奖补审批表", "第10条", "20.00 万元", "200,000.00 元", "材料齐全", "批准：同意",
                cn, "print.css").doesNotContain("class=\"menu\"", "6222020200112233445", "T0", "PROVINCE_DEPARTMENT");
        String notice = html(asAdmin(page("/awards/{id}/payment-notice", id)).andExpect(status().isOk()));
        assertThat(notice).contains("奖补资金付款通知", "尾号 3445", "200,000.00 元", "省科技厅 2026年度预算", cn)
                .doesNotContain("6222020200112233445");
        String auditor = user("AUDITOR", null, null);
        String list = html(as(auditor, page("/awards/publication?from={f}&to={t}", today.minusDays(1), today)).andExpect(status().isOk()));
        assertThat(list).contains("奖补公示名单", "data-id=\"" + id + "\"", "测试科技有限公司", "兰州高新区", cn)
                .doesNotContain("3445", "6222", "尾号");
        String before = html(asAdmin(page("/awards/publication?from=2000-01-01&to=2000-01-31")));
        assertThat(before).contains("本期间内没有批准的奖补", "2000年1月1日至2000年1月31日");
        assertThat(html(asAdmin(page("/awards/publication?from=bad")).andExpect(status().isBadRequest()))).contains("须为日期");
        assertThat(html(asAdmin(page("/awards")))).contains("/awards/publication");

        assertThat(form).contains("/awards/" + id + "/print.pdf");
        assertThat(pdfText("approval", asAdmin(page("/awards/{id}/print.pdf", id))))
                .contains("甘肃省高新区政策奖补审批表", "第10条", "20.00万元", "200,000.00元", "材料齐全", "批准：同意", "审核中→已通过", cn)
                .doesNotContain("6222020200112233445", "PROVINCE_DEPARTMENT");
        assertThat(pdfText("payment-notice", asAdmin(page("/awards/{id}/payment-notice.pdf", id))))
                .contains("奖补资金付款通知", "尾号3445", "200,000.00元", "省科技厅2026年度预算")
                .doesNotContain("6222020200112233445");
        assertThat(pdfText("publication", as(auditor, page("/awards/publication.pdf?from={f}&to={t}", today.minusDays(1), today))))
                .contains("奖补公示名单", "测试科技有限公司", "兰州高新区", "合计")
                .doesNotContain("3445", "6222", "尾号");
        assertThat(html(asAdmin(page("/awards/{id}/payment-notice.pdf", underReview(enterpriseIn("lanzhou"), zoneOfficer("lanzhou"))))
                .andExpect(status().isBadRequest()))).contains("尚未批准");
    }

    private static String pdfText(String name, org.springframework.test.web.servlet.ResultActions result) throws Exception {
        org.springframework.mock.web.MockHttpServletResponse r = result.andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getHeader("Content-Disposition")).startsWith("inline");
        return cn.gov.gansu.gaoxin.support.PdfText.of(name, r);
    }

    @Test
    @DisplayName("分页列表可跳转到指定页，跳转表单保留筛选条件")
    void pageJumpKeepsTheFilter() throws Exception {
        for (int i = 0; i < 11; i++) {
            awardOf(enterpriseIn("yumen"));
        }
        String awards = html(asAdmin(page("/awards?zone=yumen&size=10")).andExpect(status().isOk()));
        assertThat(awards).contains("id=\"jump\"", "跳转", "name=\"zone\" value=\"yumen\"", "name=\"size\" value=\"10\"",
                "name=\"page\"", "action=\"/awards\"");
        assertThat(html(asAdmin(page("/awards?zone=yumen&size=10&page=2")))).contains("第 2 / ");
        String enterprises = html(asAdmin(page("/enterprises?zone=yumen&size=10")).andExpect(status().isOk()));
        assertThat(enterprises).contains("id=\"jump\"", "name=\"zone\" value=\"yumen\"", "action=\"/enterprises\"");
        String one = html(asAdmin(page("/awards?zone=yumen&size=100")));
        assertThat(one).doesNotContain("id=\"jump\"");
    }

    /** The workbook's first sheet as POI reads it: numeric cells stay numbers. */
    static org.apache.poi.ss.usermodel.Sheet sheet(byte[] xlsx) throws Exception {
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    @Test
    @DisplayName("导出Excel：奖补、预算、高新区均有中文表头、冻结首行、列宽；金额为数值单元格（元，两位小数）")
    void exportsHaveNumbersFrozenHeadersAndWidths() throws Exception {
        String uscc = enterpriseIn("longxi");
        long id = awardOf(uscc);
        var awards = sheet(asAdmin(page("/awards/export?beneficiary={u}&line=NEW_HIGH_TECH_ENTERPRISE", uscc)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(awards.getRow(0).getCell(6).getStringCellValue()).isEqualTo("金额（元）");
        assertThat(awards.getRow(1).getCell(0).getNumericCellValue()).isEqualTo((double) id);
        assertThat(awards.getRow(1).getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        assertThat(awards.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(200000.0);
        assertThat(awards.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(awards.getPaneInformation().isFreezePane()).isTrue();
        assertThat(awards.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(awards.getColumnWidth(4)).isEqualTo(30 * 256);

        asAdmin(post("/api/budgets", "{\"payer\":\"PROVINCE_FINANCE\",\"year\":2039,\"amountYuan\":\"1234567.80\"}"))
                .andExpect(status().is2xxSuccessful());
        var budgets = sheet(as(user("AUDITOR", null, null), page("/budgets/export?year=2039")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(budgets.getRow(1).getCell(0).getStringCellValue()).isEqualTo("省级财政");
        assertThat(budgets.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234567.80);
        assertThat(budgets.getPaneInformation().isFreezePane()).isTrue();

        var zones = sheet(asAdmin(page("/zones/export")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(zones.getRow(0).getCell(0).getStringCellValue()).isEqualTo("高新区");
        assertThat(zones.getLastRowNum()).isGreaterThanOrEqualTo(11);
        assertThat(zones.getRow(1).getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        assertThat(html(asAdmin(page("/zones")))).contains("/zones/export");
    }

    @Test
    @DisplayName("预算表单的付款单位为下拉选择（中文名称），列表不显示内部代码；市(州)工作人员只有本市")
    void budgetPayerIsChosenFromAList() throws Exception {
        String admin = html(asAdmin(page("/budgets")).andExpect(status().isOk()));
        assertThat(admin).contains("<select id=\"payer\"", "value=\"PROVINCE_DEPARTMENT\"", ">省科技厅<", ">省级财政<", "/budgets/export")
                .doesNotContain("<small class=\"muted mono\">PROVINCE_DEPARTMENT");
        String city = html(as(cityOfficer("jiayuguan-city"), page("/budgets")).andExpect(status().isOk()));
        assertThat(city).contains("value=\"jiayuguan-city\"").doesNotContain("value=\"PROVINCE_DEPARTMENT\"");
    }

    @Test
    @DisplayName("企业列表、创新平台列表按名称排序时按拼音（阿、北、中），不是按码位（中、北、阿）")
    void namesSortByPinyin() throws Exception {
        String tag = unique("拼音");
        for (String first : List.of("中", "阿", "北")) {
            named("minle", first + tag + "有限公司");
        }
        String list = html(asAdmin(page("/enterprises?name={t}&sort=name", tag)).andExpect(status().isOk()));
        int a = list.indexOf("阿" + tag);
        int b = list.indexOf("北" + tag);
        int z = list.indexOf("中" + tag);
        assertThat(a).isPositive().isLessThan(b);
        assertThat(b).isLessThan(z);
        String desc = html(asAdmin(page("/enterprises?name={t}&sort=-name", tag)));
        assertThat(desc.indexOf("中" + tag)).isLessThan(desc.indexOf("阿" + tag));

        // the platform list: its name header sorts by pinyin (the registry orders across pages)
        for (String first : List.of("中", "阿", "北")) {
            asAdmin(MockMvcRequestBuilders.post("/api/platforms").contentType("application/json")
                    .content("{\"kind\":\"MAKER_SPACE\",\"level\":\"PROVINCIAL\",\"name\":\"" + first + tag
                            + "众创空间\",\"zone\":\"pingliang\",\"recognisedOn\":\"2025-06-01\"}"))
                    .andExpect(status().isCreated());
        }
        String platforms = html(asAdmin(page("/platforms?zone=pingliang&kind=MAKER_SPACE&sort=name&size=100")).andExpect(status().isOk()));
        assertThat(platforms).contains("id=\"sort-name\"", "sort=-name");
        assertThat(platforms.indexOf("阿" + tag)).isPositive().isLessThan(platforms.indexOf("北" + tag));
        assertThat(platforms.indexOf("北" + tag)).isLessThan(platforms.indexOf("中" + tag));
        String platformsDesc = html(asAdmin(page("/platforms?zone=pingliang&kind=MAKER_SPACE&sort=-name&size=100")));
        assertThat(platformsDesc.indexOf("中" + tag)).isPositive().isLessThan(platformsDesc.indexOf("阿" + tag));
    }

    @Test
    @DisplayName("高新区页面的维护表单：省科技厅变更状态（错误在字段旁）、设立飞地、主导产业、伙伴园区；管委会只维护本区产业和伙伴；他人无表单")
    void zoneFormsWriteThroughZoneManagement() throws Exception {
        String page = html(asAdmin(page("/zones/qingcheng")).andExpect(status().isOk()));
        assertThat(page).contains("id=\"status-form\"", "id=\"industries-form\"", "id=\"enclave-form\"", "id=\"partner-form\"");
        String noReason = html(asAdmin(form("/zones/qingcheng/status", Map.of("status", "NATIONAL_CANDIDATE", "date", "2025-06-01",
                "reason", " "))).andExpect(status().isBadRequest()));
        assertThat(noReason).contains("id=\"status-reason-error\"", "请填写变更依据");
        String badDate = html(asAdmin(form("/zones/qingcheng/partners", Map.of("kind", "PARTNER_PARK", "partnerName", "苏州工业园区",
                "region", "江苏省苏州市", "since", "2025-13-01"))).andExpect(status().isBadRequest()));
        assertThat(badDate).contains("id=\"partner-since-error\"", "开始日期须为日期");

        String officer = zoneOfficer("qingcheng");
        String own = html(as(officer, page("/zones/qingcheng")).andExpect(status().isOk()));
        assertThat(own).contains("id=\"industries-form\"", "id=\"partner-form\"").doesNotContain("id=\"status-form\"", "id=\"enclave-form\"");
        String tag = unique("伙伴");
        as(officer, form("/zones/qingcheng/partners", Map.of("kind", "REMOTE_INCUBATION", "partnerName", tag, "region", "北京市海淀区",
                "since", "2025-03-01"))).andExpect(status().is3xxRedirection());
        assertThat(html(as(officer, page("/zones/qingcheng")))).contains(tag);
        as(officer, form("/zones/qingcheng/status", Map.of("status", "REVOKED", "date", "2025-06-01", "reason", "x")))
                .andExpect(status().isForbidden());
        String wrongLine = html(as(officer, form("/zones/qingcheng/industries", Map.of("industries", "石油化工"))).andExpect(status().isBadRequest()));
        assertThat(wrongLine).contains("id=\"industries-error\"", "名称：行业代码");
        assertThat(html(as(user("AUDITOR", null, null), page("/zones/qingcheng")))).doesNotContain("id=\"zone-manage\"");
        assertThat(html(as(zoneOfficer("yumen"), page("/awards")))).doesNotContain("id=\"zone-manage\"");
    }

    @Test
    @DisplayName("评价考核、目标监测、政策参数也可导出Excel（冻结首行、中文表头），页面有导出按钮")
    void evaluationsTargetsAndParametersExport() throws Exception {
        var parameters = sheet(asAdmin(page("/policy/parameters/export")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(parameters.getRow(0).getCell(0).getStringCellValue()).isEqualTo("参数");
        assertThat(parameters.getLastRowNum()).isGreaterThan(10);
        assertThat(parameters.getPaneInformation().isFreezePane()).isTrue();
        var targets = sheet(asAdmin(page("/targets/export?year=2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(targets.getRow(0).getCell(6).getStringCellValue()).isEqualTo("信号灯");
        var evaluations = sheet(as(user("AUDITOR", null, null), page("/evaluations/export")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(evaluations.getRow(0).getCell(3).getStringCellValue()).isEqualTo("状态");
        as(zoneOfficer("minle"), page("/evaluations/export")).andExpect(status().isForbidden());
        assertThat(html(asAdmin(page("/policy")))).contains("/policy/parameters/export");
        assertThat(html(asAdmin(page("/targets")))).contains("/targets/export?year=");
        assertThat(html(asAdmin(page("/evaluations")))).contains("/evaluations/export");
    }

    @Test
    @DisplayName("政策参数页的提案表单：参数新版本与配套项目经维护者-审核者流程提交；错误显示在表单里")
    void proposalFormsOnThePolicyPage() throws Exception {
        String page = html(asAdmin(page("/policy")).andExpect(status().isOk()));
        assertThat(page).contains("id=\"version-form\"", "id=\"line-form\"", "NEW_HIGH_TECH_ENTERPRISE.amountYuan");
        String bad = html(asAdmin(form("/policy/proposals/version", Map.of("name", "NEW_HIGH_TECH_ENTERPRISE.approvals",
                "value", "ENTERPRISE", "validFrom", "2099-01-01"))).andExpect(status().isBadRequest()));
        assertThat(bad).contains("id=\"version-form\"", "不是审批角色");
        var done = asAdmin(form("/policy/proposals/version", Map.of("name", "NEW_HIGH_TECH_ENTERPRISE.amountYuan",
                "value", "250000.00", "validFrom", "2099-01-01", "note", unique("测试提案"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(done).startsWith("/policy?proposed=");
        assertThat(html(asAdmin(page(done)))).contains("已提交提案", "待另一位省科技厅管理员审批");
        String noDate = html(asAdmin(form("/policy/proposals/line", Map.of("city", "lanzhou-city", "baseLine", "NEW_HIGH_TECH_ENTERPRISE",
                "rate", "abc", "lineFrom", "2099-01-01"))).andExpect(status().is4xxClientError()));
        assertThat(noDate).contains("id=\"line-form\"", "class=\"field-error\"");
    }
}
