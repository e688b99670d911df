package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.BookingPageBrowserTest.button;
import static dev.termin.booking.adapter.http.BookingPageBrowserTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console in headless Chromium against a real server whose external calendar can be made to fail (demo
 * salon, Monday 2026-06-15 08:00). Two browsers are signed in with the demo key, as the desk and as a colleague.
 */
class ConsoleBrowserTest {

    private static final InMemoryExternalCalendar calendar = new InMemoryExternalCalendar();
    private static TestServer ts;
    private static Browsers browsers;
    private static WebDriver desk;
    private static WebDriver colleague;

    @BeforeAll
    static void start() {
        ts = new TestServer(UnaryOperator.identity(), calendar, 100_000);
        browsers = new Browsers();
        desk = browsers.open(1280, 860);
        colleague = browsers.open(1280, 860);
    }

    @AfterAll
    static void stop() {
        if (browsers != null) {
            browsers.close();
        }
        if (ts != null) {
            ts.close();
        }
    }

    private static String base() {
        return "http://localhost:" + ts.server.port();
    }

    private static void signIn(WebDriver d) {
        Browsers.signInToConsole(d, ts.server.port(), TestServer.DEMO_KEY);
    }

    private static void book(String service, String staff, String start, String name) {
        assertThat(ts.demo.post("/v1/appointments", "{\"service\":\"" + service + "\",\"staff\":\"" + staff
                + "\",\"start\":\"" + start + "\",\"customer\":{\"name\":\"" + name
                + "\",\"phone\":\"0151 2222222\"}}").status()).isEqualTo(201);
    }

    /** Scrolls the element into the middle of the timeline first, as a user would. */
    private static void click(WebDriver d, By by) {
        WebElement e = d.findElement(by);
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static By cell(String staff, String time) {
        return By.cssSelector(".col[data-staff='" + staff + "'] .cell[data-time='" + time + "']");
    }

    @Test
    void theDeskBooksAPhoneCustomer_theBookingPageStopsOfferingTheTime_andASecondConsoleShowsItWithinTwoSeconds() {
        // given two signed-in consoles on today's day view, and 11:00 with Maria free
        assertThat(ts.demo.get("/v1/availability?service=haircut&staff=maria&date=2026-06-15").text())
                .contains("2026-06-15T11:00");
        book("root-colour", "emma", "2026-06-15T10:00", "Anna Becker");
        book("blow-dry", "jonas", "2026-06-15T14:00", "Ben Richter");
        signIn(desk);
        signIn(colleague);

        // when the desk books a phone customer into Maria's 11:00
        click(desk, cell("maria", "11:00"));
        new Select(waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("b-service"))))
                .selectByValue("haircut");
        desk.findElement(By.id("b-name")).sendKeys("Clara Wolf");
        desk.findElement(By.id("b-phone")).sendKeys("0160 9876543");
        new Select(desk.findElement(By.id("b-source"))).selectByValue("phone");
        desk.findElement(By.cssSelector("dialog button[type=submit]")).click();
        waitFor(desk).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));

        // then the colleague's console shows it within two seconds, without a reload
        new WebDriverWait(colleague, Duration.ofSeconds(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".col[data-staff='maria'] .appt"), "Clara Wolf"));
        assertThat(desk.findElement(By.cssSelector(".col[data-staff='maria'] .appt")).getText())
                .contains("Clara Wolf", "Haarschnitt", "gebucht");
        Browsers.screenshot(desk, "console-day.png");

        // and the booking page no longer offers Maria's 11:00
        BookingPageBrowserTest.toTimes(desk, base() + "/book/demo?key=" + TestServer.DEMO_KEY, "Haarschnitt", "Maria");
        assertThat(desk.findElements(By.cssSelector("button.time"))).extracting(e -> e.getText())
                .contains("10:00").doesNotContain("11:00");
    }

    @Test
    void theOwnerSeesAFailingSyncInTheTilesAndTheManualReviewList() {
        // given an appointment whose calendar sync the external calendar refuses until it is parked
        ts.server.runBackgroundWork(); // what others booked reaches the calendar first
        calendar.failNextCreates(1_000, false);
        Http.Resp booked = ts.demo.post("/v1/appointments", "{\"service\":\"blow-dry\",\"staff\":\"emma\","
                + "\"start\":\"2026-06-16T15:00\",\"customer\":{\"name\":\"Dora Sync\",\"phone\":\"0151 1111111\"}}");
        assertThat(booked.status()).isEqualTo(201);
        for (int i = 0; i < 20 && ts.demo.get("/v1/ops/sync-health").json().at("/counts/failed").asInt() == 0; i++) {
            ts.clock.advance(Duration.ofMinutes(10));
            ts.server.runBackgroundWork();
        }
        int failed = ts.demo.get("/v1/ops/sync-health").json().at("/counts/failed").asInt();
        assertThat(failed).isPositive();

        // and some holds, two of them converted, for the hold metrics
        for (String time : new String[] {"10:00", "11:00", "12:00"}) {
            Http.Resp hold = ts.demo.post("/v1/holds", "{\"service\":\"haircut\",\"staff\":\"jonas\",\"start\":"
                    + "\"2026-06-16T" + time + "\",\"owner\":\"web-1\"}");
            assertThat(hold.status()).isEqualTo(201);
            if (!time.equals("12:00")) {
                assertThat(ts.demo.post("/v1/holds/" + hold.json().get("token").asText() + "/confirm",
                        "{\"owner\":\"web-1\",\"customer\":{\"name\":\"Eva Hold\",\"phone\":\"0151 3333333\"}}")
                        .status()).isEqualTo(201);
            }
        }

        // when the owner opens the overview
        signIn(colleague);
        colleague.findElement(By.cssSelector("#nav [data-view=dashboard]")).click();

        // then the failed tile counts it, the status says it in words, and the review list names the customer
        waitFor(colleague).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-tile=failed] .value"), failed + " ("));
        assertThat(colleague.findElement(By.cssSelector("[data-tile=status] .value")).getText())
                .isIn("▲ Eingeschränkt", "■ Kritisch");
        assertThat(colleague.findElement(By.id("review")).getText()).contains("Dora Sync", "Abgleich fehlgeschlagen");
        assertThat(colleague.findElement(By.cssSelector(".status")).getText()).contains("fehlgeschlagen");
        Browsers.screenshot(colleague, "console-dashboard.png");

        // and when the calendar works again and the owner has it synchronised again with a note
        calendar.clearFailures();
        String id = booked.json().get("id").asText();
        WebElement row = colleague.findElement(By.cssSelector("#review tr[data-id='" + id + "']"));
        row.findElement(By.cssSelector("input.note")).sendKeys("Kalender wieder erreichbar");
        row.findElement(By.xpath(".//button[normalize-space(.)='Erneut synchronisieren']")).click();

        // then the review tile is back to zero, the row is gone, and the next sync run reaches the calendar
        waitFor(colleague).until(ExpectedConditions.textToBe(By.cssSelector("[data-tile=review] .value"), "0"));
        assertThat(colleague.findElements(By.cssSelector("#review tr[data-id='" + id + "']"))).isEmpty();
        ts.server.runBackgroundWork();
        assertThat(ts.demo.get("/v1/appointments/" + id).json().at("/sync/status").asText()).isEqualTo("synced");
    }

    @Test
    void theOwnerCreatesABookingPageKeyInTheConsole_seesItsSecretAndEmbedLineOnce_andRevokesIt() {
        // given the owner on the keys screen
        signIn(colleague);
        colleague.findElement(By.cssSelector("#nav [data-view=keys]")).click();

        // when they create a booking-page key for their website
        waitFor(colleague).until(ExpectedConditions.visibilityOfElementLocated(By.id("k-label"))).sendKeys("Website");
        new Select(colleague.findElement(By.id("k-role"))).selectByValue("booking-page");
        colleague.findElement(By.id("k-origins")).sendKeys("https://www.salon-beispiel.de");
        colleague.findElement(By.cssSelector("#new-key button[type=submit]")).click();

        // then the secret and the one line for the website are shown, and the key works from that website only
        String secret = waitFor(colleague).until(ExpectedConditions.visibilityOfElementLocated(By.id("secret"))).getText();
        assertThat(colleague.findElement(By.id("snippet")).getText()).contains("/embed.js", "data-tenant=\"demo\"",
                "data-key=\"" + secret + "\"");
        Http page = ts.demo.withKey(secret);
        Map<String, String> site = Map.of("Origin", "https://www.salon-beispiel.de");
        assertThat(page.send("GET", "/v1/services", null, site).status()).isEqualTo(200);
        Browsers.screenshot(colleague, "console-keys.png");

        // and when they revoke it, the list says so and the key no longer works
        colleague.findElement(By.cssSelector("button[aria-label='Sperren: Website']")).click();
        waitFor(colleague).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[aria-label='Sperren: Website']")));
        assertThat(colleague.findElement(By.id("keys")).getText()).contains("Website", "gesperrt");
        assertThat(colleague.findElements(By.id("secret"))).isEmpty();
        assertThat(page.send("GET", "/v1/services", null, site).status()).isEqualTo(401);
    }

    @Test
    void theOwnerSetsUpAServiceWithPausesAndAStaffMemberInTheCatalogue_andTheBookingPageOffersThem() {
        // given the owner in the catalogue
        signIn(desk);
        desk.findElement(By.cssSelector("#nav [data-view=catalogue]")).click();

        // when they create a service of three rows (work, pause, work) with the flexible pause policy
        button(desk, "Neue Leistung").click();
        desk.findElement(By.id("s-id")).sendKeys("highlights");
        desk.findElement(By.id("s-name")).sendKeys("Strähnen");
        desk.findElement(By.id("s-price")).clear();
        desk.findElement(By.id("s-price")).sendKeys("120");
        button(desk, "Phase hinzufügen").click();
        desk.findElement(By.cssSelector("[aria-label='Name 1']")).sendKeys("Strähnen setzen");
        desk.findElement(By.cssSelector("[aria-label='Minuten 1']")).clear();
        desk.findElement(By.cssSelector("[aria-label='Minuten 1']")).sendKeys("40");
        button(desk, "Pause hinzufügen").click();
        button(desk, "Phase hinzufügen").click();
        desk.findElement(By.cssSelector("[aria-label='Name 3']")).sendKeys("Föhnen");
        new Select(desk.findElement(By.id("s-policy"))).selectByValue("flexible");
        desk.findElement(By.cssSelector("#editor button[type=submit]")).click();
        waitFor(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Gespeichert."));
        // and add a staff member, Lea, who offers it (working Monday to Friday 09:00-18:00 unless changed)
        button(desk, "Neue Person").click();
        waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("p-id"))).sendKeys("lea");
        desk.findElement(By.id("p-name")).sendKeys("Lea");
        desk.findElement(By.id("offers-highlights")).click();
        desk.findElement(By.cssSelector("#editor button[type=submit]")).click();
        waitFor(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Gespeichert."));

        // then the booking page lists it with its phases, and Lea offers times for it
        assertThat(ts.demo.get("/v1/services/highlights").json().at("/composite/pausePolicy").asText())
                .isEqualTo("flexible");
        desk.get(base() + "/book/demo?key=" + TestServer.DEMO_KEY);
        assertThat(button(desk, "Strähnen").getText()).contains("Strähnen setzen 40 · Einwirken 15 · Föhnen 30 Min.");
        BookingPageBrowserTest.toTimes(desk, base() + "/book/demo?key=" + TestServer.DEMO_KEY, "Strähnen", "Lea");
        assertThat(desk.findElements(By.cssSelector("button.time"))).isNotEmpty();
    }

    @Test
    void axeFindsNoSeriousViolationsInTheConsole() {
        desk.get(base() + "/console");
        ((JavascriptExecutor) desk).executeScript("sessionStorage.clear()");
        desk.navigate().refresh();
        waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("key")));
        assertThat(Browsers.seriousViolations(desk)).isEmpty();
        signIn(desk);
        assertThat(Browsers.seriousViolations(desk)).isEmpty();
        click(desk, cell("emma", "16:00"));
        button(desk, "Warum nicht buchbar?").click();
        waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog h3")));
        assertThat(Browsers.seriousViolations(desk)).isEmpty();
        desk.findElement(By.cssSelector("dialog button.link")).click();
        for (String view : new String[] {"week", "dashboard", "catalogue", "waitlist", "keys"}) {
            desk.findElement(By.cssSelector("#nav [data-view=" + view + "]")).click();
            waitFor(desk).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
            assertThat(Browsers.seriousViolations(desk)).as(view).isEmpty();
        }
    }
}
