package dev.termin.booking.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a Flight Recorder file within a time window, as docs/performance.md shows them:
 * the share of samples by the first library frame from the top of the stack, the share of samples with a frame of a
 * part anywhere in the stack, and the top self frames. {@code java -cp benchmarks.jar
 * dev.termin.booking.benchmarks.JfrSummary recording.jfr 2026-12-01T02:40:05 2026-12-01T02:40:25} (UTC). Not
 * thread-safe; a command-line tool.
 */
public final class JfrSummary {

    /** Package prefixes and the part they are counted as, most specific first. */
    private static final List<String[]> PARTS = List.of(
            new String[] {"org.jdbi", "Jdbi"}, new String[] {"org.postgresql", "PostgreSQL driver"},
            new String[] {"com.zaxxer", "Hikari"}, new String[] {"org.h2", "H2"},
            new String[] {"com.fasterxml", "Jackson"}, new String[] {"org.eclipse.jetty", "Jetty"},
            new String[] {"io.javalin", "Javalin"}, new String[] {"java.util.regex", "regular expressions"},
            new String[] {"ch.qos.logback", "logging"}, new String[] {"org.slf4j", "logging"},
            new String[] {"io.micrometer", "Micrometer"}, new String[] {"java.net.http", "load driver (HTTP client)"},
            new String[] {"jdk.internal.net.http", "load driver (HTTP client)"},
            new String[] {"dev.termin.booking.domain", "Termin domain"},
            new String[] {"dev.termin.booking.application", "Termin application"},
            new String[] {"dev.termin.booking.adapter.jdbc", "Termin adapter-jdbc"},
            new String[] {"dev.termin.booking.adapter.http", "Termin adapter-http"},
            new String[] {"dev.termin.booking.benchmarks", "load driver"});

    /** Methods whose presence anywhere in a stack is counted, by a part of their class and method name. */
    private static final Map<String, String> INSIDE = Map.of(
            "AvailabilityLoader.load", "inside AvailabilityLoader.load",
            "BookingWriter.write", "inside BookingWriter.write",
            "CatalogueRepository.", "inside catalogue reads",
            "StoredJson.", "inside stored JSON (de)serialisation",
            "SchedulingJson.", "inside stored JSON (de)serialisation",
            "SlotSearch.", "inside the slot search");

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: JfrSummary <recording.jfr> <from, UTC: 2026-12-01T02:40:05> <to>");
            System.exit(2);
        }
        Instant from = LocalDateTime.parse(args[1]).toInstant(ZoneOffset.UTC);
        Instant to = LocalDateTime.parse(args[2]).toInstant(ZoneOffset.UTC);
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> anywhere = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStartTime().isBefore(from)
                        || e.getStartTime().isAfter(to) || e.getStackTrace() == null
                        || e.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                first.merge(firstPart(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    part(f).ifPresent(seen::add);
                    String method = name(f);
                    INSIDE.forEach((needle, label) -> {
                        if (method.contains(needle)) {
                            seen.add(label);
                        }
                    });
                }
                seen.forEach(s -> anywhere.merge(s, 1, Integer::sum));
            }
        }
        System.out.println("samples: " + samples);
        print("by the first library frame from the top", first, samples, 30);
        print("with a frame anywhere in the stack", anywhere, samples, 40);
        print("top self frames", self, samples, 25);
    }

    private static String firstPart(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            var p = part(f);
            if (p.isPresent()) {
                return p.get();
            }
        }
        return "JDK only";
    }

    private static Optional<String> part(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return PARTS.stream().filter(p -> type.startsWith(p[0])).map(p -> p[1]).findFirst();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int limit) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey()));
    }
}
