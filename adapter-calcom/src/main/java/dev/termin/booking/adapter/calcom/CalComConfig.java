package dev.termin.booking.adapter.calcom;

import dev.termin.booking.adapter.calcom.internal.Durations;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one tenant reaches its Cal.com account: base URL, API key, event type mapping, attendee defaults, timeouts,
 * retries, circuit breaker and busy-time cache.
 *
 * <p>Defaults: base URL {@value #DEFAULT_BASE_URL}; attendee time zone Europe/Berlin and language {@code de}; call
 * timeout 10 s per HTTP request; 3 retries with exponential backoff from 200 ms up to 5 s and ±20 % jitter; a
 * {@code Retry-After} of up to 10 s is waited for (a longer one ends the call as unreachable); the circuit breaker
 * opens after 3 failures in a row, half-opens after 30 s and closes after 2 successes; busy times are cached for
 * 30 s.
 *
 * <p>Immutable and thread-safe; {@link #toString()} hides the API key.
 */
public final class CalComConfig {

    /** Cal.com's public API. */
    public static final String DEFAULT_BASE_URL = "https://api.cal.com";

    /** Environment variable names read by {@link #fromEnv}. */
    public static final String ENV_TENANT = "TERMIN_CALCOM_TENANT";
    public static final String ENV_BASE_URL = "TERMIN_CALCOM_BASE_URL";
    public static final String ENV_API_KEY = "TERMIN_CALCOM_API_KEY";
    public static final String ENV_EVENT_TYPES = "TERMIN_CALCOM_EVENT_TYPES";
    public static final String ENV_USERNAME = "TERMIN_CALCOM_USERNAME";
    public static final String ENV_TIME_ZONE = "TERMIN_CALCOM_TIME_ZONE";
    public static final String ENV_LANGUAGE = "TERMIN_CALCOM_LANGUAGE";
    public static final String ENV_FALLBACK_EMAIL = "TERMIN_CALCOM_FALLBACK_EMAIL";
    public static final String ENV_CALL_TIMEOUT = "TERMIN_CALCOM_CALL_TIMEOUT";
    public static final String ENV_MAX_RETRIES = "TERMIN_CALCOM_MAX_RETRIES";
    public static final String ENV_RETRY_BASE_DELAY = "TERMIN_CALCOM_RETRY_BASE_DELAY";
    public static final String ENV_RETRY_MAX_DELAY = "TERMIN_CALCOM_RETRY_MAX_DELAY";
    public static final String ENV_RETRY_JITTER = "TERMIN_CALCOM_RETRY_JITTER";
    public static final String ENV_MAX_RETRY_AFTER = "TERMIN_CALCOM_MAX_RETRY_AFTER";
    public static final String ENV_BREAKER_FAILURES = "TERMIN_CALCOM_BREAKER_FAILURES";
    public static final String ENV_BREAKER_SUCCESSES = "TERMIN_CALCOM_BREAKER_SUCCESSES";
    public static final String ENV_BREAKER_HALF_OPEN_AFTER = "TERMIN_CALCOM_BREAKER_HALF_OPEN_AFTER";
    public static final String ENV_BUSY_CACHE_TTL = "TERMIN_CALCOM_BUSY_CACHE_TTL";

    private final TenantId tenant;
    private final URI baseUrl;
    private final String apiKey;
    private final EventTypeMapping eventTypes;
    private final Optional<String> username;
    private final ZoneId attendeeTimeZone;
    private final String attendeeLanguage;
    private final Optional<String> fallbackAttendeeEmail;
    private final Duration callTimeout;
    private final int maxRetries;
    private final Duration retryBaseDelay;
    private final Duration retryMaxDelay;
    private final double retryJitter;
    private final Duration maxRetryAfter;
    private final int breakerFailureThreshold;
    private final int breakerSuccessThreshold;
    private final Duration breakerHalfOpenAfter;
    private final Duration busyCacheTtl;

    private CalComConfig(Builder b) {
        this.tenant = b.tenant;
        this.baseUrl = b.baseUrl;
        this.apiKey = b.apiKey;
        this.eventTypes = b.eventTypes;
        this.username = b.username;
        this.attendeeTimeZone = b.attendeeTimeZone;
        this.attendeeLanguage = b.attendeeLanguage;
        this.fallbackAttendeeEmail = b.fallbackAttendeeEmail;
        this.callTimeout = b.callTimeout;
        this.maxRetries = b.maxRetries;
        this.retryBaseDelay = b.retryBaseDelay;
        this.retryMaxDelay = b.retryMaxDelay;
        this.retryJitter = b.retryJitter;
        this.maxRetryAfter = b.maxRetryAfter;
        this.breakerFailureThreshold = b.breakerFailureThreshold;
        this.breakerSuccessThreshold = b.breakerSuccessThreshold;
        this.breakerHalfOpenAfter = b.breakerHalfOpenAfter;
        this.busyCacheTtl = b.busyCacheTtl;
    }

    /**
     * A builder with the defaults for the tenant and API key; not thread-safe.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the API key is blank
     */
    public static Builder builder(TenantId tenant, String apiKey) {
        return new Builder(tenant, apiKey);
    }

    /**
     * Reads one tenant's configuration from environment-style variables: {@value #ENV_TENANT} and
     * {@value #ENV_API_KEY} are required; every other {@code TERMIN_CALCOM_*} variable named by the constants of
     * this class is optional and keeps its default when absent or blank. Durations are written {@code 500ms},
     * {@code 10s}, {@code 2m} or ISO-8601 ({@code PT10S}); the event types in the compact form of
     * {@link EventTypeMapping#parse}.
     *
     * @throws IllegalArgumentException if a required variable is missing or a value is malformed
     */
    public static CalComConfig fromEnv(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        Builder b = builder(TenantId.of(required(env, ENV_TENANT)), required(env, ENV_API_KEY));
        optional(env, ENV_BASE_URL).ifPresent(v -> b.baseUrl(URI.create(v)));
        optional(env, ENV_EVENT_TYPES).ifPresent(v -> b.eventTypes(EventTypeMapping.parse(v)));
        optional(env, ENV_USERNAME).ifPresent(b::username);
        optional(env, ENV_TIME_ZONE).ifPresent(v -> b.attendeeTimeZone(ZoneId.of(v)));
        optional(env, ENV_LANGUAGE).ifPresent(b::attendeeLanguage);
        optional(env, ENV_FALLBACK_EMAIL).ifPresent(b::fallbackAttendeeEmail);
        optional(env, ENV_CALL_TIMEOUT).ifPresent(v -> b.callTimeout(duration(ENV_CALL_TIMEOUT, v)));
        optional(env, ENV_MAX_RETRIES).ifPresent(v -> b.maxRetries(integer(ENV_MAX_RETRIES, v)));
        Duration base = optional(env, ENV_RETRY_BASE_DELAY).map(v -> duration(ENV_RETRY_BASE_DELAY, v))
                .orElse(b.retryBaseDelay);
        b.retryDelays(base, optional(env, ENV_RETRY_MAX_DELAY).map(v -> duration(ENV_RETRY_MAX_DELAY, v))
                .orElse(max(base, b.retryMaxDelay)));
        optional(env, ENV_RETRY_JITTER).ifPresent(v -> b.retryJitter(decimal(ENV_RETRY_JITTER, v)));
        optional(env, ENV_MAX_RETRY_AFTER).ifPresent(v -> b.maxRetryAfter(duration(ENV_MAX_RETRY_AFTER, v)));
        optional(env, ENV_BREAKER_FAILURES).ifPresent(v -> b.breakerFailureThreshold(
                integer(ENV_BREAKER_FAILURES, v)));
        optional(env, ENV_BREAKER_SUCCESSES).ifPresent(v -> b.breakerSuccessThreshold(
                integer(ENV_BREAKER_SUCCESSES, v)));
        optional(env, ENV_BREAKER_HALF_OPEN_AFTER).ifPresent(v -> b.breakerHalfOpenAfter(
                duration(ENV_BREAKER_HALF_OPEN_AFTER, v)));
        optional(env, ENV_BUSY_CACHE_TTL).ifPresent(v -> b.busyCacheTtl(duration(ENV_BUSY_CACHE_TTL, v)));
        return b.build();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder(tenant, apiKey);
        b.baseUrl = baseUrl;
        b.eventTypes = eventTypes;
        b.username = username;
        b.attendeeTimeZone = attendeeTimeZone;
        b.attendeeLanguage = attendeeLanguage;
        b.fallbackAttendeeEmail = fallbackAttendeeEmail;
        b.callTimeout = callTimeout;
        b.maxRetries = maxRetries;
        b.retryBaseDelay = retryBaseDelay;
        b.retryMaxDelay = retryMaxDelay;
        b.retryJitter = retryJitter;
        b.maxRetryAfter = maxRetryAfter;
        b.breakerFailureThreshold = breakerFailureThreshold;
        b.breakerSuccessThreshold = breakerSuccessThreshold;
        b.breakerHalfOpenAfter = breakerHalfOpenAfter;
        b.busyCacheTtl = busyCacheTtl;
        return b;
    }

    public TenantId tenant() {
        return tenant;
    }

    /** The API root, e.g. {@code https://api.cal.com}; paths such as {@code /v2/bookings} are appended. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The Bearer key; never log it. */
    public String apiKey() {
        return apiKey;
    }

    public EventTypeMapping eventTypes() {
        return eventTypes;
    }

    /** The Cal.com user that owns the segment event types (sent as {@code username} when listing event types). */
    public Optional<String> username() {
        return username;
    }

    public ZoneId attendeeTimeZone() {
        return attendeeTimeZone;
    }

    public String attendeeLanguage() {
        return attendeeLanguage;
    }

    /** The attendee e-mail sent for customers known only by phone, if Cal.com requires an e-mail. */
    public Optional<String> fallbackAttendeeEmail() {
        return fallbackAttendeeEmail;
    }

    /** The time limit of one HTTP request (connect, send, wait, read). */
    public Duration callTimeout() {
        return callTimeout;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration retryBaseDelay() {
        return retryBaseDelay;
    }

    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    /** The jitter factor: each backoff delay is varied randomly by up to this fraction (0 to 1). */
    public double retryJitter() {
        return retryJitter;
    }

    /** The longest {@code Retry-After} waited for within one call. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    public int breakerFailureThreshold() {
        return breakerFailureThreshold;
    }

    public int breakerSuccessThreshold() {
        return breakerSuccessThreshold;
    }

    public Duration breakerHalfOpenAfter() {
        return breakerHalfOpenAfter;
    }

    /** How long busy times are reused; zero turns the cache off. */
    public Duration busyCacheTtl() {
        return busyCacheTtl;
    }

    @Override
    public String toString() {
        return "CalComConfig[tenant=" + tenant + ", baseUrl=" + baseUrl + ", apiKey=" + masked(apiKey)
                + ", eventTypes=" + eventTypes.toCompactString() + ", username=" + username.orElse("-")
                + ", callTimeout=" + callTimeout + ", maxRetries=" + maxRetries + ", breaker="
                + breakerFailureThreshold + "/" + breakerSuccessThreshold + "/" + breakerHalfOpenAfter
                + ", busyCacheTtl=" + busyCacheTtl + "]";
    }

    private static String masked(String key) {
        return key.length() <= 8 ? "****" : key.substring(0, 4) + "…" + key.substring(key.length() - 2);
    }

    private static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static Duration duration(String name, String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number", e);
        }
    }

    private static double decimal(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a number", e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Builds a {@link CalComConfig}; starts from the defaults in the class comment. Not thread-safe. */
    public static final class Builder {
        private final TenantId tenant;
        private final String apiKey;
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);
        private EventTypeMapping eventTypes = EventTypeMapping.empty();
        private Optional<String> username = Optional.empty();
        private ZoneId attendeeTimeZone = ZoneId.of("Europe/Berlin");
        private String attendeeLanguage = "de";
        private Optional<String> fallbackAttendeeEmail = Optional.empty();
        private Duration callTimeout = Duration.ofSeconds(10);
        private int maxRetries = 3;
        private Duration retryBaseDelay = Duration.ofMillis(200);
        private Duration retryMaxDelay = Duration.ofSeconds(5);
        private double retryJitter = 0.2;
        private Duration maxRetryAfter = Duration.ofSeconds(10);
        private int breakerFailureThreshold = 3;
        private int breakerSuccessThreshold = 2;
        private Duration breakerHalfOpenAfter = Duration.ofSeconds(30);
        private Duration busyCacheTtl = Duration.ofSeconds(30);

        private Builder(TenantId tenant, String apiKey) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey").strip();
            if (this.apiKey.isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
        }

        /** @throws IllegalArgumentException if the URL is not absolute http(s) */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "url");
            if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + url);
            }
            this.baseUrl = url;
            return this;
        }

        public Builder eventTypes(EventTypeMapping mapping) {
            this.eventTypes = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        public Builder username(String owner) {
            this.username = Optional.of(Objects.requireNonNull(owner, "owner").strip()).filter(s -> !s.isEmpty());
            return this;
        }

        public Builder attendeeTimeZone(ZoneId zone) {
            this.attendeeTimeZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Builder attendeeLanguage(String language) {
            this.attendeeLanguage = Objects.requireNonNull(language, "language").strip();
            return this;
        }

        public Builder fallbackAttendeeEmail(String email) {
            Objects.requireNonNull(email, "email");
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new IllegalArgumentException("fallbackAttendeeEmail is not an e-mail address");
            }
            this.fallbackAttendeeEmail = Optional.of(email);
            return this;
        }

        /** @throws IllegalArgumentException if not positive */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /** @throws IllegalArgumentException if negative or above 10 */
        public Builder maxRetries(int retries) {
            if (retries < 0 || retries > 10) {
                throw new IllegalArgumentException("maxRetries must be 0 to 10");
            }
            this.maxRetries = retries;
            return this;
        }

        /** @throws IllegalArgumentException if {@code base} is not positive or {@code max} is below it */
        public Builder retryDelays(Duration base, Duration max) {
            positive(base, "retryBaseDelay");
            if (Objects.requireNonNull(max, "max").compareTo(base) < 0) {
                throw new IllegalArgumentException("retryMaxDelay must not be below retryBaseDelay");
            }
            this.retryBaseDelay = base;
            this.retryMaxDelay = max;
            return this;
        }

        /** @throws IllegalArgumentException if not within 0 and 1 */
        public Builder retryJitter(double factor) {
            if (!(factor >= 0 && factor <= 1)) {
                throw new IllegalArgumentException("retryJitter must be within 0 and 1");
            }
            this.retryJitter = factor;
            return this;
        }

        public Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = notNegative(max, "maxRetryAfter");
            return this;
        }

        /** @throws IllegalArgumentException if below 1 */
        public Builder breakerFailureThreshold(int failures) {
            this.breakerFailureThreshold = atLeastOne(failures, "breakerFailureThreshold");
            return this;
        }

        /** @throws IllegalArgumentException if below 1 */
        public Builder breakerSuccessThreshold(int successes) {
            this.breakerSuccessThreshold = atLeastOne(successes, "breakerSuccessThreshold");
            return this;
        }

        public Builder breakerHalfOpenAfter(Duration delay) {
            this.breakerHalfOpenAfter = positive(delay, "breakerHalfOpenAfter");
            return this;
        }

        public Builder busyCacheTtl(Duration ttl) {
            this.busyCacheTtl = notNegative(ttl, "busyCacheTtl");
            return this;
        }

        public CalComConfig build() {
            return new CalComConfig(this);
        }

        private static Duration positive(Duration d, String name) {
            if (Objects.requireNonNull(d, name).isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }

        private static Duration notNegative(Duration d, String name) {
            if (Objects.requireNonNull(d, name).isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return d;
        }

        private static int atLeastOne(int n, String name) {
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return n;
        }
    }
}
