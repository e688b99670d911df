package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.MirroredEventType;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link MirroredEventTypeRepository} on the {@code mirrored_event_type} table, one row per (tenant, slug). Thread-safe. */
public final class JdbiMirroredEventTypeRepository implements MirroredEventTypeRepository {

    private static final String COLUMNS = "branch, service, segment_key, slug, event_type_id, title, length_minutes, "
            + "hidden";

    private final Db db;

    public JdbiMirroredEventTypeRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<MirroredEventType> find(TenantId tenant, String slug) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM mirrored_event_type WHERE tenant = :tenant "
                        + "AND slug = :slug")
                .bind("tenant", tenant.value()).bind("slug", slug)
                .map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<MirroredEventType> list(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM mirrored_event_type WHERE tenant = :tenant "
                        + "ORDER BY " + db.dialect().binaryOrder("slug"))
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public void put(TenantId tenant, MirroredEventType t) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(t, "type");
        db.run(h -> {
            h.createUpdate("DELETE FROM mirrored_event_type WHERE tenant = :tenant AND slug = :slug")
                    .bind("tenant", tenant.value()).bind("slug", t.slug()).execute();
            h.createUpdate("INSERT INTO mirrored_event_type (tenant, " + COLUMNS + ") VALUES (:tenant, :branch, "
                            + ":service, :segment, :slug, :id, :title, :length, :hidden)")
                    .bind("tenant", tenant.value()).bind("branch", t.branch().value())
                    .bind("service", t.service().value()).bind("segment", t.segmentKey()).bind("slug", t.slug())
                    .bind("id", t.eventTypeId()).bind("title", Db.text(t.title())).bind("length", t.lengthMinutes())
                    .bind("hidden", t.hidden()).execute();
        });
    }

    @Override
    public void remove(TenantId tenant, String slug) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
        db.run(h -> h.createUpdate("DELETE FROM mirrored_event_type WHERE tenant = :tenant AND slug = :slug")
                .bind("tenant", tenant.value()).bind("slug", slug).execute());
    }

    private static MirroredEventType row(ResultSet rs) throws SQLException {
        return new MirroredEventType(BranchId.of(rs.getString("branch")), ServiceId.of(rs.getString("service")),
                rs.getString("segment_key"), rs.getString("slug"), rs.getLong("event_type_id"),
                Rows.optionalText(rs, "title").orElse(""), rs.getInt("length_minutes"), rs.getBoolean("hidden"));
    }
}
