package dev.termin.booking.adapter.jdbc.testing;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts a running PostgreSQL server the way an operator does, with {@code pg_ctl} of the server's own
 * binaries on its own data directory, so that it comes back on the same port with the same data and options.
 *
 * <p>Everything is read from the data directory: {@code postmaster.opts} names the {@code postgres} binary (whose
 * directory holds {@code pg_ctl}) and the options it was started with. {@code pg_ctl} runs the way the embedded
 * server's library ran it, which matters as root: the library starts every binary with {@code unshare -U} when it
 * can, so the server runs in a user namespace of its own, as root's uid outside but without any capability, and
 * its data directory belongs to root. A plain {@code pg_ctl} refuses to run as root, and one run as another user
 * (such as {@link NonRootPostgresBinaries}' {@code nobody}) may not signal that server ({@code could not send stop
 * signal: Operation not permitted}); only a {@code pg_ctl} in a user namespace of its own, like the server's, can.
 * Without {@code unshare} the library runs the binaries of {@link NonRootPostgresBinaries}, and so does this class.
 * Two more details keep it from hanging: the stop is {@code -m fast} (the smart mode waits for every client to
 * disconnect, and connection pools never do), and the restarted server writes to a log file ({@code -l}) instead of
 * inheriting an output pipe of this JVM that nobody reads (a full pipe blocks the server at its next log line).
 * Not thread-safe; one fault test drives it.
 */
final class PostgresProcess {

    private static final Duration PG_CTL_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final Path pgCtl;
    private final String options;

    private PostgresProcess(Path dataDirectory, Path pgCtl, String options) {
        this.dataDirectory = dataDirectory;
        this.pgCtl = pgCtl;
        this.options = options;
    }

    /** The server whose data directory is {@code dataDirectory}, as it runs now. */
    static PostgresProcess of(Path dataDirectory) {
        try {
            // /path/bin/postgres "-D" "/data" "-p" "5432" "-c" "fsync=off" ...
            String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            int space = opts.indexOf(' ');
            Path postgres = Path.of(space < 0 ? opts : opts.substring(0, space));
            return new PostgresProcess(dataDirectory, postgres.resolveSibling("pg_ctl"),
                    space < 0 ? "" : opts.substring(space + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read how PostgreSQL was started in " + dataDirectory, e);
        }
    }

    /** {@code pg_ctl stop -m fast}: sessions are terminated, the server shuts down and its port closes. */
    void stop() {
        pgCtl(List.of("stop", "-m", "fast"));
    }

    /** {@code pg_ctl start} with the options of the first start; returns when the server accepts connections. */
    void start() {
        pgCtl(List.of("start", "-o", options, "-l", dataDirectory.resolve("restarted.log").toString()));
    }

    private void pgCtl(List<String> action) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library started the server
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-w", "-t",
                Long.toString(PG_CTL_WAIT.toSeconds())));
        command.addAll(action);
        try {
            Path output = Files.createTempFile("termin-pg-ctl", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                                Path.of("/dev/null").toFile())).start();
                if (!p.waitFor(PG_CTL_WAIT.toSeconds() + 10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("pg_ctl " + action.get(0) + " did not finish: "
                            + Files.readString(output));
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("pg_ctl " + action.get(0) + " failed (" + p.exitValue() + "): "
                            + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_ctl", e);
        }
    }
}
