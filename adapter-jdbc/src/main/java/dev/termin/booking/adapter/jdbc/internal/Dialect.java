package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL that differs between PostgreSQL and H2, and where each keeps its migrations. */
public enum Dialect {
    POSTGRESQL("PostgreSQL", "db/migration/postgresql"),
    H2("H2", "db/migration/h2");

    private final String displayName;
    private final String migrations;

    Dialect(String displayName, String migrations) {
        this.displayName = displayName;
        this.migrations = migrations;
    }

    public static Dialect of(JdbcConfig config) {
        return config.isPostgres() ? POSTGRESQL : H2;
    }

    public String displayName() {
        return displayName;
    }

    /** The classpath folder of this database's Flyway migrations. */
    public String migrations() {
        return migrations;
    }

    /**
     * A condition that the occupancy rows aliased {@code o} overlap the half-open interval bound to {@code :from}
     * and {@code :to}: the range operator (served by the GiST index) on PostgreSQL, two comparisons on H2.
     */
    public String occupancyOverlaps(String o, String from, String to) {
        return this == POSTGRESQL
                ? o + ".during && tstzrange(:" + from + ", :" + to + ", '[)')"
                : o + ".starts_at < :" + to + " AND " + o + ".ends_at > :" + from;
    }

    /** An insert-or-replace by primary key of the named columns, bound by name. */
    public String upsert(String table, List<String> keys, List<String> columns) {
        String cols = String.join(", ", columns);
        String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(", ", keys) + ") VALUES (" + values + ")";
        }
        String updates = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + values + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO UPDATE SET " + updates;
    }

    /** An ordering by a text id that sorts like {@link String#compareTo} for ASCII ids. */
    public String binaryOrder(String column) {
        return this == POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }
}
