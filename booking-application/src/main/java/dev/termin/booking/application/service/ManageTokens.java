package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.IssuedManageToken;
import dev.termin.booking.application.port.in.ManageTokenLookup;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Issues and resolves customers' manage tokens; only their hashes are stored. Thread-safe. */
final class ManageTokens {

    /** Longer presented tokens are refused without hashing. */
    private static final int MAX_TOKEN_LENGTH = 128;

    private final AccessStorage storage;
    private final Clock clock;

    ManageTokens(AccessStorage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    IssuedManageToken issue(TenantId tenant, AppointmentId appointment, Instant appointmentEnd) {
        ManageGrant grant = ManageGrant.until(tenant, appointment, appointmentEnd);
        String token = Secrets.newManageToken();
        if (!storage.manageTokens().add(Secrets.hash(token), grant)) {
            throw new IllegalStateException("a freshly generated manage token is taken");
        }
        return new IssuedManageToken(token, grant);
    }

    ManageTokenLookup resolve(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return new ManageTokenLookup.Unknown();
        }
        Optional<ManageGrant> grant = storage.manageTokens().find(Secrets.hash(token));
        if (grant.isEmpty()) {
            return new ManageTokenLookup.Unknown();
        }
        if (!grant.get().isValidAt(clock.instant())) {
            return new ManageTokenLookup.Expired();
        }
        boolean active = storage.tenants().find(grant.get().tenant()).map(TenantAccount::isActive).orElse(false);
        return active ? new ManageTokenLookup.Valid(grant.get()) : new ManageTokenLookup.TenantSuspended();
    }

    void moved(TenantId tenant, AppointmentId appointment, Instant newEnd) {
        Objects.requireNonNull(newEnd, "newEnd");
        storage.manageTokens().extend(tenant, appointment, newEnd);
    }

    int purge() {
        return storage.manageTokens().purgeExpired(clock.instant());
    }
}
