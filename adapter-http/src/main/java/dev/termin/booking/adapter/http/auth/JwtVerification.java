package dev.termin.booking.adapter.http.auth;

import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of checking a bearer JWT: {@link Verified} with who the token speaks for, or {@link Refused} with a
 * reason. A refusal is a {@code 401} over HTTP, except {@link Reason#KEYS_UNAVAILABLE} (the identity provider's keys
 * could not be fetched), which is the server's problem: {@code 503}.
 */
public sealed interface JwtVerification permits JwtVerification.Verified, JwtVerification.Refused {

    /** A token whose signature, issuer, audience, validity period and claims are all in order. */
    record Verified(TenantId tenant, Role role, String issuer, String subject, String label)
            implements JwtVerification {
        public Verified {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A token that is not accepted; {@code detail} is for logs (never the token itself). */
    record Refused(Reason reason, String detail) implements JwtVerification {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a token was refused. */
    enum Reason {
        /** Not a JWT, or an encrypted one. */
        MALFORMED,
        /** {@code alg: none}, an HMAC algorithm, or one the issuer is not configured with. */
        ALGORITHM_NOT_ALLOWED,
        /** No configured issuer has the token's {@code iss}. */
        UNKNOWN_ISSUER,
        /** The issuer publishes no key with the token's key id (or of its type). */
        UNKNOWN_KEY,
        /** The signature does not verify. */
        BAD_SIGNATURE,
        /** {@code exp} has passed, or is missing. */
        EXPIRED,
        /** {@code nbf} is still ahead. */
        NOT_YET_VALID,
        /** {@code aud} does not name a configured audience of the issuer. */
        WRONG_AUDIENCE,
        /** {@code sub}, the role or the tenant claim is missing or malformed. */
        MISSING_CLAIM,
        /** The role claim names no Termin role. */
        UNKNOWN_ROLE,
        /** The identity provider's keys could not be fetched. */
        KEYS_UNAVAILABLE;

        /** The stable lowercase code ({@code wrong_audience}). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
