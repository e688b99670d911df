package dev.termin.booking.adapter.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.termin.booking.adapter.http.auth.BearerAuthenticator.Outcome;
import dev.termin.booking.adapter.http.auth.JwtIssuer.TenantSource;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.application.port.in.CreateTenantCommand;
import dev.termin.booking.application.port.in.CreatedTenant;
import dev.termin.booking.domain.access.Credential;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operator key, API keys and staff JWTs through one bearer check, on an in-memory engine with a fixed clock. */
class BearerAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2031-03-01T09:00:00Z");
    private static final String IDP = "https://login.shared.example";
    private static final String OPERATOR_SECRET = "operator-" + "x".repeat(40);
    private static final Caller OPERATOR = new Caller(new Principal.Operator("ops"), "corr-1");

    private static RSAKey signingKey;
    private static JwksServer jwks;
    private static JwtVerifier verifier;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AccessUseCase access = BookingEngine.builder().clock(clock).build().access();
    private final BearerAuthenticator authenticator = new BearerAuthenticator(access, Optional.of(verifier),
            Optional.of(OperatorKey.of(OPERATOR_SECRET)));

    @BeforeAll
    static void startIdentityProvider() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        jwks = new JwksServer(new JWKSet(signingKey));
        verifier = JwtVerifier.create(List.of(JwtIssuer.of(IDP, "termin", jwks.url(),
                new TenantSource.FromClaim("tenant"))), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stopIdentityProvider() {
        jwks.close();
    }

    private CreatedTenant tenant(String slug) {
        return access.createTenant(OPERATOR, new CreateTenantCommand(slug, "Salon", ZoneId.of("Europe/Berlin")))
                .orElseThrow();
    }

    private static String staffToken(String tenant, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(IDP).audience("termin").subject("user-7")
                .claim("tenant", tenant).claim("termin_role", "desk")
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    @Test
    void theOperatorKey_authenticatesTheOperator_andAShortOneIsRefusedAtConfiguration() {
        assertThat(authenticator.authenticate(OPERATOR_SECRET))
                .isEqualTo(new Outcome.Authenticated(new Principal.Operator("operator"), Set.of()));
        assertThat(OperatorKey.of(OPERATOR_SECRET).toString()).doesNotContain("x");
        assertThatThrownBy(() -> OperatorKey.of("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anApiKey_authenticatesItsMember_untilRevoked() {
        CreatedTenant t = tenant("schnittpunkt");
        String secret = t.ownerKey().secret();

        Outcome before = authenticator.authenticate(secret);
        access.revokeKey(OPERATOR, t.account().id(), t.ownerKey().key().id()).orElseThrow();

        assertThat(((Outcome.Authenticated) before).principal().memberRole()).contains(Role.OWNER);
        assertThat(authenticator.authenticate(secret)).isEqualTo(new Outcome.Refused(401, "revoked_key"));
        assertThat(authenticator.authenticate("  ")).isEqualTo(new Outcome.Refused(401, "missing_credential"));
    }

    @Test
    void aBookingPageKey_carriesItsAllowedOrigins_andOtherKeysNone() {
        CreatedTenant t = tenant("schnittpunkt");
        Caller owner = new Caller(((Outcome.Authenticated) authenticator.authenticate(t.ownerKey().secret()))
                .principal(), "corr-2");
        String page = access.createKey(owner, new CreateKeyCommand(t.account().id(), Role.BOOKING_PAGE, "Website",
                Optional.empty(), Set.of("https://salon.example"))).orElseThrow().secret();

        assertThat(((Outcome.Authenticated) authenticator.authenticate(page)).allowedOrigins())
                .containsExactly("https://salon.example");
        assertThat(((Outcome.Authenticated) authenticator.authenticate(t.ownerKey().secret())).allowedOrigins())
                .isEmpty();
    }

    @Test
    void aValidStaffToken_authenticatesAMemberOfItsTenant_withTheRoleFromItsClaim() throws Exception {
        CreatedTenant t = tenant("anders");

        Outcome outcome = authenticator.authenticate(staffToken("anders", c -> c));

        Principal principal = ((Outcome.Authenticated) outcome).principal();
        assertThat(principal).isEqualTo(new Principal.Member(t.account().id(), Role.DESK,
                t.account().policy(), new Credential.Token(IDP, "user-7"), "user-7"));
    }

    @Test
    void aStaffToken_isRefused_forAnUnknownOrSuspendedTenant_orWhenExpired() throws Exception {
        CreatedTenant t = tenant("anders");
        access.suspendTenant(OPERATOR, t.account().id()).orElseThrow();

        assertThat(authenticator.authenticate(staffToken("anders", c -> c)))
                .isEqualTo(new Outcome.Refused(401, "tenant_suspended"));
        assertThat(authenticator.authenticate(staffToken("nobody", c -> c)))
                .isEqualTo(new Outcome.Refused(401, "unknown_tenant"));
        assertThat(authenticator.authenticate(staffToken("anders", c -> c.expirationTime(Date.from(NOW.minusSeconds(120))))))
                .isEqualTo(new Outcome.Refused(401, "jwt_expired"));
    }

    @Test
    void withoutAnIdentityProvider_aJwt_isRefused() throws Exception {
        tenant("anders");
        BearerAuthenticator keysOnly = new BearerAuthenticator(access, Optional.empty(), Optional.empty());

        assertThat(keysOnly.authenticate(staffToken("anders", c -> c)))
                .isEqualTo(new Outcome.Refused(401, "no_identity_provider"));
        assertThat(keysOnly.authenticate(OPERATOR_SECRET)).isEqualTo(new Outcome.Refused(401, "unknown_key"));
    }

    @Test
    void anUnreachableIdentityProvider_isTheServersProblem_503() throws Exception {
        JwksServer gone = new JwksServer(new JWKSet(signingKey));
        JwtIssuer issuer = JwtIssuer.of(IDP, "termin", gone.url(), new TenantSource.FromClaim("tenant"));
        gone.close();
        BearerAuthenticator unreachable = new BearerAuthenticator(access,
                Optional.of(JwtVerifier.create(List.of(issuer), clock)), Optional.empty());

        assertThat(unreachable.authenticate(staffToken("anders", c -> c)))
                .isEqualTo(new Outcome.Refused(503, "jwt_keys_unavailable"));
    }
}
