package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code termin calcom …} against an H2 file and a Cal.com account (a MockWebServer) without bookings. */
class CalComCliTest {

    private MockWebServer calCom;
    private Path data;

    @BeforeEach
    void start() throws IOException {
        data = Files.createTempDirectory("termin-calcom-cli");
        calCom = new MockWebServer();
        calCom.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setHeader("Content-Type", "application/json")
                        .setBody("{\"status\":\"success\",\"data\":[],\"pagination\":{\"hasNextPage\":false}}");
            }
        });
        calCom.start();
    }

    @AfterEach
    void stop() throws IOException {
        calCom.shutdown();
    }

    private String[] run(boolean withCalCom, String... args) {
        StringWriter out = new StringWriter();
        Map<String, String> env = withCalCom
                ? Map.of("TERMIN_DATA_DIR", data.toString(), "TERMIN_CALCOM_TENANT", "demo",
                        "TERMIN_CALCOM_API_KEY", "cal_test_cli", "TERMIN_CALCOM_BASE_URL", calCom.url("/").toString(),
                        "TERMIN_CALCOM_EVENT_TYPES", "staff:maria=101")
                : Map.of("TERMIN_DATA_DIR", data.toString());
        int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(out, true));
        return new String[] {Integer.toString(code), out.toString()};
    }

    @Test
    void reconcileReviewAndDrift_reportWhatTheyFound() {
        String[] reconciled = run(true, "calcom", "reconcile", "--tenant", "demo");
        String[] review = run(true, "calcom", "review", "--tenant", "demo");
        String[] drift = run(true, "calcom", "drift", "--tenant", "demo");
        String[] clear = run(true, "calcom", "clear", "nope", "--note", "checked", "--tenant", "demo");

        assertThat(reconciled[0]).isEqualTo("0");
        assertThat(reconciled[1]).contains("0 Cal.com bookings examined, 0 changes");
        assertThat(review[1]).contains("0 appointments of tenant demo need a person");
        assertThat(drift[0]).isEqualTo("0");
        assertThat(drift[1]).contains("in line");
        assertThat(clear[0]).isEqualTo("1");
        assertThat(clear[1]).contains("not_found");
    }

    @Test
    void withoutCalCom_reconcileSaysSo_andFails() {
        String[] r = run(false, "calcom", "reconcile");

        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("Cal.com is not configured");
    }
}
