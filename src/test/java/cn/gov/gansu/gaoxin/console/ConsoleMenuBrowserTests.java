package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role, in a real browser: one user of each role signs in and opens every entry of the menu it
 * is shown; none may end on an error page (the 审计日志 page once answered 500 on every load). The
 * same walk without a browser: {@link ConsoleMenuWalkTests}. Skipped without chromium/chromedriver
 * (fails under CI=true).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gaoxin.demo=false",
        "GAOXIN_ADMIN_PASSWORD=" + ConsoleMenuBrowserTests.PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:console-menu-browser;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "logging.level.cn.gov.gansu.gaoxin=WARN",
        "gaoxin.security.bcrypt-strength=4"})
class ConsoleMenuBrowserTests {

    static final String PASSWORD = "Menu-Walk-Passw0rd!";

    static WebDriver driver;
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;
    @Autowired
    EnterpriseManagement enterprises;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start("zh-CN");
        driver = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        Chromium.quit(chromium);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** One account of every role (the enterprise account for a registered enterprise of Lanzhou). */
    Map<Role, String> accountsOfEveryRole() {
        String uscc = cn.gov.gansu.gaoxin.shared.Uscc.withCheckCharacter("91620100MA74WALK0").value();
        enterprises.insert(uscc, "兰州菜单巡检科技有限公司", "lanzhou", new EnterpriseManagement.Industry("2761", "生物药品制造"),
                "UNLISTED", false, LocalDate.of(2020, 1, 1));
        Map<Role, String> users = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String name = "walk-" + role.name().toLowerCase().replace('_', '-');
            DataScope scope = switch (role) {
                case ZONE_OFFICER -> new DataScope(name, role, "lanzhou", null, null);
                case CITY_OFFICER -> new DataScope(name, role, null, "lanzhou-city", null);
                case ENTERPRISE -> new DataScope(name, role, null, null, uscc);
                default -> new DataScope(name, role, null, null, null);
            };
            accounts.createSystemAccount(scope, role.chineseName() + "巡检", PASSWORD, false);
            users.put(role, name);
        }
        return users;
    }

    @Test
    @DisplayName("每个角色在浏览器中登录后打开菜单中的每一项，没有一项是错误页")
    void everyRoleOpensEveryMenuEntryInTheBrowser() {
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<Role, String> user : accountsOfEveryRole().entrySet()) {
            driver.manage().deleteAllCookies();
            driver.get(url("/login"));
            driver.findElement(By.id("username")).sendKeys(user.getValue());
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
            List<String> links = driver.findElements(By.cssSelector("nav.menu a")).stream()
                    .filter(a -> a.getAttribute("target") == null || a.getAttribute("target").isEmpty())
                    .map(a -> a.getDomAttribute("href")).toList();
            assertThat(links).as(user.getKey() + "'s menu").contains("/", "/account/password");
            for (String link : links) {
                driver.get(url(link));
                opened++;
                String problem = errorOnPage();
                if (problem != null) {
                    failures.add(user.getKey() + " " + link + ": " + problem);
                }
            }
            if (user.getKey() == Role.AUDITOR || user.getKey() == Role.PROVINCE_ADMIN) {
                assertThat(links).contains("/audit");
            }
            if (user.getKey() == Role.AUDITOR) {
                driver.get(url("/audit"));
                driver.findElement(By.id("verify")).click();
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("verification-status")));
                assertThat(driver.findElement(By.id("verification-status")).getText()).isEqualTo("完好");
                assertThat(driver.findElements(By.cssSelector("#verification-tables tbody tr"))).hasSize(3);
                Chromium.checkReadableLayout(driver);
            }
        }
        assertThat(failures).as("menu entries that ended on an error page").isEmpty();
        assertThat(opened).isGreaterThanOrEqualTo(Role.values().length * 6);
    }

    /** Null when the page is a console page, else what the error page says. */
    String errorOnPage() {
        String title = driver.getTitle();
        List<WebElement> problems = driver.findElements(By.cssSelector("section.problem, main.login-box[role=alert]"));
        if (!problems.isEmpty()) {
            return title + " — " + problems.get(0).getText();
        }
        if (driver.findElements(By.cssSelector("nav.menu")).isEmpty() || title.matches("^\\d{3}\\b.*")) {
            return "not a console page: " + title;
        }
        return null;
    }
}
