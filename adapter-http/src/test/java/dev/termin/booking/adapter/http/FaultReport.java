package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.http.FaultLedger.Attempt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The system test's SQL over the stored rows, and the table of a fault run it writes. Stateless. */
final class FaultReport {

    private FaultReport() {
    }

    /** The correlation ids of every two active appointments of one staff member that overlap. */
    static List<String[]> overlapPairs(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT x.correlation_id, y.correlation_id FROM appointment x "
                + "JOIN appointment y ON x.tenant = y.tenant AND x.staff_id = y.staff_id AND x.id < y.id "
                + "AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at "
                + "WHERE x.status <> 'cancelled' AND y.status <> 'cancelled'"); ResultSet rs = q.executeQuery()) {
            List<String[]> pairs = new ArrayList<>();
            while (rs.next()) {
                pairs.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            return pairs;
        }
    }

    /** The ids of the appointments stored under {@code correlationId}. */
    static List<String> storedIds(Connection db, String correlationId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM appointment WHERE tenant = 'demo' "
                + "AND correlation_id = ?")) {
            q.setString(1, correlationId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** The table of the run (markdown) with its notes, from the ledger and the stored rows. */
    static String table(Connection db, FaultLedger ledger, String stopPhase, List<String> notes) throws SQLException {
        StringBuilder t = new StringBuilder("| phase | fault | requests | acknowledged (201) | stored of acknowledged "
                + "| refused (409) | answers lost | overlaps | 5xx | max time to 503 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        List<String[]> overlapping = overlapPairs(db);
        for (String phase : ledger.phases()) {
            List<Attempt> in = ledger.in(phase);
            long stored = 0;
            for (Attempt x : in) {
                if (x.acknowledged() && storedIds(db, x.key()).equals(List.of(x.appointment()))) {
                    stored++;
                }
            }
            Set<String> keys = in.stream().map(Attempt::key).collect(Collectors.toSet());
            t.append("| ").append(phase).append(" | ").append(fault(phase)).append(" | ").append(in.size())
                    .append(" | ").append(in.stream().filter(Attempt::acknowledged).count()).append(" | ").append(stored)
                    .append(" | ").append(in.stream().filter(x -> x.status() == 409).count())
                    .append(" | ").append(in.stream().filter(Attempt::lost).count())
                    .append(" | ").append(overlapping.stream().filter(p -> keys.contains(p[0]) || keys.contains(p[1]))
                            .count())
                    .append(" | ").append(in.stream().filter(Attempt::serverError).count())
                    .append(" | ").append(in.stream().filter(Attempt::serverError).mapToLong(ledger::timeTo503).max()
                            .stream().mapToObj(ms -> ms + " ms").findFirst().orElse("-")).append(" |\n");
        }
        List<FaultLedger.Retry> retries = ledger.retries();
        t.append("\nRetried with their key afterwards: ").append(retries.size()).append(" (")
                .append(retries.stream().filter(r -> r.status() == 201).count()).append(" answered 201 with the "
                        + "one stored booking of the key, ")
                .append(retries.stream().filter(r -> r.status() == 409).count()).append(" refused as taken, "
                        + "nothing stored for them). Overlapping active appointments: ").append(overlapping.size())
                .append(".\n\n");
        List<Attempt> inFlight = ledger.inFlight(stopPhase);
        List<Attempt> outage = ledger.sentWhileStopped(stopPhase);
        t.append("- stopping PostgreSQL took ").append(ledger.stopMillis()).append(" ms (`pg_ctl stop "
                + "-m fast`); requests sent while it was down: ").append(outage.size()).append(", answered ")
                .append(FaultLedger.statuses(outage)).append(", slowest in ")
                .append(outage.stream().mapToLong(Attempt::millis).max().orElse(0)).append(" ms\n");
        t.append("- requests in flight when the stop began: ").append(inFlight.size()).append(", answered ")
                .append(FaultLedger.statuses(inFlight)).append("; their 503s came at most ")
                .append(inFlight.stream().filter(Attempt::serverError).mapToLong(ledger::timeTo503).max().orElse(0))
                .append(" ms after the stop began (at most ")
                .append(inFlight.stream().filter(Attempt::serverError).mapToLong(Attempt::millis).max().orElse(0))
                .append(" ms after they were sent)\n");
        notes.forEach(n -> t.append("- ").append(n).append('\n'));
        return t.toString();
    }

    private static String fault(String phase) {
        return switch (phase) {
            case "kill -9 instance-a" -> "`kill -9` of one of two instances mid-load, just after a keyed hold and "
                    + "a keyed confirmation committed, then started again";
            case FaultsIT.PG -> "PostgreSQL stopped mid-load (`pg_ctl stop -m fast`), started again about 3 s later on "
                    + "the same port and data directory";
            case "Redis stopped" -> "Redis stopped mid-load";
            default -> "none";
        };
    }
}
