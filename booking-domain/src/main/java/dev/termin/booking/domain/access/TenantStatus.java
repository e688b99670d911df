package dev.termin.booking.domain.access;

/** Whether a tenant's keys and tokens work. A suspended tenant keeps its data. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
