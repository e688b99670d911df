package dev.termin.booking.domain.hold;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A short reservation of a slot for one owner. A composite service is held under one token covering all its
 * segments; a hold also takes the slot's resource units (default none). An active hold blocks its occupancies for
 * every other owner until {@code expiresAt}; after that it blocks nobody, even before a sweeper has marked it
 * expired. Immutable.
 */
public record Hold(
        HoldToken token,
        TenantId tenant,
        BranchId branch,
        ServiceId service,
        StaffId staff,
        String owner,
        TimeInterval interval,
        List<SegmentAssignment> segments,
        List<Occupancy> occupancies,
        Instant createdAt,
        Instant expiresAt,
        HoldStatus status,
        Optional<AppointmentId> convertedTo,
        Optional<String> cancelReason,
        Optional<Instant> closedAt,
        List<ResourceOccupancy> resources) {

    public Hold {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        owner = Checks.text(owner, "owner", 1, 200);
        Objects.requireNonNull(interval, "interval");
        segments = List.copyOf(segments);
        occupancies = List.copyOf(occupancies);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(convertedTo, "convertedTo");
        Objects.requireNonNull(cancelReason, "cancelReason");
        Objects.requireNonNull(closedAt, "closedAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a hold must expire after it is created");
        }
        resources = List.copyOf(resources);
    }

    /** A hold that takes no resources. */
    public Hold(HoldToken token, TenantId tenant, BranchId branch, ServiceId service, StaffId staff, String owner,
            TimeInterval interval, List<SegmentAssignment> segments, List<Occupancy> occupancies, Instant createdAt,
            Instant expiresAt, HoldStatus status, Optional<AppointmentId> convertedTo, Optional<String> cancelReason,
            Optional<Instant> closedAt) {
        this(token, tenant, branch, service, staff, owner, interval, segments, occupancies, createdAt, expiresAt,
                status, convertedTo, cancelReason, closedAt, List.of());
    }

    public static Hold place(HoldToken token, TenantId tenant, BranchId branch, ServiceId service, String owner,
            Slot slot, Instant now, Duration lifetime) {
        return new Hold(token, tenant, branch, service, slot.staff(), owner, slot.interval(), slot.segments(),
                slot.occupancies(), now, now.plus(lifetime), HoldStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.empty(), slot.resources());
    }

    public boolean isComposite() {
        return segments.size() > 1;
    }

    /** True while the hold is active and not yet past its expiry. */
    public boolean isActiveAt(Instant now) {
        return status == HoldStatus.ACTIVE && now.isBefore(expiresAt);
    }

    /** True when this hold keeps {@code otherOwner} from booking its time at {@code now}. */
    public boolean blocks(String otherOwner, Instant now) {
        return isActiveAt(now) && !owner.equals(otherOwner);
    }

    public Hold convert(AppointmentId appointment, Instant at) {
        requireActive();
        return new Hold(token, tenant, branch, service, staff, owner, interval, segments, occupancies, createdAt,
                expiresAt, HoldStatus.CONVERTED, Optional.of(appointment), cancelReason, Optional.of(at),
                resources);
    }

    public Hold expire() {
        requireActive();
        return new Hold(token, tenant, branch, service, staff, owner, interval, segments, occupancies, createdAt,
                expiresAt, HoldStatus.EXPIRED, convertedTo, cancelReason, Optional.of(expiresAt),
                resources);
    }

    public Hold cancel(String reason, Instant at) {
        requireActive();
        return new Hold(token, tenant, branch, service, staff, owner, interval, segments, occupancies, createdAt,
                expiresAt, HoldStatus.CANCELLED, convertedTo, Optional.of(reason == null ? "" : reason),
                Optional.of(at), resources);
    }

    private void requireActive() {
        if (status != HoldStatus.ACTIVE) {
            throw new IllegalStateException("hold " + token + " is " + status.code());
        }
    }
}
