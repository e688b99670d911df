package dev.termin.booking.domain.metrics;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Holds placed through {@link Hold#place} and moved on by the domain's own transitions. */
final class HoldFixtures {

    static final Instant NOW = Instant.parse("2025-06-20T12:00:00Z");
    static final TenantId TENANT = TenantId.of("salon-berlin");
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final StaffId MARIA = StaffId.of("maria");
    private static final StaffId EMMA = StaffId.of("emma");
    private static int sequence;

    private HoldFixtures() {
    }

    static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    /** A plain one-segment hold placed at {@code createdAt}, living {@link #LIFETIME}. */
    static Hold placed(Instant createdAt) {
        return place(TENANT, createdAt, false);
    }

    /** A composite hold (colour, then cut by another stylist) placed at {@code createdAt}. */
    static Hold compositePlaced(Instant createdAt) {
        return place(TENANT, createdAt, true);
    }

    static Hold placedFor(TenantId tenant, Instant createdAt) {
        return place(tenant, createdAt, false);
    }

    static Hold converted(Hold h, Duration after) {
        return h.convert(AppointmentId.of("apt-" + h.token().value().getLeastSignificantBits()),
                h.createdAt().plus(after));
    }

    static Hold cancelled(Hold h, Duration after) {
        return h.cancel("caller hung up", h.createdAt().plus(after));
    }

    private static Hold place(TenantId tenant, Instant createdAt, boolean composite) {
        Instant start = createdAt.plus(Duration.ofDays(1));
        TimeInterval first = TimeInterval.of(start, Duration.ofMinutes(30));
        List<SegmentAssignment> segments;
        List<Occupancy> occupancies;
        TimeInterval whole;
        if (composite) {
            TimeInterval second = TimeInterval.of(first.end(), Duration.ofMinutes(30));
            whole = TimeInterval.of(first.start(), second.end());
            segments = List.of(new SegmentAssignment("colour", "Farbe", 1, 2, MARIA, first),
                    new SegmentAssignment("cut", "Schnitt", 2, 2, EMMA, second));
            occupancies = List.of(new Occupancy(MARIA, first, OccupancyKind.WORK),
                    new Occupancy(EMMA, second, OccupancyKind.WORK));
        } else {
            whole = first;
            segments = List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, MARIA, first));
            occupancies = List.of(new Occupancy(MARIA, first, OccupancyKind.WORK));
        }
        Slot slot = new Slot(whole, MARIA, segments, occupancies);
        // Deterministic tokens keep failures reproducible; only uniqueness matters here.
        HoldToken token = new HoldToken(new UUID(0x7e57L, ++sequence));
        return Hold.place(token, tenant, BranchId.of("mitte"), ServiceId.of(composite ? "farbe-schnitt" : "schnitt"),
                "call-" + sequence, slot, createdAt, LIFETIME);
    }
}
