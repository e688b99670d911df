package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a slot lock covers: one staff member's day (in the branch's zone). Any two bookings whose times overlap
 * share at least one key, so they exclude each other; bookings on different days or staff never wait on each
 * other. Immutable; ordered so that several keys are always taken in the same order.
 */
public record LockKey(TenantId tenant, StaffId staff, LocalDate day) implements Comparable<LockKey> {

    public LockKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(day, "day");
    }

    /** A stable textual form, e.g. {@code salon-1:maria:2026-06-17}. */
    public String asString() {
        return tenant.value() + ":" + staff.value() + ":" + day;
    }

    @Override
    public int compareTo(LockKey o) {
        return asString().compareTo(o.asString());
    }
}
