package dev.termin.booking.domain.access;

import java.util.Locale;

/**
 * The operations an HTTP route, CLI command or use case can require. Which role holds which is decided in one
 * place, {@link RolePermissions}; the server operator holds only {@link #MANAGE_TENANTS}.
 */
public enum Permission {
    /** Read the catalogue's public fields (services, prices, durations, staff names). */
    READ_CATALOGUE_PUBLIC,
    /** Read the whole catalogue, including internal fields. */
    READ_CATALOGUE,
    /** Create and change branches, staff, services, opening hours and holidays. */
    MANAGE_CATALOGUE,
    /** Delete catalogue entries. */
    DELETE_CATALOGUE,
    /** Search free slots and explain why a time is not free. */
    READ_AVAILABILITY,
    /** Place, read and release holds. */
    HOLD,
    /** Book (confirm a hold or book directly). */
    BOOK,
    /** List and read any appointment of the tenant (without contact details unless {@link #READ_CONTACT_DETAILS}). */
    READ_APPOINTMENTS,
    /** See customers' phone numbers and e-mail addresses. */
    READ_CONTACT_DETAILS,
    /** Move and cancel any appointment of the tenant within the policy. */
    CHANGE_APPOINTMENTS,
    /** Move or cancel inside a deadline; the desk holds it only where the tenant's {@link AccessPolicy} allows. */
    OVERRIDE_DEADLINES,
    /** Mark an appointment arrived, completed or no-show. */
    MARK_ATTENDANCE,
    /** Use the phone assistant's endpoints. */
    PHONE,
    /** Find, move and cancel appointments of the calling phone number only. */
    OWN_APPOINTMENTS_BY_PHONE,
    /** Put oneself on the waitlist: a customer's own entry, which shows nobody else's. */
    JOIN_WAITLIST,
    /** Read the waitlist and remove entries (other customers' names and numbers). */
    WAITLIST,
    /** Read calendar-sync health and alerts. */
    READ_SYNC_HEALTH,
    /** Read hold and booking metrics. */
    READ_METRICS,
    /** Create, list and revoke the tenant's API keys. */
    MANAGE_KEYS,
    /** Change the tenant's booking and access policy. */
    MANAGE_POLICY,
    /** Connect the external calendar, reconcile, re-sync or clear appointments under review, repair drift. */
    MANAGE_CALENDAR_SYNC,
    /** Register, list, disable webhook endpoints and read their delivery log (they receive customers' data). */
    MANAGE_WEBHOOKS,
    /** Read the tenant's audit log. */
    READ_AUDIT,
    /** Export a customer's data and erase it. */
    EXPORT_ERASE_CUSTOMER,
    /** Create, list, suspend and re-activate tenants: the server operator only. */
    MANAGE_TENANTS;

    /** The stable lowercase name ({@code read_catalogue_public}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
