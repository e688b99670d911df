package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one database: a key revoked, or a tenant suspended, through one is refused by the other on
 * its very next request (authentication reads the store on every request, so "within a second" holds without any
 * waiting).
 */
abstract class AbstractRevocationAcrossServersTest {

    protected abstract JdbcConfig database();

    @Test
    void keyRevokedOnOneServer_isRefusedByTheOther_onItsNextRequest() {
        JdbcConfig db = database();
        MutableClock clock = new MutableClock(TestServer.NOW);
        try (AccessServer first = new AccessServer(db, clock, true);
                AccessServer second = new AccessServer(db, clock, false)) {
            // given a desk key created on the first server and used on the second
            Http.Resp created = first.demo.post("/v1/keys", j("{'role':'desk','label':'front desk'}"));
            String secret = created.json().get("secret").asText();
            assertThat(second.as(secret).get("/v1/services").status()).isEqualTo(200);

            // when
            Http.Resp revoked = first.demo.post("/v1/keys/" + created.json().get("id").asText() + "/revoke", null);
            long revokedAt = System.nanoTime();
            Http.Resp afterwards = second.as(secret).get("/v1/services");
            long seenWithinNanos = System.nanoTime() - revokedAt;

            // then
            assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
            assertThat(afterwards.status()).isEqualTo(401);
            assertThat(seenWithinNanos).isLessThan(1_000_000_000L);
        }
    }

    @Test
    void tenantSuspendedOnOneServer_isRefusedByTheOther_onItsNextRequest() {
        JdbcConfig db = database();
        MutableClock clock = new MutableClock(TestServer.NOW);
        try (AccessServer first = new AccessServer(db, clock, true);
                AccessServer second = new AccessServer(db, clock, false)) {
            // given
            assertThat(second.acme.get("/v1/services").status()).isEqualTo(200);

            // when
            first.as(AccessServer.OPERATOR_KEY).post("/v1/operator/tenants/acme/suspend", null);

            // then
            assertThat(second.acme.get("/v1/services").status()).isEqualTo(401);
            assertThat(second.demo.get("/v1/services").status()).isEqualTo(200);
        }
    }
}
