package dev.termin.booking.adapter.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.termin.booking.adapter.http.auth.JwtVerification.Reason;
import dev.termin.booking.adapter.http.auth.JwtVerification.Refused;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.MalformedURLException;
import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks bearer JWTs against the configured {@link JwtIssuer}s with Nimbus JOSE+JWT. In order: the token parses as a
 * signed JWT; its algorithm is asymmetric and one its issuer is configured with ({@code none} and HMAC are refused
 * before anything else, so a public key can never be misused as an HMAC secret); its {@code iss} is configured; its
 * {@code aud} names that issuer's audience; a published key with its key id verifies the signature; {@code exp} is
 * present and not passed, {@code nbf} (if any) reached, both with the issuer's clock skew, judged by {@code clock};
 * {@code sub}, the role and (if so configured) the tenant claim are present and valid.
 *
 * <p>Each issuer's key set (JWKS) is fetched on first use and cached by Nimbus' remote JWK source (5 minutes,
 * refreshed ahead of expiry; a token with an unknown key id triggers a refresh at most every 30 s, so rotated keys
 * are picked up and unknown ids cannot be used to flood the identity provider). Fetches time out after 2 s.
 *
 * <p>This class is thread-safe; build one per server.
 */
public final class JwtVerifier {

    private static final int TIMEOUT_MILLIS = 2_000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final Map<String, List<JwtIssuer>> byIssuer;
    private final Map<JwtIssuer, JWKSource<SecurityContext>> keySources;
    private final Clock clock;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    private JwtVerifier(List<JwtIssuer> issuers, Clock clock) {
        this.clock = clock;
        this.byIssuer = issuers.stream().collect(Collectors.groupingBy(JwtIssuer::issuer, LinkedHashMap::new,
                Collectors.toUnmodifiableList()));
        Map<String, JWKSource<SecurityContext>> byUrl = new HashMap<>();
        Map<JwtIssuer, JWKSource<SecurityContext>> sources = new HashMap<>();
        for (JwtIssuer issuer : issuers) {
            // issuers sharing a JWKS URL share its cache
            sources.put(issuer, byUrl.computeIfAbsent(issuer.jwksUrl().toString(), url -> keySource(issuer)));
        }
        this.keySources = Map.copyOf(sources);
    }

    /**
     * A verifier for {@code issuers}, judging expiry by {@code clock}.
     *
     * @throws IllegalArgumentException if two issuers have the same {@code iss} and audience
     */
    public static JwtVerifier create(List<JwtIssuer> issuers, Clock clock) {
        Objects.requireNonNull(issuers, "issuers");
        Objects.requireNonNull(clock, "clock");
        long distinct = issuers.stream().map(i -> i.issuer() + "\n" + i.audience()).distinct().count();
        if (distinct != issuers.size()) {
            throw new IllegalArgumentException("two issuers have the same iss and audience");
        }
        return new JwtVerifier(List.copyOf(issuers), clock);
    }

    private static JWKSource<SecurityContext> keySource(JwtIssuer issuer) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(issuer.jwksUrl().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, JWKS_SIZE_LIMIT)).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("'jwksUrl' is not a URL: " + issuer.jwksUrl(), e);
        }
    }

    /** Checks {@code token} (the part after {@code Bearer }). Never throws for a bad token. */
    public JwtVerification verify(String token) {
        if (token == null || token.isBlank() || token.length() > 16 * 1024) {
            return refused(Reason.MALFORMED, "empty or oversized token");
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token.strip());
        } catch (ParseException e) {
            return refused(Reason.MALFORMED, "not a JWT");
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            return refused(parsed.getHeader().getAlgorithm().getName().equals("none") ? Reason.ALGORITHM_NOT_ALLOWED
                    : Reason.MALFORMED, "alg " + parsed.getHeader().getAlgorithm().getName() + " is not a signature");
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg) || !JwtIssuer.SUPPORTED_ALGORITHMS.contains(alg.getName())) {
            return refused(Reason.ALGORITHM_NOT_ALLOWED, "alg " + alg.getName() + " is never accepted");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return refused(Reason.MALFORMED, "claims are not a JSON object");
        }
        List<JwtIssuer> candidates = claims.getIssuer() == null ? List.of()
                : byIssuer.getOrDefault(claims.getIssuer(), List.of());
        if (candidates.isEmpty()) {
            return refused(Reason.UNKNOWN_ISSUER, "iss " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        Optional<JwtIssuer> issuer = candidates.stream().filter(i -> audience.contains(i.audience())).findFirst();
        if (issuer.isEmpty()) {
            return refused(Reason.WRONG_AUDIENCE, "aud " + audience);
        }
        if (!issuer.get().algorithms().contains(alg.getName())) {
            return refused(Reason.ALGORITHM_NOT_ALLOWED, "alg " + alg.getName() + " is not configured for the issuer");
        }
        JwtVerification signature = checkSignature(jwt, issuer.get());
        if (signature != null) {
            return signature;
        }
        return checkClaims(claims, issuer.get());
    }

    /** Null when a published key verifies the signature, else the refusal. */
    private JwtVerification checkSignature(SignedJWT jwt, JwtIssuer issuer) {
        JWSHeader header = jwt.getHeader();
        List<? extends Key> keys;
        try {
            keys = new JWSVerificationKeySelector<>(header.getAlgorithm(), keySources.get(issuer))
                    .selectJWSKeys(header, null);
        } catch (RateLimitReachedException e) {
            // the key set was fetched moments ago and does not have this key id
            return refused(Reason.UNKNOWN_KEY, "kid " + header.getKeyID());
        } catch (KeySourceException e) {
            return refused(Reason.KEYS_UNAVAILABLE, "JWKS of " + issuer.issuer() + ": " + e.getMessage());
        }
        if (keys.isEmpty()) {
            return refused(Reason.UNKNOWN_KEY, "kid " + header.getKeyID());
        }
        for (Key key : keys) {
            try {
                if (jwt.verify(verifiers.createJWSVerifier(header, key))) {
                    return null;
                }
            } catch (JOSEException e) {
                // a key of the wrong type or size for the algorithm; try the next
            }
        }
        return refused(Reason.BAD_SIGNATURE, "kid " + header.getKeyID());
    }

    private JwtVerification checkClaims(JWTClaimsSet claims, JwtIssuer issuer) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !now.isBefore(exp.toInstant().plus(issuer.clockSkew()))) {
            return refused(Reason.EXPIRED, exp == null ? "no exp" : "exp " + exp.toInstant());
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(issuer.clockSkew()))) {
            return refused(Reason.NOT_YET_VALID, "nbf " + nbf.toInstant());
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            return refused(Reason.MISSING_CLAIM, "sub");
        }
        Optional<String> roleName = stringClaim(claims, issuer.roleClaim());
        if (roleName.isEmpty()) {
            return refused(Reason.MISSING_CLAIM, issuer.roleClaim());
        }
        Optional<Role> role = Role.parse(roleName.get());
        if (role.isEmpty()) {
            return refused(Reason.UNKNOWN_ROLE, issuer.roleClaim());
        }
        Optional<TenantId> tenant = tenant(claims, issuer.tenant());
        if (tenant.isEmpty()) {
            return refused(Reason.MISSING_CLAIM, "tenant");
        }
        String label = stringClaim(claims, "name").filter(n -> n.length() <= 200).orElse(subject);
        return new JwtVerification.Verified(tenant.get(), role.get(), issuer.issuer(), subject, label);
    }

    private static Optional<TenantId> tenant(JWTClaimsSet claims, JwtIssuer.TenantSource source) {
        if (source instanceof JwtIssuer.TenantSource.Fixed fixed) {
            return Optional.of(fixed.tenant());
        }
        String claim = ((JwtIssuer.TenantSource.FromClaim) source).claim();
        try {
            return stringClaim(claims, claim).map(TenantId::of);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> stringClaim(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name)).filter(s -> !s.isBlank());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Refused refused(Reason reason, String detail) {
        return new Refused(reason, detail);
    }

    /**
     * Whether a bearer credential has the shape of a JWT (three dot-separated parts) rather than of an API key, which
     * never contains a dot; lets a server try the right check first.
     */
    public static boolean looksLikeJwt(String bearer) {
        return bearer != null && bearer.chars().filter(c -> c == '.').count() == 2;
    }
}
