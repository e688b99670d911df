package dev.termin.booking.adapter.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.termin.booking.adapter.http.ApiKeys;
import dev.termin.booking.adapter.http.TerminServer;
import dev.termin.booking.adapter.http.config.ServerSettings;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff sign-in over HTTP: a valid token acts with its role; every refused token is a plain 401. */
class StaffTokenApiTest {

    private static final Instant NOW = Instant.parse("2026-06-15T06:00:00Z");
    private static final String IDP = "https://idp.schnittpunkt.example";
    private static final String AUDIENCE = "termin-api";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static RSAKey rsa;
    private static RSAKey unpublished;
    private static JwksServer jwks;
    private static TerminServer server;

    @BeforeAll
    static void start() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        unpublished = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
        jwks = new JwksServer(new JWKSet(List.of(rsa)));
        MutableClock clock = new MutableClock(NOW);
        BookingEngine engine = BookingEngine.builder().clock(clock).build();
        DemoSalon.load(engine.catalogue());
        ApiKeys keys = ApiKeys.inMemory();
        keys.register(DemoSalon.TENANT, "demo-key-0123456789abcdef");
        server = TerminServer.builder(engine).apiKeys(keys)
                .settings(ServerSettings.defaults().withPort(0).withWorkers(false))
                .jwtIssuer(JwtIssuer.of(IDP, AUDIENCE, jwks.url(), new JwtIssuer.TenantSource.Fixed(DemoSalon.TENANT)))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        jwks.close();
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(IDP).audience(AUDIENCE).subject("staff-7")
                .claim("termin_role", "desk").expirationTime(Date.from(NOW.plus(Duration.ofMinutes(10))))).build();
    }

    private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims(change));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static int status(String method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void validDeskToken_readsAppointments_butMayNotManageKeys() throws Exception {
        String token = signed(rsa, c -> c);

        assertThat(status("GET", "/v1/appointments", token)).isEqualTo(200);
        assertThat(status("GET", "/v1/keys", token)).isEqualTo(403);
    }

    @Test
    void refusedTokens_areAll401() throws Exception {
        // given
        String expired = signed(rsa, c -> c.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5)))));
        String wrongAudience = signed(rsa, c -> c.audience("someone-else"));
        String unknownKey = signed(unpublished, c -> c);
        String none = new PlainJWT(claims(c -> c)).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> c));
        hmac.sign(new MACSigner(new byte[32]));

        // then
        for (String token : List.of(expired, wrongAudience, unknownKey, none, hmac.serialize())) {
            assertThat(status("GET", "/v1/appointments", token)).as(token).isEqualTo(401);
        }
    }
}
