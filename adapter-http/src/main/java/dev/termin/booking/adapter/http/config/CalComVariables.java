package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.calcom.AttendeeDefaults;
import dev.termin.booking.adapter.calcom.CalComAccount;
import dev.termin.booking.adapter.calcom.CalComBreaker;
import dev.termin.booking.adapter.calcom.CalComCache;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.adapter.calcom.CalComRetry;
import dev.termin.booking.adapter.calcom.EventTypeMapping;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads one tenant's {@link CalComConfig} from the {@code TERMIN_CALCOM_*} variables: {@value #TENANT} and
 * {@value #API_KEY} are required, every other one is optional and keeps the default of its record when unset.
 */
public final class CalComVariables {

    public static final String TENANT = "TERMIN_CALCOM_TENANT";
    public static final String BASE_URL = "TERMIN_CALCOM_BASE_URL";
    public static final String API_KEY = "TERMIN_CALCOM_API_KEY";
    public static final String EVENT_TYPES = "TERMIN_CALCOM_EVENT_TYPES";
    public static final String USERNAME = "TERMIN_CALCOM_USERNAME";
    public static final String TIME_ZONE = "TERMIN_CALCOM_TIME_ZONE";
    public static final String LANGUAGE = "TERMIN_CALCOM_LANGUAGE";
    public static final String FALLBACK_EMAIL = "TERMIN_CALCOM_FALLBACK_EMAIL";
    public static final String CALL_TIMEOUT = "TERMIN_CALCOM_CALL_TIMEOUT";
    public static final String MAX_RETRIES = "TERMIN_CALCOM_MAX_RETRIES";
    public static final String RETRY_BASE_DELAY = "TERMIN_CALCOM_RETRY_BASE_DELAY";
    public static final String RETRY_MAX_DELAY = "TERMIN_CALCOM_RETRY_MAX_DELAY";
    public static final String RETRY_JITTER = "TERMIN_CALCOM_RETRY_JITTER";
    public static final String MAX_RETRY_AFTER = "TERMIN_CALCOM_MAX_RETRY_AFTER";
    public static final String BREAKER_FAILURES = "TERMIN_CALCOM_BREAKER_FAILURES";
    public static final String BREAKER_SUCCESSES = "TERMIN_CALCOM_BREAKER_SUCCESSES";
    public static final String BREAKER_HALF_OPEN_AFTER = "TERMIN_CALCOM_BREAKER_HALF_OPEN_AFTER";
    public static final String BUSY_CACHE_TTL = "TERMIN_CALCOM_BUSY_CACHE_TTL";

    private CalComVariables() {
    }

    /** Cal.com when {@value #API_KEY} is set, otherwise empty. @throws InvalidSettingException as {@link #read} */
    public static Optional<CalComConfig> readIfConfigured(Environment env) {
        return env.isSet(API_KEY) ? Optional.of(read(env)) : Optional.empty();
    }

    /** @throws InvalidSettingException if a required variable is missing or a value is malformed */
    public static CalComConfig read(Environment env) {
        TenantId tenant = env.check(TENANT, () -> TenantId.of(env.required(TENANT, "for Cal.com")));
        CalComConfig d = CalComConfig.builder(tenant, env.required(API_KEY, "for Cal.com")).build();
        return new CalComConfig(account(env, d.account()),
                env.text(EVENT_TYPES).map(v -> env.check(EVENT_TYPES, () -> EventTypeMapping.parse(v)))
                        .orElse(d.eventTypes()),
                attendee(env, d.attendee()), retry(env, d.retry()), breaker(env, d.breaker()),
                new CalComCache(env.duration(BUSY_CACHE_TTL, d.cache().busyTimesTtl(), Duration.ZERO)));
    }

    private static CalComAccount account(Environment env, CalComAccount d) {
        URI baseUrl = env.text(BASE_URL).map(v -> env.check(BASE_URL, () -> httpUrl(v))).orElse(d.baseUrl());
        Duration timeout = env.duration(CALL_TIMEOUT, d.callTimeout(), Environment.POSITIVE);
        return env.check(BASE_URL, () -> new CalComAccount(d.tenant(), baseUrl, d.apiKey(),
                env.text(USERNAME).or(d::username), timeout));
    }

    private static AttendeeDefaults attendee(Environment env, AttendeeDefaults d) {
        ZoneId zone = env.text(TIME_ZONE).map(v -> env.check(TIME_ZONE, () -> zone(v))).orElse(d.timeZone());
        String language = env.text(LANGUAGE).orElse(d.language());
        return env.check(FALLBACK_EMAIL, () -> new AttendeeDefaults(zone, language,
                env.text(FALLBACK_EMAIL).or(d::fallbackEmail)));
    }

    private static CalComRetry retry(Environment env, CalComRetry d) {
        int retries = env.integer(MAX_RETRIES, d.maxRetries(), 0, 10);
        Duration base = env.duration(RETRY_BASE_DELAY, d.baseDelay(), Environment.POSITIVE);
        // a base delay above the default cap raises the cap with it, so that setting only the base is enough
        Duration max = env.duration(RETRY_MAX_DELAY, base.compareTo(d.maxDelay()) > 0 ? base : d.maxDelay(),
                Duration.ZERO);
        double jitter = env.decimal(RETRY_JITTER, d.jitter(), 0, 1);
        Duration retryAfter = env.duration(MAX_RETRY_AFTER, d.maxRetryAfter(), Duration.ZERO);
        // every single value is checked above; what the record can still refuse is the cap below the base delay
        return env.check(RETRY_MAX_DELAY, () -> new CalComRetry(retries, base, max, jitter, retryAfter));
    }

    private static CalComBreaker breaker(Environment env, CalComBreaker d) {
        return new CalComBreaker(
                env.integer(BREAKER_FAILURES, d.failureThreshold(), 1, Integer.MAX_VALUE),
                env.integer(BREAKER_SUCCESSES, d.successThreshold(), 1, Integer.MAX_VALUE),
                env.duration(BREAKER_HALF_OPEN_AFTER, d.halfOpenAfter(), Environment.POSITIVE));
    }

    private static URI httpUrl(String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + text, e);
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("must be a time zone such as Europe/Berlin (got '" + text + "')", e);
        }
    }
}
