package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.http.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of the jar, run in-process with an injected environment. */
class CliTest {

    record Run(int code, String out) {
    }

    static final java.nio.file.Path DATA = tempDir();

    static java.nio.file.Path tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("termin-cli");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of("TERMIN_DATA_DIR", DATA.toString()), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out + err.toString());
    }

    @Test
    void migrate_demo_syncHealth_metrics() {
        assertThat(run("migrate")).satisfies(r -> {
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("schema is up to date");
        });
        assertThat(run("demo").out()).contains("Demo tenant 'demo' loaded");
        Run health = run("sync-health", "--tenant", "demo", "--verbose");
        assertThat(health.code()).isZero();
        assertThat(health.out()).contains("Sync health of tenant demo: HEALTHY").contains("no alerts");
        assertThat(run("sync-health", "--dry-run").out()).contains("dry run");
        Run metrics = run("metrics", "reservations", "--company", "demo");
        assertThat(metrics.code()).isZero();
        assertThat(metrics.out()).contains("| created     |").contains("conversion");
        assertThat(run("metrics", "reservations", "--window", "soon").code()).isEqualTo(2);
        assertThat(run("nonsense").code()).isEqualTo(2);
        assertThat(run("--help").out()).contains("serve").contains("sync-health");
    }

    @Test
    void whenTheStorageCannotBeReached_syncHealthAndMetrics_exitWithCannotTell_notCritical() {
        Map<String, String> env = Map.of("TERMIN_DB_URL", "jdbc:postgresql://127.0.0.1:1/termin",
                "TERMIN_DB_USER", "termin");
        for (String[] args : new String[][] {{"sync-health"}, {"metrics", "reservations"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(code).as(String.join(" ", args)).isEqualTo(3);
            assertThat(err.toString()).startsWith("cannot tell: the storage cannot be reached");
        }
    }
}
