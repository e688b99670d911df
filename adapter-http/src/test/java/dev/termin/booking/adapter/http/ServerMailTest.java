package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.testing.MutableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as it runs in production, configured only by environment variables, with SMTP pointing at a GreenMail
 * server: a booking over HTTP on the demo tenant reaches the customer as a German e-mail with a calendar file and
 * the manage link, which opens the appointment on this server, and its reminder follows 24 hours before.
 */
class ServerMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(patient(ServerSetupTest.SMTP.dynamicPort()));

    private static final String KEY = "demo-key-0123456789abcdef";
    private static final Pattern MANAGE_LINK =
            Pattern.compile("http://localhost:\\d+/book/demo/manage/(mt_[A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** GreenMail's default of 2 s to start is too little on a loaded build machine. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    @TempDir
    Path data;

    @Test
    void aBookingOverHttp_onTheDemoTenant_reachesTheCustomerAsAGermanEmailWithACalendarFile() throws Exception {
        // given the server wired from its variables, e-mail through GreenMail, Monday 2026-06-15 08:00 in Berlin
        MutableClock clock = new MutableClock(Instant.parse("2026-06-15T06:00:00Z"));
        int port = freePort();
        Map<String, String> env = Map.of("TERMIN_DATA_DIR", data.toString(), "TERMIN_DEMO_API_KEY", KEY,
                "TERMIN_PORT", Integer.toString(port),
                "TERMIN_SMTP_HOST", "127.0.0.1", "TERMIN_SMTP_PORT", Integer.toString(greenMail.getSmtp().getPort()),
                "TERMIN_SMTP_SECURITY", "none", "TERMIN_SMTP_FROM", "termine@schnittpunkt.example",
                "TERMIN_SMTP_FROM_NAME", "Salon Schnittpunkt", "TERMIN_SMTP_TIMEOUT", "5s");
        try (Wiring wiring = Wiring.fromEnv(env, clock)) {
            wiring.loadDemo();
            TerminServer server = wiring.server(ServerSettings.defaults().withPort(port).withWorkers(false),
                    wiring.apiKeys(java.util.Optional.empty())).build().start();
            try {
                Http api = new Http(server.port(), KEY);

                // when Erika books root colour with Emma on Wednesday 10:00 and the outbox runs
                Http.Resp booked = api.post("/v1/appointments", j("{'service':'root-colour','staff':'emma',"
                        + "'start':'2026-06-17T10:00','customer':{'name':'Erika Mustermann',"
                        + "'email':'erika@example.org'}}"));
                assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
                wiring.engine().operations().processOutbox(20);

                // then one German message with every phase and a calendar file with one event per phase
                MimeMessage[] received = greenMail.getReceivedMessages();
                assertThat(received).hasSize(1);
                MimeMessage mail = received[0];
                assertThat(mail.getSubject()).isEqualTo("Terminbestätigung: Ansatzfärbung");
                assertThat(mail.getAllRecipients()[0].toString()).contains("erika@example.org");
                List<String> texts = new ArrayList<>();
                List<String> htmls = new ArrayList<>();
                List<String> calendars = new ArrayList<>();
                collect(mail, texts, htmls, calendars);
                assertThat(texts).anySatisfy(t -> assertThat(t)
                        .contains("Ihr Termin für Ansatzfärbung am Mittwoch, 17. Juni 2026 um 10:00 Uhr")
                        .contains("1 von 4 · Farbe auftragen, 10:00–10:30 bei Emma"));
                assertThat(calendars).isNotEmpty().allSatisfy(ics -> assertThat(ics)
                        .contains("METHOD:REQUEST").contains("SUMMARY:4 von 4 · Föhnen"));

                // and the text and the HTML carry the manage link, which opens this appointment on this server
                Matcher link = MANAGE_LINK.matcher(texts.get(0));
                assertThat(link.find()).as(texts.get(0)).isTrue();
                assertThat(link.group()).startsWith("http://localhost:" + port + "/book/demo/manage/mt_");
                assertThat(htmls).singleElement().satisfies(h -> assertThat(h).contains("href=\"" + link.group()));
                assertThat(get(link.group()).statusCode()).isEqualTo(200);
                HttpResponse<String> managed = get("http://localhost:" + port + "/v1/manage/" + link.group(1));
                assertThat(managed.statusCode()).as(managed.body()).isEqualTo(200);
                assertThat(JSON.readTree(managed.body()).path("id").asText())
                        .isEqualTo(booked.json().path("id").asText());

                // and the reminder follows 24 hours before the start, not before
                clock.set(Instant.parse("2026-06-16T07:59:00Z"));
                wiring.engine().operations().processOutbox(20);
                assertThat(greenMail.getReceivedMessages()).hasSize(1);
                clock.set(Instant.parse("2026-06-16T08:00:00Z"));
                wiring.engine().operations().processOutbox(20);
                assertThat(greenMail.getReceivedMessages()).hasSize(2);
                assertThat(greenMail.getReceivedMessages()[1].getSubject())
                        .isEqualTo("Terminerinnerung: Ansatzfärbung");
                List<String> reminder = new ArrayList<>();
                collect(greenMail.getReceivedMessages()[1], reminder, new ArrayList<>(), new ArrayList<>());
                assertThat(reminder).singleElement().satisfies(t -> assertThat(t)
                        .contains("Termin verwalten: http://localhost:" + port + "/book/demo/manage/mt_"));
            } finally {
                server.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void collect(Part part, List<String> texts, List<String> htmls, List<String> calendars)
            throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, texts, htmls, calendars);
            }
            return;
        }
        String text;
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            text = out.toString(StandardCharsets.UTF_8);
        }
        if (part.isMimeType("text/plain")) {
            texts.add(text);
        } else if (part.isMimeType("text/html")) {
            htmls.add(text);
        } else if (part.isMimeType("text/calendar")) {
            calendars.add(text);
        }
    }
}
