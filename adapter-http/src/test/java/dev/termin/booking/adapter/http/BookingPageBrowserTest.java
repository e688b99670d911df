package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.time.TimeInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer booking page in headless Chromium against a real server (demo salon, Monday 2026-06-15 08:00). */
class BookingPageBrowserTest {

    private static TestServer ts;
    private static Browsers browsers;
    private static WebDriver phone;
    private static WebDriver other;
    /** The page runs with what an owner creates for it: a booking-page key, not the owner's. */
    private static String pageKey;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        Http.Resp key = ts.demo.post("/v1/keys", Http.j("{'role':'booking-page','label':'Website'}"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        pageKey = key.json().get("secret").asText();
        browsers = new Browsers();
        phone = browsers.open(390, 844);
        other = browsers.open(360, 800);
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

    private static String page() {
        return "http://localhost:" + ts.server.port() + "/book/demo?key=" + pageKey;
    }

    static WebDriverWait waitFor(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(5));
    }

    static WebElement button(WebDriver d, String text) {
        return waitFor(d).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[contains(normalize-space(.), \"" + text + "\")]")));
    }

    /** Chooses service and staff and waits for the times of the first free day. */
    static void toTimes(WebDriver d, String url, String service, String staff) {
        d.get(url);
        button(d, service).click();
        button(d, staff).click();
        waitFor(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.time")));
    }

    private static void fillDetails(WebDriver d, String name, String phoneNumber) {
        waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys(name);
        d.findElement(By.id("phone")).sendKeys(phoneNumber);
        d.findElement(By.cssSelector("button[type=submit].primary")).click();
    }

    private static List<Appointment> stored() {
        return ts.engine.appointments().list(DemoSalon.TENANT, Optional.empty(),
                new TimeInterval(TestServer.NOW, TestServer.NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void aCustomerBooksACompositeServiceEndToEnd_andTheAppointmentIsStoredWithAllPhases() {
        // given the booking page on a phone, the composite service with its phases in one line
        phone.get(page());
        WebElement colour = button(phone, "Ansatzfärbung");
        assertThat(colour.getText()).contains("Farbe auftragen 30 · Einwirken 45 · Waschen 15");

        // when the customer chooses it, anyone, the first time, and gives a German mobile number
        colour.click();
        button(phone, "Egal / beliebig").click();
        WebElement first = waitFor(phone).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.time")));
        String time = first.getText();
        Browsers.screenshot(phone, "booking-page-times.png");
        first.click();
        assertThat(waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".held")))
                .getText()).startsWith("Für Sie reserviert bis");
        phone.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(phone.findElement(By.id("phone-error")).getText()).contains("Handynummer");
        fillDetails(phone, "Anna Becker", "0151 2345678");

        // then the confirmation says what, when, with whom, where, and offers the calendar file
        WebElement done = waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h2.success")));
        assertThat(done.getText()).contains("Ihr Termin ist gebucht");
        String summary = phone.findElement(By.cssSelector("dl.summary")).getText();
        assertThat(summary).contains("Ansatzfärbung", time, "Salon Schnittpunkt Mitte", "Föhnen");
        assertThat(phone.findElement(By.partialLinkText("Zum Kalender")).getAttribute("href"))
                .startsWith("data:text/calendar").contains("BEGIN%3AVEVENT");

        // and the engine stores the appointment with all four phases, from the web, with the normalised number
        Appointment a = stored().stream().filter(x -> x.customer().name().equals("Anna Becker")).findFirst().orElseThrow();
        assertThat(a.service()).isEqualTo(DemoSalon.ROOT_COLOUR);
        assertThat(a.segments()).hasSize(4);
        assertThat(a.customer().phone().orElseThrow().e164()).isEqualTo("+491512345678");
        assertThat(a.source().code()).isEqualTo("web");
    }

    @Test
    void twoBrowsersRaceForTheSameTime_oneBooks_theOtherSeesAClearMessageAndNewTimes() {
        // given two customers looking at Jonas's haircut times
        toTimes(phone, page(), "Haarschnitt", "Jonas");
        toTimes(other, page(), "Haarschnitt", "Jonas");
        String time = phone.findElement(By.cssSelector("button.time")).getText();
        assertThat(other.findElement(By.cssSelector("button.time")).getText()).isEqualTo(time);

        // when the first books it
        phone.findElement(By.cssSelector("button.time")).click();
        fillDetails(phone, "Bernd Koch", "0170 1234567");
        waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h2.success")));
        // and the second, still seeing it, chooses it too
        other.findElement(By.cssSelector("button.time")).click();

        // then the second is told, and offered three other times one tap away
        waitFor(other).until(ExpectedConditions.textToBe(By.id("step"), "Dieser Termin wurde gerade vergeben."));
        List<WebElement> nearest = other.findElements(By.cssSelector(".nearest button.time"));
        assertThat(nearest).hasSize(3).noneMatch(b -> b.getText().endsWith(", " + time));
        assertThat(other.findElements(By.cssSelector(".waitlist"))).as("a booking-page key may join the waiting list")
                .isNotEmpty();
        nearest.get(0).click();
        assertThat(waitFor(other).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".held")))
                .getText()).startsWith("Für Sie reserviert bis");
        assertThat(stored().stream().filter(x -> x.staff().equals(DemoSalon.JONAS)).count()).isEqualTo(1);
    }

    @Test
    void theEmbedScriptPutsTheBookingPageIntoA360PixelFrameOnTheSalonsOwnPage_inTheSalonsColour() throws IOException {
        // given the salon's own page (another origin: a local file) with the one script tag in a 360 px column
        Path site = Files.createTempFile("salon-site-", ".html");
        Files.writeString(site, "<!doctype html><html lang=\"de\"><title>Salon</title><body><div style=\"width:360px\">"
                + "<script src=\"http://localhost:" + ts.server.port() + "/embed.js\" data-tenant=\"demo\" data-key=\""
                + pageKey + "\" data-color=\"#005a70\"></script></div></body></html>");
        try {
            // when a visitor opens it
            other.get(site.toUri().toString());
            WebElement frame = waitFor(other).until(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));
            assertThat(frame.getSize().width).isEqualTo(360);
            other.switchTo().frame(frame);

            // then the booking page works inside, in the salon's colour, without cookies
            button(other, "Haarschnitt").click();
            assertThat(button(other, "Egal / beliebig").isDisplayed()).isTrue();
            assertThat(other.findElement(By.cssSelector(".bar")).getCssValue("background-color"))
                    .isEqualTo("rgba(0, 90, 112, 1)");
            assertThat(other.manage().getCookies()).isEmpty();
        } finally {
            other.switchTo().defaultContent();
            Files.delete(site);
        }
    }

    @Test
    void theEnglishSwitchChangesThePageToEnglishAndBack() {
        // given the booking page in German
        phone.get(page());
        button(phone, "Haarschnitt").click();
        waitFor(phone).until(ExpectedConditions.textToBe(By.id("step"), "Bei wem?"));

        // when the customer switches to English, and back
        phone.findElement(By.id("lang")).click();
        assertThat(phone.findElement(By.id("step")).getText()).isEqualTo("With whom?");
        assertThat(button(phone, "Anyone").isDisplayed()).isTrue();
        phone.findElement(By.id("lang")).click();

        // then the choice made is kept and the texts are German again
        assertThat(phone.findElement(By.id("step")).getText()).isEqualTo("Bei wem?");
        assertThat(phone.findElement(By.id("lang")).getText()).isEqualTo("English");
    }

    @Test
    void whenTheHoldExpiresBeforeConfirming_theCustomerIsToldAndOfferedTimes_orJoinsTheWaitingList() {
        // given a customer on a page embedded with a key that may join the waiting list, who chose one of Emma's
        // blow-dry times and then waited too long
        toTimes(phone, "http://localhost:" + ts.server.port() + "/book/demo?key=" + TestServer.DEMO_KEY, "Föhnen", "Emma");
        phone.findElement(By.cssSelector("button.time")).click();
        waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        ts.clock.advance(Duration.ofMinutes(6));
        ts.server.runBackgroundWork();

        // when they confirm
        fillDetails(phone, "Fritz Spät", "0151 4444444");

        // then they read why, see three times to choose from, and can join the waiting list instead
        waitFor(phone).until(ExpectedConditions.textToBe(By.id("step"), "Ihre Reservierung ist abgelaufen."));
        assertThat(phone.findElements(By.cssSelector(".nearest button.time"))).hasSize(3);
        button(phone, "Auf die Warteliste").click();
        assertThat(phone.findElement(By.id("wl-name")).getAttribute("value")).isEqualTo("Fritz Spät");
        phone.findElement(By.cssSelector(".waitlist button[type=submit]")).click();
        waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".waitlist"),
                "Sie stehen auf der Warteliste."));
        assertThat(ts.demo.get("/v1/waitlist").text()).contains("Fritz Spät", "blow-dry", "emma");
    }

    @Test
    void aCustomerMovesAndThenCancelsThroughTheManageLink() {
        // given an appointment booked through the API, and its manage link opened as the customer's page
        Http.Resp booked = ts.demo.post("/v1/appointments", Http.j("{'service':'haircut','staff':'emma','start':'"
                + TestServer.DAY + "T09:00','customer':{'name':'Clara Vogt','phone':'0151 7777777'}}"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        AppointmentId id = AppointmentId.of(booked.json().get("id").asText());
        phone.get("http://localhost:" + ts.server.port() + "/book/demo/manage/" + booked.json().get("manageToken").asText());
        assertThat(waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.summary")))
                .getText()).contains("09:00", "Haarschnitt", "Emma", "Salon Schnittpunkt Mitte");

        // when the customer moves it to 11:00
        WebElement moveTo = phone.findElement(By.id("move-to"));
        ((JavascriptExecutor) phone).executeScript("arguments[0].value = arguments[1]", moveTo, TestServer.DAY + "T11:00");
        button(phone, "Termin verschieben").click();

        // then the page says so and the engine has it at the new time
        waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.success"),
                "Ihr Termin ist verschoben."));
        assertThat(phone.findElement(By.cssSelector("dl.summary")).getText()).contains("11:00");
        assertThat(storedAppointment(id).interval().start()).isEqualTo(Instant.parse(TestServer.DAY + "T09:00:00Z"));

        // and when the customer then cancels it, it is cancelled and cannot be moved any more
        button(phone, "Termin absagen").click();
        waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.success"),
                "Ihr Termin ist abgesagt."));
        assertThat(phone.findElements(By.id("move-to"))).isEmpty();
        assertThat(storedAppointment(id).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    private static Appointment storedAppointment(AppointmentId id) {
        return ts.engine.appointments().find(DemoSalon.TENANT, id).orElseThrow();
    }

    @Test
    void aManageLinkThatTheServerDoesNotKnowSaysItIsNoLongerValid() {
        // when a customer opens a manage link the server does not know
        phone.get("http://localhost:" + ts.server.port() + "/book/demo/manage/no-such-token");

        // then the page says so in words instead of failing
        assertThat(waitFor(phone).until(ExpectedConditions.textToBe(By.id("step"), "Dieser Link ist nicht mehr gültig.")))
                .isTrue();
    }

    @Test
    void axeFindsNoSeriousViolationsOnTheSteps() {
        // services, times (with the waiting-list offer) and details
        phone.get(page());
        button(phone, "Haarschnitt");
        assertThat(Browsers.seriousViolations(phone)).isEmpty();
        toTimes(phone, page(), "Föhnen", "Maria");
        assertThat(Browsers.seriousViolations(phone)).isEmpty();
        phone.findElement(By.cssSelector("button.time")).click();
        waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        phone.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(Browsers.seriousViolations(phone)).isEmpty();
    }

}
