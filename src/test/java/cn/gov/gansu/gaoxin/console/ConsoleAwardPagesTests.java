package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.idev.excel.FastExcel;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 奖补、预算、政策参数、审计日志 pages through the real security filters (MockMvc). */
class ConsoleAwardPagesTests extends IntegrationTest {

    static MockHttpServletRequestBuilder page(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.TEXT_HTML);
    }

    static MockHttpServletRequestBuilder form(String url, Map<String, String> fields, Object... vars) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(url, vars).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML);
        fields.forEach(b::param);
        return b;
    }

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Records a first HNTE recognition: the policy offers the award (免申即享); answers the award's id. */
    long awardFor(String uscc) throws Exception {
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR2025" + (System.nanoTime() % 10_000_000) + "\",\"date\":\"2025-11-03\"}", uscc))
                .andExpect(status().isCreated());
        String list = asAdmin(get("/api/awards?beneficiary={u}", uscc)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // other test classes sharing the database may have set up matching lines (配套) that add awards
        List<Number> ids = JsonPath.read(list, "$.items[?(@.line == 'NEW_HIGH_TECH_ENTERPRISE')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0).longValue();
    }

    /**
     * An award of an enterprise of the zone, confirmed on its behalf by another officer of the zone
     * (who may then not review it: contracts §8), so that it awaits {@code officer}'s review.
     */
    long underReview(String zone, String officer) throws Exception {
        long id = awardFor(enterpriseIn(zone));
        as(zoneOfficer(zone), post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                .andExpect(status().is2xxSuccessful());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"));
        return id;
    }

    void budget() throws Exception {
        asAdmin(post("/api/budgets", "{\"payer\":\"PROVINCE_DEPARTMENT\",\"year\":2026,\"amountYuan\":\"900000000.00\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    long approved(String zone) throws Exception {
        String officer = zoneOfficer(zone);
        long id = underReview(zone, officer);
        as(officer, post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"初审通过\"}", id))
                .andExpect(status().is2xxSuccessful());
        budget();
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id))
                .andExpect(status().is2xxSuccessful());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("APPROVED"));
        return id;
    }

    @Test
    @DisplayName("奖补列表：中文表头、状态标签、万元；管委会工作人员只看到本区奖补，他区详情为404")
    void zoneOfficerSeesOnlyTheirZonesAwards() throws Exception {
        long own = awardFor(enterpriseIn("jinchang"));
        long other = awardFor(enterpriseIn("zhangye"));
        String officer = zoneOfficer("jinchang");

        String list = html(as(officer, page("/awards")).andExpect(status().isOk()));
        assertThat(list).contains("奖补案件", "受益方", "奖补类别", "待办角色", "金额（万元）", "导出Excel", "待确认", "20.00",
                "新认定高新技术企业奖补", "data-id=\"" + own + "\"");
        assertThat(list).doesNotContain("data-id=\"" + other + "\"").doesNotContain("data-zone=\"zhangye\"");

        String admin = html(asAdmin(page("/awards?zone=zhangye")).andExpect(status().isOk()));
        assertThat(admin).contains("data-id=\"" + other + "\"").doesNotContain("data-id=\"" + own + "\"");

        String refused = html(as(officer, page("/awards/{id}", other)).andExpect(status().isNotFound()));
        assertThat(refused).contains("不在您的数据范围内");
        String detail = html(as(officer, page("/awards/{id}", own)).andExpect(status().isOk()));
        assertThat(detail).contains("金额及计算说明", "200,000.00", "第10条", "审批链与办理记录", "免申即享生成", "拨付记录",
                "id=\"confirm-form\"", "收款银行账号");
    }

    @Test
    @DisplayName("审批表单只出现在待办角色的页面上；意见必填，先确认再提交；我的待办徽标计数")
    void decisionFormAppearsOnlyForThePendingRole() throws Exception {
        String officer = zoneOfficer("pingliang");
        String confirmer = zoneOfficer("pingliang");
        long id = awardFor(enterpriseIn("pingliang"));
        as(confirmer, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                .andExpect(status().is2xxSuccessful());
        String barred = html(as(confirmer, page("/awards/{id}", id)).andExpect(status().isOk()));
        assertThat(barred).doesNotContain("id=\"decision-form\"").contains("id=\"barred\"", "您已代企业确认本奖补",
                "id=\"confirmed-on-behalf\"", "高新区管委会代企业确认");

        String mine = html(as(officer, page("/awards/{id}", id)).andExpect(status().isOk()));
        assertThat(mine).contains("id=\"decision-form\"", "审批意见", "通过", "驳回", "id=\"todo-count\"",
                "/awards?tasks=todo");
        Matcher badge = Pattern.compile("id=\"todo-count\">(\\d+)<").matcher(mine);
        assertThat(badge.find()).isTrue();
        assertThat(Long.parseLong(badge.group(1))).isGreaterThanOrEqualTo(1);
        assertThat(html(asAdmin(page("/awards/{id}", id)))).doesNotContain("id=\"decision-form\"");
        assertThat(html(as(user("AUDITOR", null, null), page("/awards/{id}", id)))).doesNotContain("id=\"decision-form\"");

        String noComment = html(as(officer, form("/awards/{id}/decision", Map.of("decision", "APPROVE", "comment", " ",
                "confirmed", "yes"), id)).andExpect(status().isBadRequest()));
        assertThat(noComment).contains("id=\"comment-error\"", "请填写审批意见", "value=\"APPROVE\" id=\"decision-approve\" checked");
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

        String confirm = html(as(officer, form("/awards/{id}/decision", Map.of("decision", "APPROVE", "comment", "材料齐全，同意"), id))
                .andExpect(status().isOk()));
        assertThat(confirm).contains("id=\"decision-confirm\"", "请确认：审核通过该奖补", "此操作不可撤销", "材料齐全，同意");
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("ZONE_OFFICER"));

        as(officer, form("/awards/{id}/decision", Map.of("decision", "APPROVE", "comment", "材料齐全，同意", "confirmed", "yes"), id))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/awards/" + id));
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.pendingRole").value("PROVINCE_ADMIN"));
        assertThat(html(as(officer, page("/awards/{id}", id)))).doesNotContain("id=\"decision-form\"").contains("材料齐全，同意");
        assertThat(html(asAdmin(page("/awards/{id}", id)))).contains("id=\"decision-form\"");
        assertThat(html(asAdmin(page("/awards?pendingRole=PROVINCE_ADMIN")))).contains("data-id=\"" + id + "\"");
    }

    @Test
    @DisplayName("我的待办：管委会含待企业确认的奖补，代确认后转给同事；已办列出办过的；意见默认“同意”；办理记录读作事件")
    void tasksHoldWhatTheUserMayActOnAndDoneWhatTheyActedOn() throws Exception {
        String uscc = enterpriseIn("jiayuguan");
        long id = awardFor(uscc);
        String confirmer = zoneOfficer("jiayuguan");
        String reviewer = zoneOfficer("jiayuguan");
        String finance = user("PROVINCE_FINANCE", null, null);
        String todo = "/awards?tasks=todo&beneficiary={u}";
        String done = "/awards?tasks=done&beneficiary={u}";
        String row = "data-id=\"" + id + "\"";

        assertThat(html(as(confirmer, page(todo, uscc)).andExpect(status().isOk()))).contains(row, "id=\"tab-todo\"");
        assertThat(html(as(confirmer, page(done, uscc)))).doesNotContain(row);
        assertThat(html(asAdmin(page(todo, uscc)))).doesNotContain(row);
        as(confirmer, post("/api/awards/{id}/confirmation", "{\"bankAccount\":\"6222020200112233445\"}", id))
                .andExpect(status().is2xxSuccessful());
        assertThat(html(as(confirmer, page(todo, uscc)))).doesNotContain(row);
        assertThat(html(as(confirmer, page(done, uscc)))).contains(row);
        assertThat(html(as(reviewer, page(todo, uscc)))).contains(row, "代确认");

        String form = html(as(reviewer, page("/awards/{id}", id)));
        assertThat(form).contains("id=\"decision-form\"", ">同意</textarea>");
        as(reviewer, form("/awards/{id}/decision", Map.of("decision", "APPROVE", "comment", "同意", "confirmed", "yes"), id))
                .andExpect(status().is3xxRedirection());
        assertThat(html(as(reviewer, page(todo, uscc)))).doesNotContain(row);
        assertThat(html(as(reviewer, page(done, uscc)))).contains(row);
        assertThat(html(asAdmin(page(todo, uscc)))).contains(row);

        budget();
        asAdmin(post("/api/awards/{id}/decisions", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", id))
                .andExpect(status().is2xxSuccessful());
        assertThat(html(as(finance, page(todo, uscc)))).contains(row);
        assertThat(html(asAdmin(page(done, uscc)))).contains(row);

        String detail = html(as(finance, page("/awards/{id}", id)));
        assertThat(detail).contains("嘉峪关高新区管委会", "代企业确认领取：收款账号尾号3445", " 审核通过：同意", "省科技厅 ", " 批准：同意",
                "审核中 → 已通过", "id=\"confirmed-on-behalf\"").doesNotContain("审核中 → 审核中");
        // every award in a user's 我的待办 is one the award itself allows the user to act on
        for (String user : List.of(confirmer, reviewer, finance)) {
            Matcher ids = Pattern.compile("data-id=\"(\\d+)\"").matcher(html(as(user, page("/awards?tasks=todo&size=100"))));
            while (ids.find()) {
                as(user, get("/api/awards/{id}", ids.group(1))).andExpect(jsonPath("$.allowedActions").isNotEmpty());
            }
        }
    }

    @Test
    @DisplayName("企业用户可确认领取或放弃领取（须填理由并确认）；放弃后为已驳回")
    void enterpriseMayDeclineWithAReasonAfterConfirming() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        long id = awardFor(uscc);
        String company = user("ENTERPRISE", "enterprise", uscc);
        String detail = html(as(company, page("/awards/{id}", id)).andExpect(status().isOk()));
        assertThat(detail).contains("id=\"confirm-form\"", "或放弃领取", "放弃理由").doesNotContain("id=\"decision-approve\"");
        String confirm = html(as(company, form("/awards/{id}/decision", Map.of("decision", "REJECT", "comment", "本年度不申领"), id))
                .andExpect(status().isOk()));
        assertThat(confirm).contains("请确认：放弃领取该奖补", "确认放弃");
        as(company, form("/awards/{id}/decision", Map.of("decision", "REJECT", "comment", "本年度不申领", "confirmed", "yes"), id))
                .andExpect(status().is3xxRedirection());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(html(as(company, page("/awards/{id}", id)))).contains("已驳回", "本年度不申领").doesNotContain("id=\"actions\"");
    }

    @Test
    @DisplayName("拨付表单提交两次（同一幂等键）只支付一次")
    void aDoubleSubmittedPaymentFormPaysOnce() throws Exception {
        long id = approved("dingxi");
        String finance = user("PROVINCE_FINANCE", null, null);
        String detail = html(as(finance, page("/awards/{id}", id)).andExpect(status().isOk()));
        assertThat(detail).contains("id=\"payment-form\"", "拨付金额");
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(detail);
        assertThat(key.find()).isTrue();
        String confirm = html(as(finance, form("/awards/{id}/payment", Map.of("idempotencyKey", key.group(1),
                "amountYuan", "200000.00"), id)).andExpect(status().isOk()));
        assertThat(confirm).contains("请确认：拨付该奖补", "value=\"" + key.group(1) + "\"");
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.payments.length()").value(0));

        Map<String, String> submit = Map.of("idempotencyKey", key.group(1), "amountYuan", "200000.00", "confirmed", "yes");
        as(finance, form("/awards/{id}/payment", submit, id)).andExpect(status().is3xxRedirection());
        as(finance, form("/awards/{id}/payment", submit, id)).andExpect(status().is3xxRedirection());
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.payments.length()").value(1));
        String paid = html(as(finance, page("/awards/{id}", id)));
        assertThat(paid).contains("已拨付", "id=\"payment-table\"").doesNotContain("id=\"payment-form\"");

        // a form rendered earlier with another key cannot pay again either
        String again = html(as(finance, form("/awards/{id}/payment", Map.of("idempotencyKey", "console-other",
                "amountYuan", "200000.00", "confirmed", "yes"), id)));
        assertThat(again).contains("id=\"form-error\"");
        asAdmin(get("/api/awards/{id}", id)).andExpect(jsonPath("$.payments.length()").value(1));
    }

    @Test
    @DisplayName("奖补列表：htmx请求只返回列表片段；无效的状态参数得到中文400页；未知编号为404页")
    void listAnswersHtmxWithTheFragmentAndRefusesBadParameters() throws Exception {
        String uscc = enterpriseIn("baiyin");
        long id = awardFor(uscc);
        String fragment = html(asAdmin(page("/awards?beneficiary={u}&line=NEW_HIGH_TECH_ENTERPRISE&status=PENDING_CONFIRMATION", uscc).header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(fragment).startsWith("<div id=\"list\"").contains("data-id=\"" + id + "\"", "共 1 条").doesNotContain("<html");
        assertThat(html(asAdmin(page("/awards?beneficiary={u}&status=PAID", uscc)))).contains("共 0 条", "没有符合条件的记录");
        assertThat(html(asAdmin(page("/awards?status=NOPE")).andExpect(status().isBadRequest()))).contains("参数“status”的值无效");
        assertThat(html(asAdmin(page("/awards?sort=bogus")).andExpect(status().isBadRequest()))).contains("参数“sort”");
        String byZone = html(asAdmin(page("/awards?sort=zone&size=100")).andExpect(status().isOk()));
        assertThat(byZone).contains("aria-sort=\"ascending\"", "sort=-zone");
        Matcher zonesInOrder = Pattern.compile("data-zone=\"([a-z-]+)\"").matcher(byZone);
        String previous = "";
        while (zonesInOrder.find()) {
            assertThat(zonesInOrder.group(1)).isGreaterThanOrEqualTo(previous);
            previous = zonesInOrder.group(1);
        }
        assertThat(previous).isNotEmpty();
        assertThat(html(asAdmin(page("/awards/{id}", 987654321L)).andExpect(status().isNotFound()))).contains("未找到编号为987654321的奖补");
    }

    @Test
    @DisplayName("导出Excel：与筛选一致，金额为元")
    void exportHoldsExactlyWhatTheFilterShows() throws Exception {
        String uscc = enterpriseIn("minle");
        long id = awardFor(uscc);
        byte[] xlsx = asAdmin(page("/awards/export?beneficiary={u}&line=NEW_HIGH_TECH_ENTERPRISE", uscc)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", EnterpriseExport.XLSX)).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).values()).containsExactlyElementsOf(AwardPages.EXPORT_HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(id));
        assertThat(rows.get(1).get(6)).isEqualTo("200,000.00"); // a numeric cell in 元, shown #,##0.00
        assertThat(rows.get(1).get(7)).isEqualTo("待确认");
    }

    @Test
    @DisplayName("审计日志：审计和省科技厅可查、可导出；管委会工作人员被拒绝")
    void auditPageIsRefusedToAZoneOfficer() throws Exception {
        long id = awardFor(enterpriseIn("yumen"));
        String officer = zoneOfficer("yumen");
        String refused = html(as(officer, page("/audit")).andExpect(status().isForbidden()));
        assertThat(refused).contains("403");
        as(officer, page("/audit/export")).andExpect(status().isForbidden());
        assertThat(html(as(officer, page("/awards")))).doesNotContain("href=\"/audit\"");

        String auditor = user("AUDITOR", null, null);
        String log = html(as(auditor, page("/audit?subjectType=AWARD&subjectId={id}", id)).andExpect(status().isOk()));
        assertThat(log).contains("审计日志", "对象类型", "AWARD_OFFERED", "奖补 " + id, "共 1 条", "href=\"/audit\"");
        byte[] xlsx = as(auditor, page("/audit/export?subjectType=AWARD&subjectId={id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(3)).isEqualTo("AWARD_OFFERED");
    }

    @Test
    @DisplayName("预算：省科技厅可设置（错误显示在字段旁），财政可查看，管委会工作人员被拒绝")
    void budgetsAreSetByTheProvinceAdminAndReadByFinance() throws Exception {
        String bad = html(asAdmin(form("/budgets", Map.of("payer", "PROVINCE_DEPARTMENT", "year", "2031", "amountYuan", "-5")))
                .andExpect(status().isBadRequest()));
        assertThat(bad).contains("id=\"amountYuan-error\"", "预算金额不能为负数", "value=\"2031\"");
        asAdmin(form("/budgets", Map.of("payer", "PROVINCE_DEPARTMENT", "year", "2031", "amountYuan", "12,345,678.90")))
                .andExpect(status().is3xxRedirection());
        String finance = html(as(user("PROVINCE_FINANCE", null, null), page("/budgets?year=2031")).andExpect(status().isOk()));
        assertThat(finance).contains("年度预算", "预算（万元）", "可用（万元）", "省科技厅", "1,234.57").doesNotContain("id=\"budget-form\"");
        as(user("PROVINCE_FINANCE", null, null), form("/budgets", Map.of("payer", "PROVINCE_DEPARTMENT", "year", "2031",
                "amountYuan", "1"))).andExpect(status().isForbidden());
        as(zoneOfficer("longxi"), page("/budgets")).andExpect(status().isForbidden());
        String city = cityOfficer("jiayuguan-city");
        assertThat(html(as(city, page("/budgets")).andExpect(status().isOk()))).contains("value=\"jiayuguan-city\"", "href=\"/budgets\"");
        as(city, form("/budgets", Map.of("payer", "jiayuguan-city", "year", "2042", "amountYuan", "1,000,000.00")))
                .andExpect(status().is3xxRedirection());
        assertThat(html(as(city, form("/budgets", Map.of("payer", "PROVINCE_DEPARTMENT", "year", "2042", "amountYuan", "1.00")))
                .andExpect(status().isForbidden()))).contains("只能设置本市(州)");
        as(city, get("/api/budgets?year=2042")).andExpect(jsonPath("$.items[0].amountYuan").value("1000000.00"));
    }

    @Test
    @DisplayName("政策参数：条款原文、版本和21条覆盖表")
    void policyPageShowsParametersAndTheCoverageOfAll21Clauses() throws Exception {
        String policy = html(asAdmin(page("/policy")).andExpect(status().isOk()));
        assertThat(policy).contains("政策参数", "条款原文", "条款覆盖", "NEW_HIGH_TECH_ENTERPRISE.amountYuan", "已计算", "第21条");
        Matcher rows = Pattern.compile("<td>第\\d+条</td>").matcher(policy.substring(policy.indexOf("clause-coverage")));
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).isEqualTo(21);
        as(zoneOfficer("qingcheng"), page("/policy")).andExpect(status().isForbidden());
    }
}
