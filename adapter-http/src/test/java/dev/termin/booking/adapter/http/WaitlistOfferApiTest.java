package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public waitlist offer routes over HTTP, on the server wired from its variables with e-mail through GreenMail:
 * the offer e-mail's link (under the public address) reads, declines and takes the offer; bad codes are 404
 * and change nothing; a used or declined offer is 410 with its reason; guessing is rate-limited.
 */
class WaitlistOfferApiTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(patient(ServerSetupTest.SMTP.dynamicPort()));

    private static final String KEY = "demo-key-0123456789abcdef";
    private static final Pattern CODE = Pattern.compile("https://termin\\.example\\.com/book/demo/offer/(wo_[A-Za-z0-9_-]+)");

    @TempDir
    Path data;

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    /** Runs {@code test} against a started server with these extra variables. */
    private void withServer(Map<String, String> extra, Consumer<Http> test) {
        Map<String, String> env = new HashMap<>(Map.of("TERMIN_DATA_DIR", data.toString(), "TERMIN_DEMO_API_KEY", KEY,
                "TERMIN_SMTP_HOST", "127.0.0.1", "TERMIN_SMTP_PORT", Integer.toString(greenMail.getSmtp().getPort()),
                "TERMIN_SMTP_SECURITY", "none", "TERMIN_SMTP_FROM", "termine@schnittpunkt.example",
                "TERMIN_SMTP_TIMEOUT", "5s"));
        env.putAll(extra);
        clock = new MutableClock(Instant.parse("2026-06-15T06:00:00Z"));
        try (Wiring wiring = Wiring.fromEnv(env, clock)) {
            wiring.loadDemo();
            ServerSettings settings = ServerSettings.defaults().withPort(0).withWorkers(false)
                    .withPublicUrl(URI.create("https://termin.example.com/"));
            TerminServer server = wiring.server(settings, wiring.apiKeys(Optional.empty())).build().start();
            try {
                this.wiring = wiring;
                test.accept(new Http(server.port(), KEY));
            } finally {
                server.stop();
            }
        }
    }

    private Wiring wiring;
    private MutableClock clock;

    /** Runs the outbox; the offer code of the last message to {@code address}, if one was sent. */
    private Optional<String> deliveredCode(String address) {
        wiring.engine().operations().processOutbox(20);
        return codeSentTo(address);
    }

    /**
     * Books Emma's Wednesday 10:00, puts Lena and then Mia on the waitlist, cancels: Lena, who came first, is offered
     * the time.
     */
    private void freeATimeForTwoWaitingCustomers(Http api) {
        Http.Resp booked = api.post("/v1/appointments", j("{'service':'haircut','staff':'emma',"
                + "'start':'2026-06-17T10:00','customer':{'name':'Anna','phone':'0151 1000000'}}"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        for (String who : List.of("lena", "mia")) {
            Http.Resp joined = api.post("/v1/waitlist", j("{'service':'haircut','firstDay':'2026-06-17','customer':"
                    + "{'name':'" + who + "','phone':'0151 2000000','email':'" + who + "@example.org'},"
                    + "'bookingPage':'/book/demo?key=termin_page_x'}"));
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(api.post("/v1/appointments/" + booked.json().get("id").asText() + "/cancel", "{}").status())
                .isEqualTo(200);
    }

    private static Optional<String> codeSentTo(String address) {
        List<MimeMessage> to = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(body(to.get(to.size() - 1)));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String body(MimeMessage m) {
        try (var out = new java.io.ByteArrayOutputStream()) {
            m.writeTo(out);
            // quoted-printable soft line breaks would split the link
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("=\r\n", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long appointmentsOnWednesday() {
        return wiring.engine().appointments().list(DemoSalon.TENANT, Optional.empty(), new TimeInterval(
                Instant.parse("2026-06-17T00:00:00Z"), Instant.parse("2026-06-18T00:00:00Z"))).size();
    }

    @Test
    void theLinkReadsAndTakesTheOffer_once_andBadCodesAreNotFoundAndChangeNothing() {
        withServer(Map.of(), api -> {
            freeATimeForTwoWaitingCustomers(api);
            String code = deliveredCode("lena@example.org").orElseThrow();
            Http anyone = api.withKey(null);
            String path = "/v1/waitlist-offers/demo/" + code;

            Http.Resp offer = anyone.get(path);
            assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
            assertThat(offer.json().get("serviceName").asText()).isEqualTo("Haarschnitt");
            assertThat(offer.json().get("staffName").asText()).isEqualTo("Emma");
            assertThat(offer.json().get("start").asText()).startsWith("2026-06-17T10:00");
            assertThat(offer.json().get("expiresAtUtc").asText()).isEqualTo("2026-06-17T06:02:00Z");

            long before = appointmentsOnWednesday();
            String forged = code.substring(0, code.length() - 4) + "AAAA";
            for (String bad : List.of("/v1/waitlist-offers/demo/" + forged, "/v1/waitlist-offers/demo/wo_x",
                    "/v1/waitlist-offers/acme/" + code, "/v1/waitlist-offers/%21%21/" + code)) {
                Http.Resp read = anyone.get(bad);
                assertThat(read.status()).as(bad).isEqualTo(404);
                assertThat(read.json().get("code").asText()).isEqualTo("reservation_not_found");
                assertThat(anyone.post(bad + "/confirm", "").status()).as(bad).isEqualTo(404);
                assertThat(anyone.post(bad + "/decline", "").status()).as(bad).isEqualTo(404);
            }
            assertThat(appointmentsOnWednesday()).isEqualTo(before);
            assertThat(anyone.get(path).status()).isEqualTo(200);

            Http.Resp taken = anyone.post(path + "/confirm", "");
            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
            assertThat(taken.json().get("customer").get("name").asText()).isEqualTo("lena");
            assertThat(taken.json().get("managePage").asText()).startsWith("/book/demo/manage/mt_");
            assertThat(anyone.get(taken.json().get("manageUrl").asText()).status()).isEqualTo(200);

            Http.Resp again = anyone.post(path + "/confirm", "");
            assertThat(again.status()).isEqualTo(410);
            assertThat(again.json().get("code").asText()).isEqualTo("reservation_expired");
            assertThat(again.json().get("details").get("reason").asText()).isEqualTo("used");
            assertThat(appointmentsOnWednesday()).isEqualTo(before + 1);
        });
    }

    @Test
    void noThanks_passesTheTimeToTheNextCustomer_andTheDeclinedLinkIsGone() {
        withServer(Map.of(), api -> {
            freeATimeForTwoWaitingCustomers(api);
            String lenas = deliveredCode("lena@example.org").orElseThrow();
            assertThat(codeSentTo("mia@example.org")).isEmpty();
            Http anyone = api.withKey(null);

            Http.Resp declined = anyone.post("/v1/waitlist-offers/demo/" + lenas + "/decline", "");
            assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
            assertThat(declined.json().get("waitlist").asText()).isEqualTo("waiting");

            assertThat(deliveredCode("mia@example.org")).isPresent();
            Http.Resp gone = anyone.get("/v1/waitlist-offers/demo/" + lenas);
            assertThat(gone.status()).isEqualTo(410);
            assertThat(gone.json().get("details").get("reason").asText()).isEqualTo("declined");
            assertThat(gone.json().get("details").get("bookingPage").asText()).isEqualTo("/book/demo?key=termin_page_x");
        });
    }

    @Test
    void joiningWithAnotherSitesAddressAsBookingPage_isRefused_andNothingIsStored() {
        withServer(Map.of(), api -> {
            for (String page : List.of("https://evil.example/book/demo", "//evil.example/book/demo",
                    "/book/demo?next=<script>")) {
                Http.Resp joined = api.post("/v1/waitlist", j("{'service':'haircut','firstDay':'2026-06-17',"
                        + "'customer':{'name':'Eve','phone':'0151 2000000'},'bookingPage':'" + page + "'}"));
                assertThat(joined.status()).as(page).isEqualTo(400);
                assertThat(joined.json().get("code").asText()).isEqualTo("invalid_data");
            }
            assertThat(wiring.engine().waitlist().list(DemoSalon.TENANT, Optional.empty())).isEmpty();
            Http.Resp flexible = api.post("/v1/waitlist", j("{'service':'haircut','staff':'emma','firstDay':"
                    + "'2026-06-17','customer':{'name':'Flo','phone':'0151 2000000'},'anyStaff':true,"
                    + "'compatibleService':true}"));
            assertThat(flexible.status()).as(flexible.toString()).isEqualTo(201);
            assertThat(flexible.json().get("anyStaff").asBoolean()).isTrue();
            assertThat(flexible.json().get("compatibleService").asBoolean()).isTrue();
        });
    }

    @Test
    void guessingCodes_isRateLimitedPerClientAddress() {
        withServer(Map.of("TERMIN_RATE_LIMIT_MANAGE_PER_MINUTE", "5"), api -> {
            Http anyone = api.withKey(null);
            for (int i = 0; i < 5; i++) {
                assertThat(anyone.get("/v1/waitlist-offers/demo/wo_guess" + i).status()).isEqualTo(404);
            }
            Http.Resp limited = anyone.get("/v1/waitlist-offers/demo/wo_guess5");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("code").asText()).isEqualTo("rate_limited");
        });
    }
}
