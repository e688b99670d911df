package dev.termin.booking.domain.access;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant (company) as the server knows it: its id (the scope of all its data), a unique URL-safe slug, display
 * name, time zone, whether it is active, when it was created, and its {@link AccessPolicy}. Immutable.
 */
public record TenantAccount(
        TenantId id, String slug, String name, ZoneId zone, TenantStatus status, Instant created,
        AccessPolicy policy) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public TenantAccount {
        Objects.requireNonNull(id, "id");
        requireSlug(slug);
        name = Checks.text(name, "name", 1, 200);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(policy, "policy");
    }

    /** A new active tenant whose id is its slug, with the default access policy. */
    public static TenantAccount open(String slug, String name, ZoneId zone, Instant created) {
        return new TenantAccount(TenantId.of(requireSlug(slug)), slug, name, zone,
                TenantStatus.ACTIVE, created, AccessPolicy.DEFAULTS);
    }

    /**
     * Returns {@code slug} when it is a valid tenant slug.
     *
     * @throws IllegalArgumentException if it is not 1 to 63 lowercase letters, digits or inner hyphens
     */
    public static String requireSlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "'slug' must be 1 to 63 lowercase letters, digits or '-', not starting or ending with '-'");
        }
        return slug;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public TenantAccount withStatus(TenantStatus newStatus) {
        return new TenantAccount(id, slug, name, zone, newStatus, created, policy);
    }

    public TenantAccount withPolicy(AccessPolicy newPolicy) {
        return new TenantAccount(id, slug, name, zone, status, created, newPolicy);
    }
}
