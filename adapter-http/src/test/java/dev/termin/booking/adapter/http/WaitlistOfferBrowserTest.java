package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.testing.MutableClock;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The waitlist offer link in headless Chromium against the server as it runs in production (wired from its
 * variables, e-mail through GreenMail, demo salon, Monday 2026-06-15 08:00 Berlin): a waiting customer joins on the
 * booking page, a cancellation frees a time, the offer e-mail's link opens the offer page, and the customer takes it;
 * a lapsed link says so and leads back to the booking page.
 */
class WaitlistOfferBrowserTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(patient(ServerSetupTest.SMTP.dynamicPort()))
            .withPerMethodLifecycle(false);

    private static final String KEY = "demo-key-0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-06-15T06:00:00Z");
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/book/demo/offer/wo_[A-Za-z0-9_-]+");

    private static final MutableClock clock = new MutableClock(NOW);
    private static Path data;
    private static Wiring wiring;
    private static TerminServer server;
    private static Http api;
    private static String pageKey;
    private static Browsers browsers;
    private static WebDriver phone;

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("termin-waitlist-offer-");
        wiring = Wiring.fromEnv(Map.of("TERMIN_DATA_DIR", data.toString(), "TERMIN_DEMO_API_KEY", KEY,
                "TERMIN_SMTP_HOST", "127.0.0.1", "TERMIN_SMTP_PORT", Integer.toString(greenMail.getSmtp().getPort()),
                "TERMIN_SMTP_SECURITY", "none", "TERMIN_SMTP_FROM", "termine@schnittpunkt.example",
                "TERMIN_SMTP_TIMEOUT", "5s"), clock);
        wiring.loadDemo();
        server = wiring.server(ServerSettings.defaults().withPort(0).withWorkers(false),
                wiring.apiKeys(Optional.empty())).build().start();
        api = new Http(server.port(), KEY);
        Http.Resp key = api.post("/v1/keys", j("{'role':'booking-page','label':'Website'}"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        pageKey = key.json().get("secret").asText();
        browsers = new Browsers();
        phone = browsers.open(360, 800);
    }

    @AfterAll
    static void stop() {
        if (browsers != null) {
            browsers.close();
        }
        if (server != null) {
            server.stop();
        }
        if (wiring != null) {
            wiring.close();
        }
    }

    @BeforeEach
    void atMondayMorning() {
        clock.set(NOW);
    }

    private static String book(String staff, String time, String name, String email) {
        Http.Resp booked = api.post("/v1/appointments", j("{'service':'haircut','staff':'" + staff + "','start':"
                + "'2026-06-17T" + time + "','customer':{'name':'" + name + "','email':'" + email + "'}}"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        wiring.engine().operations().processOutbox(20);
        return booked.json().get("id").asText();
    }

    private static void cancel(String id) {
        Http.Resp cancelled = api.post("/v1/appointments/" + id + "/cancel", "{}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        wiring.engine().operations().processOutbox(20);
    }

    /** The offer link in the plain text of the one offer e-mail sent to {@code address}. */
    private static String offerLink(String address) throws Exception {
        List<MimeMessage> offers = offersTo(address);
        assertThat(offers).hasSize(1);
        Matcher m = LINK.matcher(plainText(offers.get(0)));
        assertThat(m.find()).as("the offer e-mail carries the link").isTrue();
        return m.group();
    }

    private static List<MimeMessage> offersTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).contains(address))
                .filter(m -> subject(m).equals("Ein Termin ist frei geworden")).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                sb.append(plainText(multipart.getBodyPart(i)));
            }
            return sb.toString();
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : "";
    }

    private static String heading() {
        return BookingPageBrowserTest.waitFor(phone).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("main h2"))).getText();
    }

    private static List<Appointment> onWednesday() {
        return wiring.engine().appointments().list(DemoSalon.TENANT, Optional.empty(),
                new TimeInterval(Instant.parse("2026-06-17T00:00:00Z"), Instant.parse("2026-06-18T00:00:00Z")));
    }

    @Test
    void aCancelledTime_isOfferedByEmail_andTheWaitingCustomerConfirmsItThroughTheLink() throws Exception {
        // given Emma's 10:00 on Wednesday booked, and Lena waiting for a haircut with Maria - or anyone else
        String emmas = book("emma", "10:00", "Anna Gebucht", "anna@example.org");
        BookingPageBrowserTest.toTimes(phone, "http://localhost:" + server.port() + "/book/demo?key=" + pageKey
                + "&color=%230b5d4b", "Haarschnitt", "Maria");
        BookingPageBrowserTest.button(phone, "Auf die Warteliste").click();
        phone.findElement(By.id("wl-name")).sendKeys("Lena Wartend");
        phone.findElement(By.id("wl-phone")).sendKeys("0151 7654321");
        phone.findElement(By.id("wl-email")).sendKeys("lena@example.org");
        phone.findElement(By.id("wl-any-staff")).click();
        phone.findElement(By.cssSelector(".waitlist form button[type=submit]")).click();
        BookingPageBrowserTest.waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".waitlist"), "Sie stehen auf der Warteliste"));

        // when Anna cancels and the outbox sends the offer
        cancel(emmas);
        String link = offerLink("lena@example.org");

        // then the link shows the offered service, time, staff member and the time left, on a 360 px phone
        phone.get(link);
        assertThat(heading()).isEqualTo("Ein Termin ist für Sie frei geworden");
        assertThat(phone.findElement(By.cssSelector("dl.summary")).getText())
                .contains("Haarschnitt", "Mi., 17. Juni", "10:00 – 10:30", "Emma", "Salon Schnittpunkt Mitte");
        assertThat(phone.findElement(By.cssSelector(".held")).getText()).startsWith("Für Sie reserviert bis")
                .contains("noch");
        assertThat(phone.findElement(By.cssSelector("header.bar")).getCssValue("background-color"))
                .as("the salon's colour from the booking page Lena joined on").isEqualTo("rgba(11, 93, 75, 1)");
        assertThat(Browsers.seriousViolations(phone)).isEmpty();
        Browsers.screenshot(phone, "waitlist-offer.png");

        // and "Termin bestätigen" books it, with the manage link
        BookingPageBrowserTest.button(phone, "Termin bestätigen").click();
        BookingPageBrowserTest.waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main h2"), "Ihr Termin ist gebucht"));
        assertThat(phone.findElement(By.partialLinkText("Termin ansehen")).getAttribute("href"))
                .contains("/book/demo/manage/mt_");
        assertThat(onWednesday()).filteredOn(a -> a.status() == AppointmentStatus.BOOKED).singleElement()
                .satisfies(a -> {
                    assertThat(a.customer().name()).isEqualTo("Lena Wartend");
                    assertThat(a.customer().email().orElseThrow().value()).isEqualTo("lena@example.org");
                    assertThat(a.staff()).isEqualTo(StaffId.of("emma"));
                    assertThat(a.interval().start()).isEqualTo(Instant.parse("2026-06-17T08:00:00Z"));
                });
        assertThat(wiring.engine().waitlist().list(DemoSalon.TENANT, Optional.empty()))
                .noneMatch(e -> e.customer().name().equals("Lena Wartend"));

        // and the link, used once, says so
        phone.get(link);
        assertThat(heading()).isEqualTo("Dieses Angebot wurde bereits angenommen.");
    }

    @Test
    void aLapsedOfferLink_saysSo_andLeadsBackToTheBookingPage() throws Exception {
        // given Mia waiting (from the booking page) for Jonas's 15:00, which is cancelled and offered to her
        String jonas = book("jonas", "15:00", "Ben Gebucht", "ben@example.org");
        String bookingPage = "/book/demo?key=" + pageKey;
        Http.Resp joined = api.post("/v1/waitlist", j("{'service':'haircut','staff':'jonas','firstDay':'2026-06-17',"
                + "'customer':{'name':'Mia Spät','phone':'0151 1112223','email':'mia@example.org'},"
                + "'bookingPage':'" + bookingPage + "'}"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        cancel(jonas);
        String link = offerLink("mia@example.org");

        // when the offer window passes unanswered
        clock.set(Instant.parse("2026-06-17T12:00:00Z"));
        wiring.engine().operations().expireHolds(50);

        // then the link says the offer has expired and leads to the booking page
        phone.get(link);
        assertThat(heading()).isEqualTo("Dieses Angebot ist abgelaufen.");
        assertThat(phone.findElement(By.cssSelector("p.alert")).getText())
                .isEqualTo("Der Termin wird nicht mehr für Sie freigehalten.");
        assertThat(Browsers.seriousViolations(phone)).isEmpty();
        BookingPageBrowserTest.waitFor(phone).until(ExpectedConditions.elementToBeClickable(
                By.linkText("Anderen Termin buchen"))).click();
        assertThat(BookingPageBrowserTest.button(phone, "Haarschnitt").isDisplayed()).isTrue();
        assertThat(phone.getCurrentUrl()).endsWith(bookingPage);
        assertThat(onWednesday()).filteredOn(a -> a.customer().name().equals("Mia Spät")).isEmpty();
    }
}
