package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What every browser test class shares, so that each keeps only its own walk: one {@link Chromium} per class
 * (started before its first test, quit after its last; skipped without chromium/chromedriver, failing under
 * CI=true), the server's address, signing in, waiting, reading and clicking elements, screenshots and the
 * readable-layout check, acting as a user on the service layer, and accounts of several roles. The subclass
 * keeps its own {@code @SpringBootTest} (its own in-memory database and passwords).
 */
abstract class BrowserTestSupport {

    /** The browser's interface language when it is not zh-CN. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface BrowserLanguage {
        String value();
    }

    static WebDriver driver;
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;
    @Autowired
    EnterpriseManagement enterprises;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void startBrowser(TestInfo test) throws IOException {
        BrowserLanguage language = test.getTestClass().map(c -> c.getAnnotation(BrowserLanguage.class)).orElse(null);
        chromium = Chromium.start(language == null ? "zh-CN" : language.value());
        driver = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        Chromium.quit(chromium);
        chromium = null;
        driver = null;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A wait of 15 s that reads a page replaced meanwhile (stale element) again. */
    WebDriverWait waiting() {
        return waiting(15);
    }

    static WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Fills in and sends the sign-in form; keeps the browser's cookies and waits for nothing. */
    void signIn(String user, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Signs in from a browser without cookies (no earlier session) and waits up to 20 s for {@code signedIn}. */
    void signInAfresh(String user, String password, By signedIn) {
        driver.manage().deleteAllCookies();
        signIn(user, password);
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(signedIn));
    }

    /** The element's text once visible; a page replaced while reading it (stale element) is read again. */
    String text(String id) {
        return waiting().until(d -> {
            try {
                WebElement e = d.findElement(By.id(id));
                return e.isDisplayed() ? e.getText() : null;
            } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                return null;
            }
        });
    }

    void click(String id) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }

    void fullPageScreenshot(String name) throws IOException {
        Chromium.fullPageScreenshot(driver, name);
    }

    void checkReadableLayout() {
        Chromium.checkReadableLayout(driver);
    }

    /** Runs {@code action} on the service layer signed in as the initial administrator. */
    void asAdmin(Runnable action) {
        as("admin", () -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code action} on the service layer signed in as {@code username}. */
    <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * One account per role, named {@code prefix-role} with {@code password}: a zone officer of Lanzhou, a city
     * officer of Lanzhou city, an enterprise account of a new Lanzhou enterprise (USCC body {@code usccBody},
     * name {@code enterpriseName}), the other roles province-wide.
     */
    Map<Role, String> accountsOf(List<Role> roles, String prefix, String password, String usccBody, String enterpriseName) {
        String uscc = Uscc.withCheckCharacter(usccBody).value();
        enterprises.insert(uscc, enterpriseName, "lanzhou", new EnterpriseManagement.Industry("2761", "生物药品制造"),
                "UNLISTED", false, LocalDate.of(2020, 1, 1));
        Map<Role, String> names = new LinkedHashMap<>();
        for (Role role : roles) {
            String name = prefix + "-" + role.name().toLowerCase().replace('_', '-');
            DataScope scope = switch (role) {
                case ZONE_OFFICER -> new DataScope(name, role, "lanzhou", null, null);
                case CITY_OFFICER -> new DataScope(name, role, null, "lanzhou-city", null);
                case ENTERPRISE -> new DataScope(name, role, null, null, uscc);
                default -> new DataScope(name, role, null, null, null);
            };
            accounts.createSystemAccount(scope, role.chineseName() + "巡检", password, false);
            names.put(role, name);
        }
        return names;
    }
}
