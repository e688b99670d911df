package dev.termin.booking.domain.access;

import static dev.termin.booking.domain.access.Permission.BOOK;
import static dev.termin.booking.domain.access.Permission.CHANGE_APPOINTMENTS;
import static dev.termin.booking.domain.access.Permission.HOLD;
import static dev.termin.booking.domain.access.Permission.JOIN_WAITLIST;
import static dev.termin.booking.domain.access.Permission.MARK_ATTENDANCE;
import static dev.termin.booking.domain.access.Permission.MANAGE_TENANTS;
import static dev.termin.booking.domain.access.Permission.OVERRIDE_DEADLINES;
import static dev.termin.booking.domain.access.Permission.OWN_APPOINTMENTS_BY_PHONE;
import static dev.termin.booking.domain.access.Permission.PHONE;
import static dev.termin.booking.domain.access.Permission.READ_APPOINTMENTS;
import static dev.termin.booking.domain.access.Permission.READ_AVAILABILITY;
import static dev.termin.booking.domain.access.Permission.READ_CATALOGUE;
import static dev.termin.booking.domain.access.Permission.READ_CATALOGUE_PUBLIC;
import static dev.termin.booking.domain.access.Permission.READ_CONTACT_DETAILS;
import static dev.termin.booking.domain.access.Permission.READ_METRICS;
import static dev.termin.booking.domain.access.Permission.READ_SYNC_HEALTH;
import static dev.termin.booking.domain.access.Permission.WAITLIST;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one table of which {@link Role} holds which {@link Permission}. {@code docs/security.md} shows the same table;
 * a test keeps the two in step. {@link Permission#OVERRIDE_DEADLINES} is the only permission that depends on the
 * tenant: the owner always holds it, the desk only where {@link AccessPolicy#deskMayOverrideDeadlines()} says so.
 * No role holds {@link Permission#MANAGE_TENANTS}; that belongs to the server operator. Immutable, thread-safe.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> TABLE = table();

    private RolePermissions() {
    }

    private static Map<Role, Set<Permission>> table() {
        Map<Role, Set<Permission>> t = new EnumMap<>(Role.class);
        t.put(Role.OWNER, EnumSet.complementOf(EnumSet.of(MANAGE_TENANTS)));
        t.put(Role.DESK, EnumSet.of(READ_CATALOGUE_PUBLIC, READ_CATALOGUE, READ_AVAILABILITY, HOLD, BOOK,
                READ_APPOINTMENTS, READ_CONTACT_DETAILS, CHANGE_APPOINTMENTS, MARK_ATTENDANCE, JOIN_WAITLIST,
                WAITLIST,
                READ_SYNC_HEALTH, READ_METRICS));
        t.put(Role.ASSISTANT, EnumSet.of(READ_CATALOGUE_PUBLIC, READ_AVAILABILITY, HOLD, BOOK, PHONE,
                OWN_APPOINTMENTS_BY_PHONE, JOIN_WAITLIST));
        t.put(Role.BOOKING_PAGE, EnumSet.of(READ_CATALOGUE_PUBLIC, READ_AVAILABILITY, HOLD, BOOK,
                JOIN_WAITLIST));
        t.put(Role.VIEWER, EnumSet.of(READ_CATALOGUE_PUBLIC, READ_CATALOGUE, READ_APPOINTMENTS, READ_SYNC_HEALTH,
                READ_METRICS));
        t.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
        return Collections.unmodifiableMap(t);
    }

    /** The permissions {@code role} holds under {@code policy}. */
    public static Set<Permission> of(Role role, AccessPolicy policy) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(policy, "policy");
        if (role == Role.DESK && policy.deskMayOverrideDeadlines()) {
            Set<Permission> withOverride = EnumSet.copyOf(TABLE.get(role));
            withOverride.add(OVERRIDE_DEADLINES);
            return Collections.unmodifiableSet(withOverride);
        }
        return TABLE.get(role);
    }

    /** Whether {@code role} holds {@code permission} under {@code policy}. */
    public static boolean allows(Role role, Permission permission, AccessPolicy policy) {
        Objects.requireNonNull(permission, "permission");
        return of(role, policy).contains(permission);
    }
}
