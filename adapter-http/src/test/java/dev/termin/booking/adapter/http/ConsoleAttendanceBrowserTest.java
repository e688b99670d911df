package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.BookingPageBrowserTest.button;
import static dev.termin.booking.adapter.http.BookingPageBrowserTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Attendance at the desk and what a viewer sees, in headless Chromium against a real server (demo salon). Two
 * appointments of one customer start at 10:30 on Monday 2026-06-15; the clock stands at 10:40, after their start.
 */
class ConsoleAttendanceBrowserTest {

    private static TestServer ts;
    private static Browsers browsers;
    private static WebDriver desk;
    private static String missed;
    private static String kept;

    @BeforeAll
    static void start() {
        ts = new TestServer();
        missed = book("maria");
        kept = book("jonas");
        ts.clock.advance(Duration.ofMinutes(160));
        browsers = new Browsers();
        desk = browsers.open(1280, 860);
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

    private static String book(String staff) {
        Http.Resp r = ts.demo.post("/v1/appointments", Http.j("{'service':'haircut','staff':'" + staff
                + "','start':'2026-06-15T10:30','customer':{'name':'Clara Vogt','phone':'0151 7777777'}}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static void signIn(String key) {
        Browsers.signInToConsole(desk, ts.server.port(), key);
    }

    private static WebElement open(String id) {
        WebElement appt = waitFor(desk).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".appt[data-id='" + id + "']")));
        ((JavascriptExecutor) desk).executeScript("arguments[0].scrollIntoView({block: 'center'})", appt);
        appt.click();
        return waitFor(desk).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog")));
    }

    private static AppointmentStatus status(String id) {
        return ts.engine.appointments().find(DemoSalon.TENANT, AppointmentId.of(id)).orElseThrow().status();
    }

    @Test
    void theDeskMarksANoShow_seesTheCountOnTheCustomersNextAppointment_andMarksItArrivedAndCompleted() {
        // given the desk's console
        signIn(TestServer.DEMO_KEY);

        // when the desk marks Maria's 10:30 customer as not come
        open(missed);
        button(desk, "Nicht erschienen").click();
        waitFor(desk).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));

        // then it is stored, and the same customer's appointment with Jonas shows the count
        assertThat(status(missed)).isEqualTo(AppointmentStatus.NO_SHOW);
        WebElement dialog = open(kept);
        waitFor(desk).until(ExpectedConditions.textToBePresentInElement(dialog, "Bisher 1× nicht erschienen."));

        // and when that customer arrives and is done, both steps are stored
        button(desk, "Ist da").click();
        waitFor(desk).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        assertThat(status(kept)).isEqualTo(AppointmentStatus.ARRIVED);
        waitFor(desk).until(d -> d.findElement(By.cssSelector(".appt[data-id='" + kept + "']")).getText()
                .contains("ist da"));
        open(kept);
        button(desk, "Fertig").click();
        waitFor(desk).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        assertThat(status(kept)).isEqualTo(AppointmentStatus.COMPLETED);
    }

    @Test
    void aViewerKeyCreatedByTheOwnerSeesTheAppointmentsButNoPhoneNumbers() {
        // given a viewer key the owner created
        Http.Resp key = ts.demo.post("/v1/keys", Http.j("{'role':'viewer','label':'Aushilfe'}"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);

        // when it signs in to the console and opens the customer's appointment
        signIn(key.json().get("secret").asText());
        WebElement dialog = open(kept);

        // then the name is there and no phone number anywhere on the page
        assertThat(dialog.getText()).contains("Clara Vogt");
        assertThat(desk.findElement(By.tagName("body")).getText()).doesNotContain("7777777", "0151");
    }
}
