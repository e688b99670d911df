package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.adapter.jdbc.JdbcConfig;
import dev.termin.booking.adapter.redis.RedisConfig;
import dev.termin.booking.application.settings.EngineSettings;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server is configured with, read at start from the environment by {@link #fromEnv}: the HTTP
 * server, the database, Redis and Cal.com when configured, the engine and the API keys. Defaults: those of each
 * part ({@link ServerSettings#defaults()}, H2 in {@code ./data}, no Redis, no Cal.com,
 * {@link EngineSettings#defaults()}, demo tenant with a generated key, no e-mail,
 * public URL {@code http://localhost:<port>}). Immutable and thread-safe.
 *
 * @param server the HTTP server
 * @param storage the database
 * @param redis slot locks, idempotency keys and rate limits in Redis, if configured
 * @param calCom the external calendar, if configured
 * @param engine the engine's settings
 * @param apiKeys the API keys and the demo tenant
 * @param phone the voice-agent integrations (the Retell signing key)
 * @param security the operator key and the stricter rate limits of public credentials
 * @param mail e-mail over SMTP, if configured (otherwise notifications are only logged)
 * @param calComSync webhooks, reconciliation and drift checks of Cal.com
 * @param masterKeys the keys that seal secrets stored in the database, if configured
 */
public record TerminSettings(ServerSettings server, JdbcConfig storage, Optional<RedisConfig> redis,
        Optional<CalComConfig> calCom, EngineSettings engine, ApiKeySettings apiKeys,
        PhoneSettings phone, SecuritySettings security, Optional<MailSettings> mail,
        CalComSyncSettings calComSync, Optional<MasterKeys> masterKeys) {

    /** @throws NullPointerException if an argument is null */
    public TerminSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(calCom, "calCom");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(calComSync, "calComSync");
        Objects.requireNonNull(masterKeys, "masterKeys");
    }

    /**
     * Reads every {@code TERMIN_*} variable the server uses (the table in {@code docs/operations.md}); nothing is
     * opened or connected yet.
     *
     * @throws InvalidSettingException for the first variable that is missing or malformed
     */
    public static TerminSettings fromEnv(Map<String, String> env) {
        Environment e = Environment.of(env);
        return new TerminSettings(ServerVariables.read(e), StorageVariables.read(e), RedisVariables.read(e),
                CalComVariables.readIfConfigured(e), EngineVariables.read(e), ApiKeyVariables.read(e),
                PhoneVariables.read(e), SecurityVariables.read(e), MailVariables.read(e),
                CalComSyncVariables.read(e), MasterKeyVariables.read(e));
    }
}
