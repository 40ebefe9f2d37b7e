package cn.gov.gansu.gaoxin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Debian Chromium the browser tests drive, and the checks every page must pass at
 * 1366×768: no horizontal scroll, no text under 12 px, WCAG AA contrast. Without chromium or
 * chromedriver a test is skipped with a message, except under CI=true, where it fails.
 */
final class Chromium {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<Path> BINARIES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final Path profile;

    private Chromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh browser (own profile directory) whose interface language is {@code lang}. */
    static Chromium start(String lang) throws IOException {
        Path chromium = BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "chromium or chromedriver not found (" + BINARIES + ", " + CHROMEDRIVER
                    + "); install them: apt-get install chromium chromium-driver fonts-noto-cjk";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: the browser test must run, but " + why);
            }
            assumeTrue(false, "Browser test skipped: " + why);
        }
        Path profile = Files.createTempDirectory("gaoxin-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--lang=" + lang, "--user-data-dir=" + profile.toAbsolutePath());
        // the DevTools console (errors, CSP violations) for consoleErrors(..)
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        return new Chromium(driver, profile);
    }

    static void quit(Chromium chromium) throws IOException {
        if (chromium == null) {
            return;
        }
        chromium.driver.quit();
        try (var files = Files.walk(chromium.profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * The browser console's errors since the last call (a Content-Security-Policy violation is one: "Refused to
     * execute inline script…", "Refused to apply inline style…"), each prefixed with the page's address.
     */
    static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                        || e.getMessage().contains("Content Security Policy"))
                .map(e -> driver.getCurrentUrl() + ": " + e.getLevel() + " " + e.getMessage()).toList();
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page at 1366 px wide (the window grows to the page's height, then returns to 1366×768). */
    static void fullPageScreenshot(WebDriver driver, String name) throws IOException {
        Dimension normal = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(normal.getWidth(), (int) height + 150));
        try {
            screenshot(driver, name);
        } finally {
            driver.manage().window().setSize(normal);
        }
    }

    /** The page fits 1366 px without a horizontal scroll bar, no visible text under 12 px, contrast ≥ WCAG AA. */
    static void checkReadableLayout(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object overflow = js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px on " + driver.getCurrentUrl())
                .isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> tiny = (List<String>) js.executeScript("""
                const small = [];
                for (const el of document.querySelectorAll('body *')) {
                  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
                  if (!own || el.offsetParent === null) continue;
                  const size = parseFloat(getComputedStyle(el).fontSize);
                  if (size < 12) small.push(el.tagName + ':' + size + ':' + el.textContent.trim().slice(0, 20));
                }
                return small;""");
        assertThat(tiny).as("text smaller than 12px on " + driver.getCurrentUrl()).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> faint = (List<String>) js.executeScript(CONTRAST_CHECK);
        assertThat(faint).as("text below WCAG AA contrast (4.5:1, large text 3:1) on " + driver.getCurrentUrl()).isEmpty();
    }

    /** Every visible text against its effective background colour (semi-transparent layers blended). */
    static final String CONTRAST_CHECK = """
            const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0,0,0,0];
              const p = m[1].split(',').map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
            const over = (top, bottom) => { const a = top[3];
              return [top[0]*a + bottom[0]*(1-a), top[1]*a + bottom[1]*(1-a), top[2]*a + bottom[2]*(1-a), 1]; };
            const background = el => { const layers = [];
              for (let e = el; e; e = e.parentElement) { const b = parse(getComputedStyle(e).backgroundColor);
                if (b[3] > 0) { layers.push(b); if (b[3] >= 1) break; } }
              let c = [255,255,255,1]; for (let i = layers.length - 1; i >= 0; i--) c = over(layers[i], c); return c; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v/12.92 : Math.pow((v+0.055)/1.055, 2.4); };
              return 0.2126*f(c[0]) + 0.7152*f(c[1]) + 0.0722*f(c[2]); };
            const bad = [];
            for (const el of document.querySelectorAll('body *')) {
              const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
              if (!own || el.offsetParent === null || el.closest('.login-page') && !el.closest('.login-box')) continue;
              const style = getComputedStyle(el);
              const bg = background(el);
              const fg = over(parse(style.color), bg);
              const l1 = lum(fg), l2 = lum(bg);
              const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
              const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              if (ratio < need) bad.push(el.tagName + ' "' + el.textContent.trim().slice(0, 16) + '" ' + ratio.toFixed(2));
            }
            return bad;""";
}
