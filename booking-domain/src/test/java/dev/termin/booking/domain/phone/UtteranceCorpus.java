package dev.termin.booking.domain.phone;

import dev.termin.booking.domain.phone.AppointmentWish.TimeWish;
import dev.termin.booking.domain.phone.NameMatcher.Resolution;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * German utterances with their expected parse, read from a resource ({@code kind;utterance;expected}, see the
 * header of {@code phone/utterances.csv}), and how the phone domain parses each: the wish parser for {@code when},
 * the tolerant name matcher against a salon's catalogue and team for {@code service} and {@code staff}.
 */
final class UtteranceCorpus {

    /** Every corpus is said on this day, a Wednesday. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A salon's services, each with its aliases. */
    static final List<List<String>> SERVICES = List.of(
            List.of("Haarschnitt", "Schnitt", "Haare schneiden", "Damenhaarschnitt"),
            List.of("Herrenhaarschnitt", "Herrenschnitt", "Männerhaarschnitt"),
            List.of("Kinderhaarschnitt", "Kinderschnitt"),
            List.of("Ansatzfärbung", "Ansatz färben"),
            List.of("Komplettfärbung", "Färben", "Farbe komplett"),
            List.of("Strähnen", "Highlights", "Foliensträhnen"),
            List.of("Waschen und Föhnen", "Föhnen", "Fönfrisur", "Blow-dry"),
            List.of("Dauerwelle"),
            List.of("Bartpflege", "Bart trimmen"),
            List.of("Balayage"),
            List.of("Hochsteckfrisur", "Brautfrisur"),
            List.of("Tönung"));

    /** A salon's team, each with a nickname where there is one. */
    static final List<List<String>> STAFF = List.of(
            List.of("Maria Schmidt"), List.of("Emma Weber", "Emmi"), List.of("Jörg Müller"),
            List.of("Sophie Meier"), List.of("Mario Rossi"), List.of("Leonie Kaya"), List.of("Ben Yilmaz"));

    /** One line of a corpus. */
    record Row(int line, String kind, String utterance, String expected) {
        Row {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(utterance, "utterance");
            Objects.requireNonNull(expected, "expected");
        }

        /** What the phone domain makes of the utterance, in the notation of {@code expected}. */
        String actual() {
            return switch (kind) {
                case "when" -> GermanWishParser.parse(utterance, TODAY).map(UtteranceCorpus::notation).orElse("none");
                case "service" -> notation(NameMatcher.resolve(utterance, SERVICES, names -> names));
                case "staff" -> notation(NameMatcher.resolve(utterance, STAFF, names -> names));
                default -> throw new IllegalArgumentException("unknown kind in line " + line + ": " + kind);
            };
        }

        boolean passes() {
            return expected.equals(actual());
        }

        @Override
        public String toString() {
            return kind + " \"" + utterance + "\"";
        }
    }

    private UtteranceCorpus() {
    }

    /** The rows of {@code resource}, without comments and blank lines. */
    static List<Row> load(String resource) {
        try (InputStream in = UtteranceCorpus.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split(";", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException(resource + ":" + line + " needs three fields: " + text);
                }
                rows.add(new Row(line, fields[0], fields[1], fields[2]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Share of rows parsed as expected, in [0, 1]. */
    static double accuracy(List<Row> rows) {
        return rows.isEmpty() ? 1.0 : (double) rows.stream().filter(Row::passes).count() / rows.size();
    }

    /** A readable report: accuracy per kind and overall, then every failing row with what it gave. */
    static String report(String title, List<Row> rows) {
        StringBuilder s = new StringBuilder(title).append('\n');
        Stream.of("when", "service", "staff").forEach(kind -> {
            List<Row> ofKind = rows.stream().filter(r -> r.kind().equals(kind)).toList();
            s.append(String.format("  %-8s %3d rows, accuracy %.1f %%%n", kind, ofKind.size(), 100 * accuracy(ofKind)));
        });
        s.append(String.format("  %-8s %3d rows, accuracy %.1f %%%n", "all", rows.size(), 100 * accuracy(rows)));
        s.append(rows.stream().filter(r -> !r.passes())
                .map(r -> "  FAIL line " + r.line() + ": " + r + " expected " + r.expected() + ", got " + r.actual())
                .collect(Collectors.joining("\n")));
        return s.toString();
    }

    static String notation(AppointmentWish wish) {
        String dates = wish.dates().map(d -> d.isSingleDay() ? d.first().toString() : d.first() + ".." + d.last())
                .orElse("-");
        String time;
        if (wish.time() instanceof TimeWish.At at) {
            time = at.time().toString();
        } else if (wish.time() instanceof TimeWish.Within within) {
            time = within.window().from() + "-" + within.window().until();
        } else {
            time = "-";
        }
        String preference = wish.preference() == AppointmentWish.Preference.EARLIEST ? "earliest" : "-";
        return dates + " " + time + " " + preference;
    }

    static String notation(Resolution<List<String>> resolution) {
        if (resolution instanceof Resolution.Resolved<List<String>> resolved) {
            return resolved.value().get(0);
        }
        if (resolution instanceof Resolution.AskBack<List<String>> askBack) {
            return "ask:" + askBack.closest().stream().map(s -> s.value().get(0)).collect(Collectors.joining("/"));
        }
        return "unknown";
    }
}
