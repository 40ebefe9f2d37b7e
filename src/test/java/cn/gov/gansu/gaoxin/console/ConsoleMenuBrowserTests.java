package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

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
class ConsoleMenuBrowserTests extends BrowserTestSupport {

    static final String PASSWORD = "Menu-Walk-Passw0rd!";

    /** One account of every role (the enterprise account for a registered enterprise of Lanzhou). */
    Map<Role, String> accountsOfEveryRole() {
        return accountsOf(List.of(Role.values()), "walk", PASSWORD, "91620100MA74WALK0", "兰州菜单巡检科技有限公司");
    }

    @Test
    @DisplayName("每个角色在浏览器中登录后打开菜单中的每一项，没有一项是错误页")
    void everyRoleOpensEveryMenuEntryInTheBrowser() {
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<Role, String> user : accountsOfEveryRole().entrySet()) {
            signInAfresh(user.getValue(), PASSWORD, By.cssSelector("nav.menu"));
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
                waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("verification-status")));
                assertThat(driver.findElement(By.id("verification-status")).getText()).isEqualTo("完好");
                assertThat(driver.findElements(By.cssSelector("#verification-tables tbody tr"))).hasSize(3);
                checkReadableLayout();
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
