package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.evaluation.Evaluations;
import cn.gov.gansu.gaoxin.platform.PlatformManagement;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 创新平台, 目标监测 and 评价考核 in a real browser (headless chromium at 1366×768): the platform list's
 * filter, the targets page with its ECharts chart drawn, and an evaluation reviewed through the
 * confirmation form. Screenshots in {@code target/screenshots/ui3-*.png}. Skipped without chromium
 * and chromedriver, except when CI=true, where it fails (as {@link ConsoleBrowserTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gaoxin.demo=false",
        "GAOXIN_ADMIN_PASSWORD=" + ConsoleEvaluationBrowserTests.ADMIN_PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:console-ui3-browser;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "logging.level.cn.gov.gansu.gaoxin=WARN",
        "gaoxin.security.bcrypt-strength=4"})
class ConsoleEvaluationBrowserTests extends BrowserTestSupport {

    static final String ADMIN_PASSWORD = "Browser-Admin-Passw0rd!";

    @Autowired
    PlatformManagement platforms;
    @Autowired
    Evaluations evaluations;

    /** 12 enterprises in Lanzhou (3 HNTE), 6 in Baiyin (none); five platforms; a draft evaluation for 2016. */
    long seed() {
        java.util.Random random = new java.util.Random(20261128);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 18; i++) {
            StringBuilder body = new StringBuilder(i < 12 ? "91620100" : "91620400");
            for (int k = 0; k < 9; k++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String uscc = Uscc.withCheckCharacter(body.toString()).value();
            enterprises.insert(uscc, (i < 12 ? "兰州陇原科技有限公司" : "白银河西材料有限公司") + (i + 1), i < 12 ? "lanzhou" : "baiyin",
                    new EnterpriseManagement.Industry("2761", "生物药品制造"), "UNLISTED", false, LocalDate.of(2020, 1, 1));
            if (i < 3) {
                String certificate = "GR2025620010" + i;
                asAdmin(() -> enterprises.recordQualification(uscc, new EnterpriseManagement.NewQualification("HIGH_TECH_ENTERPRISE",
                        "FIRST", certificate, LocalDate.of(2025, 3, 3), null)));
            }
        }
        var bio = new PlatformManagement.IndustryServed("生物医药", List.of("27"));
        asAdmin(() -> platforms.record(new PlatformManagement.NewPlatform("INCUBATOR", "NATIONAL", "兰州生物医药科技企业孵化器",
                "lanzhou", null, bio, LocalDate.of(2019, 5, 1), null)));
        asAdmin(() -> platforms.record(new PlatformManagement.NewPlatform("MAKER_SPACE", "PROVINCIAL", "兰州创客空间",
                "lanzhou", null, null, LocalDate.of(2021, 9, 1), null)));
        asAdmin(() -> platforms.record(new PlatformManagement.NewPlatform("NEW_RD_INSTITUTE", "PROVINCIAL", "白银新材料研究院",
                "baiyin", null, null, LocalDate.of(2022, 4, 1), null)));
        asAdmin(() -> platforms.record(new PlatformManagement.NewPlatform("INCUBATOR", "CITY", "白银有色金属孵化器",
                "baiyin", null, new PlatformManagement.IndustryServed("有色金属", List.of("32")), LocalDate.of(2023, 6, 1), null)));
        asAdmin(() -> platforms.record(new PlatformManagement.NewPlatform("ACADEMICIAN_WORKSTATION", "PROVINCIAL", "张掖院士工作站",
                "zhangye", null, null, LocalDate.of(2024, 1, 15), null)));
        // drafted by a second department official: admin, who reviews it in the browser, may not review its own draft
        if (!accounts.exists("evaluation-drafter")) {
            accounts.createSystemAccount(new cn.gov.gansu.gaoxin.identity.DataScope("evaluation-drafter",
                    cn.gov.gansu.gaoxin.identity.Role.PROVINCE_ADMIN, null, null, null), "评价起草人", "Drafter-Passw0rd!", false);
        }
        return as("evaluation-drafter", () -> evaluations.draft("{\"year\":2016,\"method\":\"TARGET_REFERENCED\",\"passMark\":60,"
                + "\"indicators\":[{\"code\":\"NEW_HIGH_TECH_ENTERPRISES\",\"weight\":1,\"benchmark\":10}],"
                + "\"rewardTopN\":3,\"bigDropPlaces\":3}"));
    }

    /** This walk has always waited up to 20 s for each step. */
    @Override
    WebDriverWait waiting() {
        return waiting(20);
    }

    @Test
    @DisplayName("创新平台筛选、目标监测图表、评价审核确认：三页在1366×768下可用")
    void provinceAdminWalksPlatformsTargetsAndReviewsAnEvaluation() throws IOException {
        long id = seed();
        signInAfresh("admin", ADMIN_PASSWORD, By.cssSelector(".menu"));

        driver.findElement(By.linkText("创新平台")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("platform-list")));
        assertThat(driver.findElement(By.id("total")).getText()).isEqualTo("共 5 条");
        new Select(driver.findElement(By.id("f-kind"))).selectByVisibleText("科技企业孵化器");
        driver.findElement(By.id("search")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("total"), "共 2 条"));
        assertThat(driver.findElement(By.id("platform-list")).getText()).contains("兰州生物医药科技企业孵化器", "白银有色金属孵化器", "国家级", "市级");
        assertThat(driver.getCurrentUrl()).contains("kind=INCUBATOR");
        checkReadableLayout();
        screenshot("ui3-01-platforms");

        driver.findElement(By.linkText("目标监测")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#share-chart canvas")));
        assertThat(driver.findElement(By.id("chart-title")).getText()).startsWith("各高新区高企占比与10%目标");
        assertThat(driver.findElement(By.id("share-table")).getText()).contains("兰州", "25.0%", "达标");
        Number painted = (Number) ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('share-chart')).getOption().series[0].data.length;");
        assertThat(painted.intValue()).as("bars drawn").isGreaterThanOrEqualTo(2);
        checkReadableLayout();
        screenshot("ui3-02-targets");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.zone-card').scrollIntoView();");
        screenshot("ui3-03-targets-zone");

        driver.findElement(By.linkText("评价考核")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-list")));
        assertThat(driver.findElement(By.id("evaluation-list")).getText()).contains("2016年度", "草稿", "目标值法");
        checkReadableLayout();
        screenshot("ui3-04-evaluations");
        driver.findElement(By.cssSelector("tr[data-id='" + id + "'] a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("actions")));
        driver.findElement(By.id("comment")).sendKeys("数据已核对，同意审核");
        driver.findElement(By.id("confirm")).click();
        checkReadableLayout();
        screenshot("ui3-05-evaluation-draft");
        WebElement form = driver.findElement(By.cssSelector("form.confirm-form"));
        assertThat(form.getAttribute("data-confirm")).contains("不可撤回");
        driver.findElement(By.id("act")).click();
        try {
            // the browser's confirm() dialog, when the driver surfaces it (headless chromium may answer it itself)
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent()).accept();
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoAlertPresentException surfacedNoDialog) {
            // the form was submitted: the page below shows the outcome
        }
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "已审核"));
        assertThat(driver.findElement(By.id("actions")).getText()).contains("发布", "不可撤回");
        assertThat(driver.findElement(By.id("result-list")).getText()).contains("定西高新区", "不合格").doesNotContain("兰州高新区");
        checkReadableLayout();
        screenshot("ui3-06-evaluation-reviewed");
    }
}
