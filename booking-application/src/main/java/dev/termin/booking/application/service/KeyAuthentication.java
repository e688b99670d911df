package dev.termin.booking.application.service;

import dev.termin.booking.application.settings.AccessSettings;
import dev.termin.booking.application.port.in.Authentication;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.ApiKeyRepository;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.Credential;
import dev.termin.booking.domain.access.KeyStatus;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication of API keys and admission of verified tokens, read through to the store on every call (see
 * {@link AccessService}). Thread-safe.
 */
final class KeyAuthentication {

    /** Longer presented secrets are refused without hashing. */
    static final int MAX_SECRET_LENGTH = 512;

    private static final Logger LOG = LoggerFactory.getLogger(KeyAuthentication.class);

    private final AccessStorage storage;
    private final Clock clock;
    private final AccessSettings settings;

    KeyAuthentication(AccessStorage storage, Clock clock, AccessSettings settings) {
        this.storage = storage;
        this.clock = clock;
        this.settings = settings;
    }

    Authentication authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
            return new Authentication.UnknownKey();
        }
        // the key with its tenant's account, in one read
        Optional<ApiKeyRepository.KeyHolder> found = storage.apiKeys().findByHashWithTenant(Secrets.hash(secret));
        if (found.isEmpty()) {
            return new Authentication.UnknownKey();
        }
        ApiKey key = found.get().key();
        Instant now = clock.instant();
        KeyStatus status = key.status(now);
        if (status == KeyStatus.REVOKED) {
            return new Authentication.RevokedKey(key.id(), key.revokedAt().orElseThrow());
        }
        if (status == KeyStatus.EXPIRED) {
            return new Authentication.ExpiredKey(key.id(), key.expiresAt().orElseThrow());
        }
        Authentication result = member(key.tenant(), found.get().tenant(), key.role(), new Credential.Key(key.id()),
                key.label(), key.allowedOrigins());
        if (result instanceof Authentication.Accepted) {
            noteUse(key, now);
        }
        return result;
    }

    Authentication admit(TenantId tenant, Role role, Credential.Token token, String label) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(token, "token");
        return member(tenant, storage.tenants().find(tenant), role, token, label, Set.of());
    }

    private static Authentication member(TenantId tenant, Optional<TenantAccount> account, Role role,
            Credential credential, String label, Set<String> allowedOrigins) {
        if (account.isEmpty()) {
            return new Authentication.UnknownTenant(tenant);
        }
        if (!account.get().isActive()) {
            return new Authentication.TenantSuspended(tenant);
        }
        return new Authentication.Accepted(
                new Principal.Member(tenant, role, account.get().policy(), credential, label), allowedOrigins);
    }

    /** Writes "last used" only when the stored time is older than the interval; a failed write loses only that. */
    private void noteUse(ApiKey key, Instant now) {
        boolean due = key.lastUsed().map(last -> !now.isBefore(last.plus(settings.lastUsedInterval())))
                .orElse(true);
        if (!due) {
            return;
        }
        try {
            storage.apiKeys().recordUse(key.id(), now);
        } catch (InfrastructureException e) {
            LOG.warn("could not record the last use of key {}", key.id(), e);
        }
    }
}
