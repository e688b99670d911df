package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.access.Permission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a route requires of its caller, declared once where the route is registered: nothing ({@link #PUBLIC}), a
 * customer's manage token in the path ({@link #MANAGE_TOKEN}), the server operator key ({@link #OPERATOR}), or a
 * tenant member holding one of some permissions ({@link #of}). When the only permission a member holds is
 * {@link Permission#OWN_APPOINTMENTS_BY_PHONE}, the route's appointment must belong to the calling phone number.
 * Immutable.
 *
 * @param kind who may call at all
 * @param anyOf for {@link Kind#MEMBER}: the member needs at least one of these; empty otherwise
 */
public record Access(Kind kind, Set<Permission> anyOf) {

    /** Who may call a route. */
    public enum Kind {
        /** Anybody, without a credential. */
        PUBLIC,
        /** A customer with the manage token in the path, and nobody else. */
        MANAGE_TOKEN,
        /** The server operator. */
        OPERATOR,
        /** A member of a tenant with a permission. */
        MEMBER
    }

    public static final Access PUBLIC = new Access(Kind.PUBLIC, Set.of());
    public static final Access MANAGE_TOKEN = new Access(Kind.MANAGE_TOKEN, Set.of());
    public static final Access OPERATOR = new Access(Kind.OPERATOR, Set.of());

    public Access {
        Objects.requireNonNull(kind, "kind");
        anyOf = Set.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        if ((kind == Kind.MEMBER) == anyOf.isEmpty()) {
            throw new IllegalArgumentException("exactly the member access names permissions");
        }
        if (anyOf.contains(Permission.MANAGE_TENANTS)) {
            throw new IllegalArgumentException("manage_tenants is the operator's: use Access.OPERATOR");
        }
    }

    /** A member holding {@code permission}, or any of {@code more}. */
    public static Access of(Permission permission, Permission... more) {
        EnumSet<Permission> all = EnumSet.of(permission, more);
        return new Access(Kind.MEMBER, all);
    }

    /** How the route table and the OpenAPI document show it: {@code public}, {@code operator}, {@code book|hold}. */
    public String describe() {
        return kind == Kind.MEMBER ? anyOf.stream().map(Permission::code).sorted().collect(Collectors.joining("|"))
                : kind.name().toLowerCase(Locale.ROOT);
    }

    /** Whether a credential is needed in the {@code Authorization} header. */
    public boolean needsBearer() {
        return kind == Kind.OPERATOR || kind == Kind.MEMBER;
    }

    @Override
    public String toString() {
        return "Access[" + describe() + "]";
    }
}
