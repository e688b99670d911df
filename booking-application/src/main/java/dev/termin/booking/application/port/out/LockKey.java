package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;

/**
 * What a slot lock covers: one staff member of a tenant. Any two bookings that could overlap share the key of a
 * staff member they both occupy, so they exclude each other. A key per staff member (not per staff day) matches the
 * database, which serialises all writes of one staff member anyway, and it keeps fencing exact: the acquisitions of
 * one key are strictly ordered, so a newer holder always carries a newer token. Immutable; ordered so that several
 * keys are always taken in the same order.
 */
public record LockKey(TenantId tenant, StaffId staff) implements Comparable<LockKey> {

    public LockKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
    }

    /** A stable textual form, e.g. {@code salon-1:maria}. */
    public String asString() {
        return tenant.value() + ":" + staff.value();
    }

    @Override
    public int compareTo(LockKey o) {
        return asString().compareTo(o.asString());
    }
}
