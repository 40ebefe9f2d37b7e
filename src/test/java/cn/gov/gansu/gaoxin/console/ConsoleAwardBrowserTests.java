package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import cn.gov.gansu.gaoxin.award.AwardManagement;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 奖补 in a real browser (headless chromium, 1366×768), following {@link ConsoleBrowserTests}: a zone
 * officer confirms and approves an award from the list, the province admin follows the 我的待办 badge
 * and gives the final approval, finance pays it once; then 预算, 政策参数 and 审计日志. Screenshots in
 * {@code target/screenshots/award-*.png}. Skipped without chromium/chromedriver, except when CI=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gaoxin.demo=false",
        "GAOXIN_ADMIN_PASSWORD=" + ConsoleAwardBrowserTests.ADMIN_PASSWORD,
        "gaoxin.awards.public-notice-days=0",
        "spring.datasource.url=jdbc:h2:mem:console-award-browser;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "logging.level.cn.gov.gansu.gaoxin=WARN",
        "gaoxin.security.bcrypt-strength=4"})
class ConsoleAwardBrowserTests extends BrowserTestSupport {

    static final String ADMIN_PASSWORD = "Browser-Admin-Passw0rd!";
    static final String OFFICER = "lanzhou-officer";
    static final String REVIEWER = "lanzhou-reviewer";
    static final String FINANCE = "finance-officer";
    static final String PASSWORD = "Award-Browser-Pa55";

    @Autowired
    AwardManagement awards;

    /** Signs in from a browser without cookies and waits for the console's top bar. */
    void signInAs(String user, String password) {
        signInAfresh(user, password, By.id("me-name"));
    }

    @Test
    @DisplayName("奖补：列表 → 详情 → 确认领取 → 初审通过 → 我的待办 → 终审通过 → 拨付一次；预算、政策参数、审计日志")
    void awardIsWalkedFromTheListThroughApprovalToPayment() throws IOException {
        String uscc = Uscc.withCheckCharacter("91620100BRW0AWD12").value();
        enterprises.insert(uscc, "兰州陇原生物医药科技有限公司", "lanzhou", new EnterpriseManagement.Industry("2761", "生物药品制造"),
                "UNLISTED", false, LocalDate.of(2020, 1, 1));
        asAdmin(() -> enterprises.recordQualification(uscc, new EnterpriseManagement.NewQualification("HIGH_TECH_ENTERPRISE",
                "FIRST", "GR202462009999", LocalDate.of(2025, 11, 3), null)));
        asAdmin(() -> awards.setBudget("PROVINCE_DEPARTMENT", 2026, "50000000.00"));
        accounts.createSystemAccount(new DataScope(OFFICER, Role.ZONE_OFFICER, "lanzhou", null, null), "兰州高新区科技局", PASSWORD, false);
        accounts.createSystemAccount(new DataScope(REVIEWER, Role.ZONE_OFFICER, "lanzhou", null, null), "兰州高新区科技局审核岗", PASSWORD, false);
        accounts.createSystemAccount(new DataScope(FINANCE, Role.PROVINCE_FINANCE, null, null, null), "省财政厅教科文处", PASSWORD, false);

        // the zone officer finds the award in the list and opens it
        signInAs(OFFICER, PASSWORD);
        driver.get(url("/awards"));
        assertThat(text("total")).isEqualTo("共 1 条");
        assertThat(driver.findElement(By.id("award-list")).getText()).contains("新认定高新技术企业奖补", "兰州陇原生物医药科技有限公司",
                "20.00", "待确认");
        checkReadableLayout();
        screenshot("award-1-list");
        driver.findElement(By.cssSelector("#award-list tbody tr td a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("explanation")));
        assertThat(text("amount-yuan")).isEqualTo("200,000.00");
        assertThat(text("explanation")).contains("第10条");
        checkReadableLayout();
        fullPageScreenshot("award-2-detail");

        // 确认领取: an empty account is refused next to the field, then confirmed
        click("confirm-award");
        assertThat(text("bankAccount-error")).isEqualTo("请填写收款银行账号");
        driver.findElement(By.id("bankAccount")).sendKeys("1234");
        click("confirm-award");
        assertThat(text("bankAccount-error")).contains("8至30位数字");
        assertThat(driver.findElement(By.id("bankAccount")).getAttribute("value")).isEqualTo("1234");
        screenshot("award-3-field-error");
        driver.findElement(By.id("bankAccount")).clear();
        driver.findElement(By.id("bankAccount")).sendKeys("6222 0202 0011 2233 445");
        click("confirm-award");
        assertThat(text("done")).contains("已确认领取");
        assertThat(text("status")).isEqualTo("审核中");
        assertThat(text("confirmed-on-behalf")).isEqualTo("高新区管委会代企业确认");

        // contracts §8: the officer who confirmed on the enterprise's behalf may not review it; a colleague does
        assertThat(text("barred")).contains("您已代企业确认本奖补");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
        String awardUrl = driver.getCurrentUrl();
        signInAs(REVIEWER, PASSWORD);
        driver.get(awardUrl);

        // 初审: 同意 is prefilled; a comment is required, then a confirmation step
        assertThat(driver.findElement(By.id("comment")).getAttribute("value")).isEqualTo("同意");
        driver.findElement(By.id("comment")).clear();
        click("submit-decision");
        assertThat(text("comment-error")).isEqualTo("请填写审批意见");
        driver.findElement(By.id("comment")).sendKeys("企业资质与证书核验无误，同意。");
        click("submit-decision");
        assertThat(text("decision-confirm")).contains("请确认：审核通过该奖补", "此操作不可撤销", "企业资质与证书核验无误");
        checkReadableLayout();
        screenshot("award-4-confirm-step");
        click("confirm-decision");
        assertThat(text("done")).isEqualTo("已审核通过。");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty();

        // the province admin follows 我的待办 and gives the final approval
        signInAs("admin", ADMIN_PASSWORD);
        assertThat(text("todo-count")).isEqualTo("1");
        screenshot("award-5-todo-badge");
        click("todo");
        assertThat(text("total")).isEqualTo("共 1 条");
        driver.findElement(By.cssSelector("#award-list tbody tr td a")).click();
        driver.findElement(By.id("comment")).clear();
        driver.findElement(By.id("comment")).sendKeys("同意，从2026年度预算列支。");
        click("submit-decision");
        click("confirm-decision");
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "已通过"));
        assertThat(text("status")).isEqualTo("已通过");
        assertThat(text("todo-count")).isEqualTo("0");
        String detailUrl = driver.getCurrentUrl();

        // finance pays; a second click on the same form does not pay twice
        signInAs(FINANCE, PASSWORD);
        driver.get(detailUrl);
        click("submit-payment");
        assertThat(text("payment-confirm")).contains("请确认：拨付该奖补", "200,000.00 元");
        ((JavascriptExecutor) driver).executeScript(
                "const b = document.getElementById('confirm-payment'); b.click(); b.click();");
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "已拨付"));
        assertThat(driver.findElements(By.cssSelector("#payment-table tbody tr"))).hasSize(1);
        checkReadableLayout();
        fullPageScreenshot("award-6-paid");

        driver.get(url("/budgets"));
        assertThat(driver.findElement(By.id("budget-list")).getText()).contains("省科技厅", "5,000.00", "20.00", "4,980.00");
        checkReadableLayout();
        screenshot("award-7-budgets");

        signInAs("admin", ADMIN_PASSWORD);
        driver.get(url("/awards"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByVisibleText("已拨付");
        click("search");
        waiting().until(ExpectedConditions.urlContains("status=PAID"));
        assertThat(text("total")).isEqualTo("共 1 条");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByVisibleText("审核中");
        click("search");
        waiting().until(ExpectedConditions.textToBe(By.id("total"), "共 0 条"));
        driver.get(url("/policy"));
        assertThat(driver.findElements(By.cssSelector("#clause-coverage tbody tr"))).hasSize(21);
        checkReadableLayout();
        screenshot("award-8-policy");
        driver.get(url("/audit?subjectType=AWARD"));
        assertThat(driver.findElement(By.id("audit-list")).getText()).contains("AWARD_PAID", "AWARD_APPROVED", "AWARD_CONFIRMED");
        checkReadableLayout();
        screenshot("award-9-audit");
    }
}
