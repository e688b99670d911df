package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad setting ends every command that reads settings with one line on stderr naming the variable, exit code 2. */
class CliSettingsTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String command, String variable, String value) {
        Map<String, String> env = new HashMap<>(Map.of("TERMIN_DATA_DIR", CliTest.DATA.toString()));
        env.put(variable, value);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(command.split(" "), env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "serve | TERMIN_DEMO_API_KEY | short-key-12 | "
                + "TERMIN_DEMO_API_KEY: a key must be 16 to 200 printable ASCII characters (got 12 characters)",
        "serve | TERMIN_PORT | 70000 | TERMIN_PORT: must be 0 to 65535 (got 70000)",
        "serve | TERMIN_PORT | http | TERMIN_PORT: must be a whole number (got 'http')",
        "serve | TERMIN_DRAIN_TIMEOUT | soon | "
                + "TERMIN_DRAIN_TIMEOUT: must be a duration such as 500ms, 10s, 2m, 1h or ISO-8601 such as PT10S (got 'soon')",
        "serve | TERMIN_WORKER_INTERVAL_MS | 1s | TERMIN_WORKER_INTERVAL_MS: must be a whole number (got '1s')",
        "migrate | TERMIN_DB_URL | jdbc:mysql://db/termin | "
                + "TERMIN_DB_URL: only jdbc:postgresql: and jdbc:h2: URLs are supported: jdbc:mysql://db/termin",
        "demo | TERMIN_API_KEYS | acme | TERMIN_API_KEYS: must be tenant:key pairs separated by commas",
        "sync-health | TERMIN_CALENDAR_FALLBACK | maybe | "
                + "TERMIN_CALENDAR_FALLBACK: must be 'warn' or 'refuse' (got 'maybe')",
        "metrics reservations | TERMIN_CALCOM_API_KEY | cal_live_abcdef | TERMIN_CALCOM_TENANT: is required for Cal.com"
    })
    void aBadSetting_printsOneLineNamingTheVariable_andExitsWith2(String command, String variable, String value,
            String message) {
        // when
        Run r = run(command, variable, value);

        // then
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(message + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }
}
