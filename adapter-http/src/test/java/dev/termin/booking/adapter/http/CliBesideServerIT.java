package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operations commands beside a running server on the default embedded H2 file: the server (the packaged jar,
 * a process of its own) holds the file; {@code sync-health} and {@code metrics reservations} still open it, through
 * the server's H2 auto-server port, and answer at once instead of a false "critical".
 */
class CliBesideServerIT {

    @Test
    void syncHealthAndReservationMetrics_workWhileTheServerRunsOnTheSameH2File() throws IOException {
        Path data = Files.createTempDirectory("termin-cli-beside");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> env = Map.of("TERMIN_DATA_DIR", data.toString(),
                "TERMIN_DEMO_API_KEY", "cli-beside-server-demo-key-0123");
        try (ServerProcess server = new ServerProcess("server", port, env)) {
            server.start();

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int health = Main.run(new String[] {"sync-health", "--tenant", "demo"}, env, new PrintWriter(out, true),
                    new PrintWriter(err, true));
            int metrics = Main.run(new String[] {"metrics", "reservations", "--company", "demo"}, env,
                    new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(health).as(out + "\n" + err).isZero();
            assertThat(metrics).as(out + "\n" + err).isZero();
            assertThat(out.toString()).contains("Sync health of tenant demo: HEALTHY").contains("| created     |");
            assertThat(new Http(port, "cli-beside-server-demo-key-0123").get("/v1/services").status()).isEqualTo(200);
        }
    }
}
