package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code termin tenants ...} and {@code termin keys ...} on an H2 database. */
class AccessCliTest {

    private static String run(Path data, String... args) {
        StringWriter out = new StringWriter();
        int code = Main.run(args, Map.of("TERMIN_DATA_DIR", data.toString()), new PrintWriter(out, true),
                new PrintWriter(out, true));
        return code + " " + out;
    }

    private static String secret(String output) {
        Matcher m = Pattern.compile("termin_[a-z]+_[A-Za-z0-9_-]+").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group();
    }

    @Test
    void tenantsAndKeys_areManagedFromTheCommandLine() throws Exception {
        // given
        Path data = Files.createTempDirectory("termin-access-cli");

        // when
        String created = run(data, "tenants", "create", "--name", "Salon Schnittpunkt", "--slug", "schnittpunkt",
                "--zone", "Europe/Berlin");
        String again = run(data, "tenants", "create", "--name", "Other", "--slug", "schnittpunkt");
        String page = run(data, "keys", "create", "--tenant", "schnittpunkt", "--role", "booking-page",
                "--label", "Website", "--origin", "https://salon.example");
        String keyId = page.replaceAll("(?s).*Key (key_[A-Za-z0-9_-]+).*", "$1");
        String listed = run(data, "keys", "list", "--tenant", "schnittpunkt");
        String revoked = run(data, "keys", "revoke", "--tenant", "schnittpunkt", keyId);
        String suspended = run(data, "tenants", "suspend", "schnittpunkt");
        String tenants = run(data, "tenants", "list");
        String activated = run(data, "tenants", "activate", "schnittpunkt");

        // then
        assertThat(created).startsWith("0 ").contains("Owner key (shown once");
        assertThat(secret(created)).startsWith("termin_own_");
        assertThat(again).startsWith("1 ").contains("refused");
        assertThat(secret(page)).startsWith("termin_page_");
        assertThat(listed).contains(keyId).contains("booking-page").contains("Website").doesNotContain(secret(page));
        assertThat(revoked).startsWith("0 ").contains("revoked");
        assertThat(suspended).contains("suspended");
        assertThat(tenants).contains("schnittpunkt").contains("Salon Schnittpunkt");
        assertThat(activated).contains("active");
        assertThat(run(data, "keys", "create", "--tenant", "schnittpunkt", "--role", "boss")).startsWith("1 ");
    }
}
