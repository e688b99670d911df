package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.calcom.CalComWebhooks;
import dev.termin.booking.adapter.http.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's own Cal.com connection through the wired server on an H2 file: stored sealed, used for the tenant's
 * webhooks at once, shown without secrets, re-sealed by {@code termin calcom rotate-key} after a key rotation.
 */
class CalComConnectionApiTest {

    private static final String OWNER_KEY = "acme-owner-key-0123456789";
    private static final String OLD = "k2025:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = "k2026:" + Base64.getEncoder().encodeToString(filled(7));

    private Path data;
    private Wiring wiring;
    private TerminServer server;
    private Http acme;
    private Http anonymous;

    private static byte[] filled(int value) {
        byte[] b = new byte[32];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    private Map<String, String> env(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of("TERMIN_DATA_DIR", data.toString(), "TERMIN_DEMO", "false",
                "TERMIN_API_KEYS", "acme:" + OWNER_KEY, "TERMIN_CALCOM_RECONCILE_EVERY", "0s",
                "TERMIN_CALCOM_DRIFT_CHECK_EVERY", "0s"));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    @BeforeEach
    void start() throws IOException {
        data = Files.createTempDirectory("termin-connection");
        startServer(env("TERMIN_MASTER_KEY", OLD));
    }

    private void startServer(Map<String, String> env) {
        wiring = Wiring.fromEnv(env, Clock.systemUTC());
        server = wiring.server(wiring.serverSettings().withPort(0).withWorkers(false), wiring.apiKeys(Optional.empty()))
                .build().start();
        acme = new Http(server.port(), OWNER_KEY);
        anonymous = new Http(server.port(), null);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aStoredConnection_isSealed_shownWithoutSecrets_andItsSecretSignsTheTenantsWebhooks() throws IOException {
        // when
        Http.Resp saved = acme.put("/v1/calcom/connection", j("{'apiKey':'cal_live_acme_1','webhookSecret':"
                + "'whsec-acme','baseUrl':'http://127.0.0.1:9','eventTypes':'staff:lea=201@lea'}"));

        // then
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).doesNotContain("cal_live_acme_1").doesNotContain("whsec-acme");
        assertThat(saved.json().get("keyId").asText()).isEqualTo("k2025");
        assertThat(saved.json().get("webhookPath").asText()).isEqualTo("/v1/calcom/webhooks/acme");
        assertThat(acme.get("/v1/calcom/connection").json().get("eventTypes").asText()).isEqualTo("staff:lea=201@lea");
        String ping = "{\"triggerEvent\":\"PING\",\"createdAt\":\"" + Instant.now() + "\",\"payload\":{}}";
        assertThat(anonymous.post("/v1/calcom/webhooks/acme", ping, Map.of(CalComWebhooks.SIGNATURE_HEADER,
                CalComWebhooks.sign("whsec-acme", ping.getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(200);
        assertThat(anonymous.post("/v1/calcom/webhooks/acme", ping, Map.of(CalComWebhooks.SIGNATURE_HEADER,
                CalComWebhooks.sign("guess", ping.getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(401);
        assertThat(acme.put("/v1/calcom/connection", j("{'apiKey':'k','webhookSecret':'s','eventTypes':'nonsense'}"))
                .status()).isEqualTo(400);
    }

    @Test
    void afterAKeyRotation_rotateKeyReSealsEveryConnection_andTheOldKeyCanGo() {
        // given a connection sealed with the old key, and the server restarted with the new one
        acme.put("/v1/calcom/connection", j("{'apiKey':'cal_live_acme_2','webhookSecret':'whsec-2'}"));
        server.stop();

        // when
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"calcom", "rotate-key"}, env("TERMIN_MASTER_KEY", NEW,
                "TERMIN_MASTER_KEY_PREVIOUS", OLD), new PrintWriter(out, true), new PrintWriter(out, true));
        startServer(env("TERMIN_MASTER_KEY", NEW));

        // then
        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 connections re-sealed");
        assertThat(acme.get("/v1/calcom/connection").json().get("keyId").asText()).isEqualTo("k2026");
        String ping = "{\"triggerEvent\":\"PING\",\"createdAt\":\"" + Instant.now() + "\",\"payload\":{}}";
        assertThat(anonymous.post("/v1/calcom/webhooks/acme", ping, Map.of(CalComWebhooks.SIGNATURE_HEADER,
                CalComWebhooks.sign("whsec-2", ping.getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(200);
        assertThat(acme.delete("/v1/calcom/connection").status()).isEqualTo(204);
        assertThat(acme.get("/v1/calcom/connection").status()).isEqualTo(404);
    }
}
