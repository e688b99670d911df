package dev.termin.booking.adapter.http.auth;

import dev.termin.booking.application.port.in.Authentication;
import dev.termin.booking.application.port.in.AuthenticationUseCase;
import dev.termin.booking.domain.access.Credential;
import dev.termin.booking.domain.access.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the credential of {@code Authorization: Bearer <credential>} into a {@link Principal}: the operator key (if
 * one is configured), a JWT (if issuers are configured and the credential has a JWT's shape) checked by
 * {@link JwtVerifier} and then admitted by the engine, or else an API key authenticated by the engine. Every refusal
 * is {@code 401}, except a JWT whose identity provider's keys cannot be fetched, which is {@code 503}. The reason of a
 * refusal is for the logs; it never contains the credential. Thread-safe.
 */
public final class BearerAuthenticator {

    /** The outcome: a principal, or the HTTP status and reason of the refusal. */
    public sealed interface Outcome permits Outcome.Authenticated, Outcome.Refused {

        /** {@code allowedOrigins}: the browser origins the credential may be used from (CORS); empty: none. */
        record Authenticated(Principal principal, Set<String> allowedOrigins) implements Outcome {
            public Authenticated {
                Objects.requireNonNull(principal, "principal");
                allowedOrigins = Set.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
            }
        }

        /** {@code status} is 401, or 503 when the refusal is the server's problem. */
        record Refused(int status, String reason) implements Outcome {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    private final AuthenticationUseCase access;
    private final Optional<JwtVerifier> jwt;
    private final Optional<OperatorKey> operator;

    /**
     * @param access the engine's authentication
     * @param jwt the verifier of staff tokens; empty when no identity provider is configured (JWTs are refused)
     * @param operator the operator key; empty when tenant management is not offered over HTTP
     */
    public BearerAuthenticator(AuthenticationUseCase access, Optional<JwtVerifier> jwt, Optional<OperatorKey> operator) {
        this.access = Objects.requireNonNull(access, "access");
        this.jwt = Objects.requireNonNull(jwt, "jwt");
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    public Outcome authenticate(String credential) {
        if (credential == null || credential.isBlank()) {
            return new Outcome.Refused(401, "missing_credential");
        }
        if (operator.isPresent() && operator.get().matches(credential)) {
            return new Outcome.Authenticated(new Principal.Operator("operator"), Set.of());
        }
        if (JwtVerifier.looksLikeJwt(credential)) {
            return jwt.map(v -> token(v.verify(credential)))
                    .orElseGet(() -> new Outcome.Refused(401, "no_identity_provider"));
        }
        return outcome(access.authenticate(credential));
    }

    private Outcome token(JwtVerification verification) {
        if (verification instanceof JwtVerification.Refused refused) {
            int status = refused.reason() == JwtVerification.Reason.KEYS_UNAVAILABLE ? 503 : 401;
            return new Outcome.Refused(status, "jwt_" + refused.reason().code());
        }
        JwtVerification.Verified v = (JwtVerification.Verified) verification;
        return outcome(access.admit(v.tenant(), v.role(), new Credential.Token(v.issuer(), v.subject()), v.label()));
    }

    private static Outcome outcome(Authentication authentication) {
        if (authentication instanceof Authentication.Accepted accepted) {
            return new Outcome.Authenticated(accepted.principal(), accepted.allowedOrigins());
        }
        return new Outcome.Refused(401, authentication.reason());
    }
}
