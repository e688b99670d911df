package dev.termin.booking.adapter.http.auth;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An identity provider whose tokens the server accepts: its issuer ({@code iss}), the audience tokens must name
 * ({@code aud}), where its public keys are published (JWKS), which signature algorithms it uses (asymmetric only:
 * RSA, RSA-PSS or EC; {@code none} and HMAC are never accepted), the claim holding the Termin role, where the tenant
 * comes from, and the clock skew tolerated on {@code exp} and {@code nbf}. Several issuers may share one {@code iss}
 * when their audiences differ (one identity provider serving several salons). Immutable.
 */
public record JwtIssuer(
        String issuer,
        String audience,
        URI jwksUrl,
        Set<String> algorithms,
        String roleClaim,
        TenantSource tenant,
        Duration clockSkew) {

    /** The asymmetric JWS algorithms an issuer may be configured with. */
    public static final Set<String> SUPPORTED_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384",
            "PS512", "ES256", "ES384", "ES512");
    /** The role claim unless configured otherwise. */
    public static final String DEFAULT_ROLE_CLAIM = "termin_role";
    /** The tolerated clock skew unless configured otherwise. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    /** Where a token's tenant comes from. */
    public sealed interface TenantSource permits TenantSource.FromClaim, TenantSource.Fixed {

        /** The tenant id is in the named claim (an identity provider shared by several tenants). */
        record FromClaim(String claim) implements TenantSource {
            public FromClaim {
                claim = Checks.text(claim, "claim", 1, 100);
            }
        }

        /** Every token of this issuer belongs to one tenant. */
        record Fixed(TenantId tenant) implements TenantSource {
            public Fixed {
                Objects.requireNonNull(tenant, "tenant");
            }
        }
    }

    public JwtIssuer {
        issuer = Checks.text(issuer, "issuer", 1, 500);
        audience = Checks.text(audience, "audience", 1, 500);
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        String scheme = String.valueOf(jwksUrl.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("'jwksUrl' must be an http(s) URL");
        }
        algorithms = Set.copyOf(Objects.requireNonNull(algorithms, "algorithms"));
        if (algorithms.isEmpty() || !SUPPORTED_ALGORITHMS.containsAll(algorithms)) {
            throw new IllegalArgumentException("'algorithms' must be some of " + SUPPORTED_ALGORITHMS
                    + " (none and HMAC are refused)");
        }
        roleClaim = Checks.text(roleClaim, "roleClaim", 1, 100);
        Objects.requireNonNull(tenant, "tenant");
        Checks.notNegative(clockSkew, "clockSkew");
        if (clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("'clockSkew' must be at most 5 minutes");
        }
    }

    /** An issuer signing with RS256, the role in {@value #DEFAULT_ROLE_CLAIM}, 60 s skew. */
    public static JwtIssuer of(String issuer, String audience, URI jwksUrl, TenantSource tenant) {
        return new JwtIssuer(issuer, audience, jwksUrl, Set.of("RS256"), DEFAULT_ROLE_CLAIM, tenant,
                DEFAULT_CLOCK_SKEW);
    }

    public JwtIssuer withAlgorithms(Set<String> newAlgorithms) {
        return new JwtIssuer(issuer, audience, jwksUrl, newAlgorithms, roleClaim, tenant, clockSkew);
    }

    public JwtIssuer withRoleClaim(String newRoleClaim) {
        return new JwtIssuer(issuer, audience, jwksUrl, algorithms, newRoleClaim, tenant, clockSkew);
    }
}
