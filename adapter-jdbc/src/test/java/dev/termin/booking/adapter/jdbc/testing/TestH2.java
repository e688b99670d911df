package dev.termin.booking.adapter.jdbc.testing;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throw-away H2 databases in file mode, each in its own temporary directory deleted at JVM exit. */
public final class TestH2 {

    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("termin-h2-tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestH2::deleteAll, "termin-test-h2-cleanup"));
    }

    private TestH2() {
    }

    /** A new, empty H2 file database (the store's embedded default configuration). */
    public static JdbcConfig newDatabase() {
        try {
            return JdbcConfig.h2File(Files.createTempDirectory(ROOT, "db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
