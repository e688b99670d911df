package dev.termin.booking.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Starts Debian's Chromium headless through its own chromedriver (paths given explicitly, so nothing is downloaded),
 * each browser with a fresh profile; runs axe-core in a page; saves screenshots. Without Chromium the browser tests
 * fail with a line saying how to install it; {@code -Dbrowser.skip=true} leaves them out of the build (a profile of
 * this module's pom), which CI never sets. Not thread-safe; one instance per test class.
 */
final class Browsers implements AutoCloseable {

    static final String SKIP_PROPERTY = "browser.skip";
    private static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /** A new headless browser with a window of {@code width} x {@code height}. */
    WebDriver open(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + " / " + DRIVER
                    + ": install it with `apt-get install chromium chromium-driver` (or skip the browser tests with"
                    + " -D" + SKIP_PROPERTY + "=true)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("termin-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--lang=de-DE", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().window().setSize(new Dimension(width, height));
        drivers.add(driver);
        return driver;
    }

    /** The axe-core violations of impact serious or critical on the current page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browsers.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar not on the test class path: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a PNG of the page as {@code name} under {@code -Dscreenshots.dir} (default target/screenshots). */
    static Path screenshot(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the console of the server at {@code port} in a clean tab (no key kept from before), signs in with
     * {@code key} and waits for the day view.
     */
    static void signInToConsole(WebDriver driver, int port, String key) {
        driver.get("http://localhost:" + port + "/console");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        BookingPageBrowserTest.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("key")))
                .sendKeys(key);
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        BookingPageBrowserTest.waitFor(driver).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline .cell")));
    }

    @Override
    public void close() {
        drivers.forEach(WebDriver::quit);
        for (Path p : profiles) {
            try (var files = Files.walk(p)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
