package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.ExternalBookingRecord;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link ExternalBookingLedger} on the {@code external_booking} table, one row per (tenant, uid): an update, or an
 * insert when there is none; a concurrent first insert of the same uid loses to the unique key and updates instead.
 * Thread-safe.
 */
public final class JdbiExternalBookingLedger implements ExternalBookingLedger {

    private final Db db;

    public JdbiExternalBookingLedger(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<ExternalBookingRecord> find(TenantId tenant, String uid) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(uid, "uid");
        return db.read(h -> h.createQuery("SELECT appointment_id, changed_at FROM external_booking "
                        + "WHERE tenant = :tenant AND uid = :uid")
                .bind("tenant", tenant.value())
                .bind("uid", uid)
                .map((rs, ctx) -> new ExternalBookingRecord(tenant, uid,
                        Rows.optionalText(rs, "appointment_id").map(AppointmentId::of),
                        Rows.instant(rs, "changed_at")))
                .findOne());
    }

    @Override
    public void save(ExternalBookingRecord r) {
        Objects.requireNonNull(r, "record");
        db.run(h -> {
            if (update(h, r) == 0) {
                boolean inserted = UniqueInserts.insert(db.dialect(), h, "INSERT INTO external_booking "
                        + "(tenant, uid, appointment_id, changed_at) VALUES (:tenant, :uid, :appointment, :at)",
                        u -> u.bind("tenant", r.tenant().value())
                                .bind("uid", r.uid())
                                .bind("appointment", Db.text(r.appointment().map(AppointmentId::value).orElse(null)))
                                .bind("at", Db.ts(r.changedAt())));
                if (!inserted) {
                    update(h, r);
                }
            }
        });
    }

    private static int update(Handle h, ExternalBookingRecord r) {
        return h.createUpdate("UPDATE external_booking SET appointment_id = :appointment, changed_at = :at "
                        + "WHERE tenant = :tenant AND uid = :uid")
                .bind("appointment", Db.text(r.appointment().map(AppointmentId::value).orElse(null)))
                .bind("at", Db.ts(r.changedAt()))
                .bind("tenant", r.tenant().value())
                .bind("uid", r.uid())
                .execute();
    }
}
