package dev.termin.booking.application.port.out.contract;

import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Test data for the access-control contract tests: fresh random tenants, keys and hashes. */
public final class AccessFixtures {

    private AccessFixtures() {
    }

    /** A new active tenant with a random slug (which is also its id). */
    public static TenantAccount randomAccount(Instant created) {
        return TenantAccount.open(ContractFixtures.randomId("t"), "Salon Schnittpunkt", ZoneId.of("Europe/Berlin"),
                created);
    }

    /** A 64-character hex string, shaped like a SHA-256 hash. */
    public static String randomHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    /** A new, never used key of {@code tenant}, without expiry. */
    public static ApiKey key(TenantId tenant, Role role, Instant created) {
        return new ApiKey(ApiKeyId.of("key_" + UUID.randomUUID().toString().replace("-", "")), tenant, role,
                "Front desk ✓ 'ä'", created, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                "termin_" + role.tag() + "_Ab1");
    }
}
