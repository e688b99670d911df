package dev.termin.booking.domain.sync;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Appointments in given sync states, built through the domain's own factories and transitions. */
final class SyncFixtures {

    static final Instant NOW = Instant.parse("2025-06-20T12:00:00Z");
    static final TenantId TENANT = TenantId.of("salon-berlin");
    static final StaffId MARIA = StaffId.of("maria");

    private SyncFixtures() {
    }

    static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    static Instant hoursAgo(long hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    /** Booked at {@code createdAt} with a pending sync, never attempted since. */
    static Appointment pending(String id, Instant createdAt) {
        return book(TENANT, id, createdAt, SyncState.pending());
    }

    static Appointment synced(String id, Instant createdAt) {
        Appointment a = pending(id, createdAt);
        Instant at = createdAt.plusSeconds(5);
        return a.withSync(a.sync().synced(List.of(new ExternalRef("main", "cal-" + id, a.interval().start())), at), at);
    }

    /** Booked at {@code createdAt}; its last allowed attempt failed at {@code failedAt}. */
    static Appointment failed(String id, Instant createdAt, Instant failedAt) {
        Appointment a = pending(id, createdAt);
        return a.withSync(a.sync().attemptFailed("401 Unauthorized", failedAt, true), failedAt);
    }

    static Appointment failed(String id, Instant createdAt) {
        return failed(id, createdAt, createdAt.plusSeconds(5));
    }

    static Appointment notRequired(String id, Instant createdAt) {
        return book(TENANT, id, createdAt, SyncState.notRequired());
    }

    static Appointment ofTenant(TenantId tenant, String id, Instant createdAt) {
        return book(tenant, id, createdAt, SyncState.pending());
    }

    private static Appointment book(TenantId tenant, String id, Instant createdAt, SyncState sync) {
        TimeInterval interval = TimeInterval.of(createdAt.plus(Duration.ofDays(2)), Duration.ofMinutes(30));
        Slot slot = new Slot(interval, MARIA,
                List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, MARIA, interval)),
                List.of(new Occupancy(MARIA, interval, OccupancyKind.WORK)));
        return Appointment.book(AppointmentId.of(id), tenant, BranchId.of("mitte"), ServiceId.of("haarschnitt"), slot,
                Customer.withPhone("Erika Muster", "+491512345678"), "", Source.PHONE, sync, false, "corr-" + id,
                Optional.empty(), 1, createdAt);
    }
}
