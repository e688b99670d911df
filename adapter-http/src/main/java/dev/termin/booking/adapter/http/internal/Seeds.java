package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.http.ApiKeys;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.access.TenantStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Imports the keys configured at start as {@code owner} keys, creating their tenants first when they are not hosted
 * yet; both steps are idempotent, so every start (and every server instance) may run them. Stateless.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * @throws IllegalStateException if a configured key belongs to another tenant, or a tenant's slug is taken
     */
    public static void importAll(AccessUseCase access, List<ApiKeys.Seed> seeds, Clock clock) {
        for (ApiKeys.Seed seed : seeds) {
            check(access.ensureTenant(account(seed.tenant(), clock)), seed);
            check(access.importKey(seed.tenant(), Role.OWNER, "configured key", seed.key()), seed);
        }
    }

    private static TenantAccount account(TenantId tenant, Clock clock) {
        boolean demo = tenant.equals(DemoSalon.TENANT);
        String slug = tenant.value().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-")
                .replaceAll("^-+|-+$", "");
        ZoneId zone = demo ? DemoSalon.ZONE : ZoneOffset.UTC;
        return new TenantAccount(tenant, slug.isEmpty() ? "tenant" : slug, demo ? "Salon Schnittpunkt"
                : tenant.value(), zone, TenantStatus.ACTIVE, clock.instant(), AccessPolicy.DEFAULTS);
    }

    private static void check(Result<?> result, ApiKeys.Seed seed) {
        if (result instanceof Result.Failure<?> f) {
            throw new IllegalStateException("configured key of tenant " + seed.tenant() + " not imported: "
                    + f.message());
        }
    }
}
