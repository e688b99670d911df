package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of presenting a credential: {@link Accepted} with the principal, or one refusal per reason. Every
 * refusal is a {@code 401} over HTTP; the reason is for logs and the audit, and is deliberately not told apart to
 * the caller beyond "not valid".
 */
public sealed interface Authentication permits Authentication.Accepted, Authentication.UnknownKey,
        Authentication.RevokedKey, Authentication.ExpiredKey, Authentication.TenantSuspended,
        Authentication.UnknownTenant {

    /** A short stable reason code for logs ({@code accepted}, {@code unknown_key}, …). */
    String reason();

    /**
     * The credential is good: who it speaks for, and the browser origins it may be used from (a booking-page key's
     * allowed origins; empty for every other credential, which no browser origin may use).
     */
    record Accepted(Principal.Member principal, Set<String> allowedOrigins) implements Authentication {
        public Accepted {
            Objects.requireNonNull(principal, "principal");
            allowedOrigins = Set.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        }

        @Override
        public String reason() {
            return "accepted";
        }
    }

    /** No key with that secret exists. */
    record UnknownKey() implements Authentication {
        @Override
        public String reason() {
            return "unknown_key";
        }
    }

    record RevokedKey(ApiKeyId id, Instant revokedAt) implements Authentication {
        @Override
        public String reason() {
            return "revoked_key";
        }
    }

    record ExpiredKey(ApiKeyId id, Instant expiredAt) implements Authentication {
        @Override
        public String reason() {
            return "expired_key";
        }
    }

    /** The credential is fine but its tenant is suspended. */
    record TenantSuspended(TenantId tenant) implements Authentication {
        @Override
        public String reason() {
            return "tenant_suspended";
        }
    }

    /** The credential names a tenant the server does not host. */
    record UnknownTenant(TenantId tenant) implements Authentication {
        @Override
        public String reason() {
            return "unknown_tenant";
        }
    }
}
