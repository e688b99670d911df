package dev.termin.booking.adapter.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.termin.booking.adapter.http.auth.JwtIssuer.TenantSource;
import dev.termin.booking.adapter.http.auth.JwtVerification.Reason;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JWT checks against keys the test generates and a JWKS served locally; the verifier's clock stands still. */
class JwtVerifierTest {

    private static final Instant NOW = Instant.parse("2031-03-01T09:00:00Z");
    private static final String IDP = "https://idp.schnittpunkt.example";
    private static final String SHARED_IDP = "https://login.shared.example";
    private static final String AUDIENCE = "termin-api";

    private static RSAKey rsa;
    private static RSAKey otherRsa;
    private static ECKey ec;
    private static JwksServer jwks;
    private static JwtVerifier verifier;

    @BeforeAll
    static void startIdentityProvider() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        otherRsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        jwks = new JwksServer(new JWKSet(List.of(rsa, ec)));
        verifier = JwtVerifier.create(List.of(
                JwtIssuer.of(IDP, AUDIENCE, jwks.url(), new TenantSource.Fixed(TenantId.of("schnittpunkt"))),
                JwtIssuer.of(SHARED_IDP, AUDIENCE, jwks.url(), new TenantSource.FromClaim("tenant"))
                        .withAlgorithms(Set.of("ES256")).withRoleClaim("roles")),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stopIdentityProvider() {
        jwks.close();
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(IDP).audience(AUDIENCE).subject("user-7").claim("name", "Maria")
                .claim("termin_role", "desk").issueTime(Date.from(NOW.minusSeconds(60)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(10))));
    }

    private static String rs256(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String es256(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ec.getKeyID()).build(),
                change.apply(claims().issuer(SHARED_IDP)).build());
        jwt.sign(new ECDSASigner(ec));
        return jwt.serialize();
    }

    private static Reason refusal(String token) {
        JwtVerification v = verifier.verify(token);
        assertThat(v).isInstanceOf(JwtVerification.Refused.class);
        return ((JwtVerification.Refused) v).reason();
    }

    @Test
    void aValidStaffToken_isVerified_withTheConfiguredTenantAndTheRoleFromItsClaim() throws Exception {
        JwtVerification v = verifier.verify(rs256(rsa, c -> c));

        assertThat(v).isEqualTo(new JwtVerification.Verified(TenantId.of("schnittpunkt"), Role.DESK, IDP, "user-7",
                "Maria"));
    }

    @Test
    void aSharedIdentityProvider_namesTheTenantInAClaim_andSignsWithEs256() throws Exception {
        JwtVerification v = verifier.verify(es256(c -> c.claim("tenant", "anders").claim("roles", "owner")));

        assertThat(v).isEqualTo(new JwtVerification.Verified(TenantId.of("anders"), Role.OWNER, SHARED_IDP, "user-7",
                "Maria"));
        assertThat(refusal(es256(c -> c.claim("roles", "owner")))).as("no tenant claim")
                .isEqualTo(Reason.MISSING_CLAIM);
    }

    @Test
    void anUnsignedToken_algNone_isRefused() {
        String none = new PlainJWT(claims().build()).serialize();

        assertThat(refusal(none)).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void anHmacSignedToken_isRefused_evenWhenSignedWithThePublishedKey() throws Exception {
        // the classic confusion attack: the RSA public key used as an HMAC secret
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                claims().build());
        jwt.sign(new MACSigner(rsa.toPublicJWK().toRSAPublicKey().getEncoded()));

        assertThat(refusal(jwt.serialize())).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void aTokenInAnAlgorithmTheIssuerIsNotConfiguredWith_isRefused() throws Exception {
        String rsaForSharedIdp = rs256(rsa, c -> c.issuer(SHARED_IDP).claim("tenant", "anders"));

        assertThat(refusal(rsaForSharedIdp)).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void anExpiredToken_isRefused_pastTheClockSkew() throws Exception {
        assertThat(refusal(rs256(rsa, c -> c.expirationTime(Date.from(NOW.minusSeconds(61))))))
                .isEqualTo(Reason.EXPIRED);
        assertThat(verifier.verify(rs256(rsa, c -> c.expirationTime(Date.from(NOW.minusSeconds(59))))))
                .as("within the skew").isInstanceOf(JwtVerification.Verified.class);
        assertThat(refusal(rs256(rsa, c -> c.expirationTime(null)))).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aTokenNotYetValid_isRefused() throws Exception {
        assertThat(refusal(rs256(rsa, c -> c.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5)))))))
                .isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void aTokenForAnotherAudience_isRefused() throws Exception {
        assertThat(refusal(rs256(rsa, c -> c.audience("another-api")))).isEqualTo(Reason.WRONG_AUDIENCE);
    }

    @Test
    void aTokenWithAnUnknownKeyId_isRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-unknown").generate();

        assertThat(refusal(rs256(stranger, c -> c))).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(refusal(rs256(stranger, c -> c))).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void aTokenSignedByAnotherKeyUnderAKnownKeyId_isRefused() throws Exception {
        assertThat(refusal(rs256(otherRsa, c -> c))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aTokenFromAnUnknownIssuer_isRefused() throws Exception {
        assertThat(refusal(rs256(rsa, c -> c.issuer("https://evil.example")))).isEqualTo(Reason.UNKNOWN_ISSUER);
    }

    @Test
    void roleAndSubject_mustBePresentAndValid() throws Exception {
        assertThat(refusal(rs256(rsa, c -> c.claim("termin_role", null)))).isEqualTo(Reason.MISSING_CLAIM);
        assertThat(refusal(rs256(rsa, c -> c.claim("termin_role", "admin")))).isEqualTo(Reason.UNKNOWN_ROLE);
        assertThat(refusal(rs256(rsa, c -> c.subject(null)))).isEqualTo(Reason.MISSING_CLAIM);
    }

    @Test
    void garbage_isMalformed_andNeverThrows() {
        assertThat(refusal("not-a-jwt")).isEqualTo(Reason.MALFORMED);
        assertThat(refusal("")).isEqualTo(Reason.MALFORMED);
        assertThat(refusal("a.b.c")).isEqualTo(Reason.MALFORMED);
        assertThat(refusal(null)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void theKeySet_isFetchedOnce_andCachedForLaterTokens() throws Exception {
        verifier.verify(rs256(rsa, c -> c));
        int before = jwks.fetches();

        for (int i = 0; i < 5; i++) {
            assertThat(verifier.verify(rs256(rsa, c -> c))).isInstanceOf(JwtVerification.Verified.class);
        }

        assertThat(jwks.fetches()).isEqualTo(before);
    }

    @Test
    void anUnreachableKeySet_isKeysUnavailable_notAnError() throws Exception {
        JwksServer gone = new JwksServer(new JWKSet(rsa));
        URI url = gone.url();
        gone.close();
        JwtVerifier unreachable = JwtVerifier.create(List.of(JwtIssuer.of(IDP, AUDIENCE, url,
                new TenantSource.Fixed(TenantId.of("schnittpunkt")))), Clock.fixed(NOW, ZoneOffset.UTC));

        JwtVerification v = unreachable.verify(rs256(rsa, c -> c));

        assertThat(((JwtVerification.Refused) v).reason()).isEqualTo(Reason.KEYS_UNAVAILABLE);
    }

    @Test
    void anIssuerConfiguredWithHmacOrNone_isRefusedAtConfiguration() {
        assertThatThrownBy(() -> JwtIssuer.of(IDP, AUDIENCE, jwks.url(), new TenantSource.FromClaim("t"))
                .withAlgorithms(Set.of("HS256"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtIssuer.of(IDP, AUDIENCE, jwks.url(), new TenantSource.FromClaim("t"))
                .withAlgorithms(Set.of("none"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtIssuer.of(IDP, AUDIENCE, URI.create("file:///etc/keys"),
                new TenantSource.FromClaim("t"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBearerCredential_isToldApartFromAnApiKeyByItsShape() throws Exception {
        assertThat(JwtVerifier.looksLikeJwt(rs256(rsa, c -> c))).isTrue();
        assertThat(JwtVerifier.looksLikeJwt("termin_own_abcDEF123-_")).isFalse();
        assertThat(JwtVerifier.looksLikeJwt(null)).isFalse();
    }
}
