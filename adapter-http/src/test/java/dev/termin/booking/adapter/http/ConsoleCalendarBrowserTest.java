package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.BookingPageBrowserTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The owner's Kalender screen in headless Chromium against the wired server on an H2 file (demo salon) with a
 * master key, so a tenant's Cal.com connection can be stored sealed, and a Cal.com account without bookings (a
 * MockWebServer).
 */
class ConsoleCalendarBrowserTest {

    private static final String OWNER_KEY = "demo-owner-key-0123456789";
    private static final String MASTER_KEY = "k2026:" + Base64.getEncoder().encodeToString(new byte[32]);

    private static MockWebServer calCom;
    private static TerminServer server;
    private static Browsers browsers;
    private static WebDriver owner;

    @BeforeAll
    static void start() throws IOException {
        calCom = new MockWebServer();
        calCom.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setHeader("Content-Type", "application/json")
                        .setBody("{\"status\":\"success\",\"data\":[],\"pagination\":{\"hasNextPage\":false}}");
            }
        });
        calCom.start();
        String data = Files.createTempDirectory("termin-console-cal").toString();
        Wiring wiring = Wiring.fromEnv(Map.of("TERMIN_DATA_DIR", data,
                "TERMIN_DEMO", "true", "TERMIN_DEMO_API_KEY", OWNER_KEY, "TERMIN_MASTER_KEY", MASTER_KEY,
                "TERMIN_CALCOM_RECONCILE_EVERY", "0s", "TERMIN_CALCOM_DRIFT_CHECK_EVERY", "0s"), Clock.systemUTC());
        wiring.loadDemo();
        server = wiring.server(wiring.serverSettings().withPort(0).withWorkers(false), wiring.apiKeys(Optional.empty()))
                .build().start();
        browsers = new Browsers();
        owner = browsers.open(1280, 860);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browsers != null) {
            browsers.close();
        }
        if (server != null) {
            server.stop();
        }
        if (calCom != null) {
            calCom.shutdown();
        }
    }

    private static String baseUrl() {
        return calCom.url("/").toString();
    }

    @Test
    void theOwnerSavesACalComConnection_andSeesItWithItsWebhookAddressButNoSecret() {
        // given the owner's console on the Kalender screen, with nothing stored yet
        owner.get("http://localhost:" + server.port() + "/console");
        ((JavascriptExecutor) owner).executeScript("sessionStorage.clear()");
        owner.navigate().refresh();
        waitFor(owner).until(ExpectedConditions.visibilityOfElementLocated(By.id("key"))).sendKeys(OWNER_KEY);
        owner.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        waitFor(owner).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#nav [data-view=calendar]")))
                .click();
        waitFor(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Noch keine Cal.com-Verbindung gespeichert."));

        // when the owner enters the connection and saves it
        owner.findElement(By.id("c-base")).sendKeys(baseUrl());
        owner.findElement(By.id("c-types")).sendKeys("staff:lea=201@lea");
        owner.findElement(By.id("c-key")).sendKeys("cal_live_demo_1");
        owner.findElement(By.id("c-secret")).sendKeys("whsec-demo");
        owner.findElement(By.cssSelector("#cal-form button[type=submit]")).click();

        // then it is listed with the webhook address to enter in Cal.com, and no secret comes back
        String shown = waitFor(owner).until(ExpectedConditions.visibilityOfElementLocated(By.id("connection")))
                .getText();
        assertThat(shown).contains(baseUrl(), "staff:lea=201@lea", "/v1/calcom/webhooks/demo");
        assertThat(owner.findElement(By.tagName("main")).getText()).contains("Gespeichert.")
                .doesNotContain("cal_live_demo_1", "whsec-demo");
        assertThat(Browsers.seriousViolations(owner)).isEmpty();

        // and "Jetzt abgleichen" shows the reconciliation's report
        owner.findElement(By.id("cal-reconcile")).click();
        assertThat(waitFor(owner).until(ExpectedConditions.visibilityOfElementLocated(By.id("cal-report"))).getText())
                .contains("Geprüfte Termine: 0");
    }
}
