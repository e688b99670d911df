package dev.termin.booking.benchmarks;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * The embedded PostgreSQL binaries repackaged so that root can start them: {@code initdb} and {@code pg_ctl} become
 * scripts that run the real binaries as {@code nobody} (PostgreSQL refuses to run as root); the same approach as
 * adapter-jdbc's test support, cached in the temp directory.
 */
final class RootSafePostgresBinaries implements PgBinaryResolver {

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String SCRIPT = """
            #!/bin/sh
            # Termin benchmark support: PostgreSQL refuses to run as root, so root runs it as 'nobody'.
            real="$0.real"
            if [ "$(id -u)" != "0" ]; then exec "$real" "$@"; fi
            data=""
            prev=""
            for arg in "$@"; do
              if [ "$prev" = "-D" ]; then data="$arg"; fi
              prev="$arg"
            done
            if [ -n "$data" ]; then chown -R 65534:65534 "$data" && chmod 700 "$data"; fi
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            """;

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String name = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT);
        Path cacheDir = Path.of(System.getProperty("java.io.tmpdir"), "termin-embedded-pg");
        Files.createDirectories(cacheDir);
        long originalSize;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            originalSize = in.transferTo(OutputStream.nullOutputStream());
        }
        Path cached = cacheDir.resolve(name.replace(".txz", "-bench-nonroot-" + originalSize + ".txz"));
        if (!Files.exists(cached)) {
            Path tmp = Files.createTempFile(cacheDir, "repack", ".txz");
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                repack(in, out);
            }
            Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return new BufferedInputStream(Files.newInputStream(cached));
    }

    private static void repack(InputStream txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream tarIn = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(txz)));
                TarArchiveOutputStream tarOut = new TarArchiveOutputStream(new XZCompressorOutputStream(target, 1))) {
            tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tarOut.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = tarIn.getNextEntry()) != null) {
                String path = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(path) && entry.isFile()) {
                    String original = entry.getName();
                    entry.setName(original + ".real");
                    copy(tarIn, tarOut, entry);
                    byte[] script = SCRIPT.getBytes(StandardCharsets.US_ASCII);
                    TarArchiveEntry wrapper = new TarArchiveEntry(original);
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    wrapper.setModTime(entry.getModTime());
                    tarOut.putArchiveEntry(wrapper);
                    tarOut.write(script);
                    tarOut.closeArchiveEntry();
                } else {
                    copy(tarIn, tarOut, entry);
                }
            }
        }
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }
}
