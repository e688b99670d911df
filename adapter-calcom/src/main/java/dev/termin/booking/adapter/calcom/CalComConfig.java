package dev.termin.booking.adapter.calcom;

import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How one tenant uses its Cal.com account, one record per concern: the {@link CalComAccount connection}, the
 * {@link EventTypeMapping event types}, the {@link AttendeeDefaults attendee defaults}, {@link CalComRetry retries},
 * the {@link CalComBreaker circuit breaker} and the {@link CalComCache busy-time cache}.
 *
 * <p>Defaults: those of each record (base URL {@value #DEFAULT_BASE_URL}, call timeout 10 s, no event types,
 * Europe/Berlin and {@code de}, 3 retries from 200 ms up to 5 s with ±20 % jitter and {@code Retry-After} up to 10 s,
 * breaker 3 failures / 30 s / 2 successes, busy times cached 30 s). Reading the environment is the server's job;
 * this adapter takes finished values. Immutable and thread-safe; {@link #toString()} hides the API key.
 *
 * @param account the connection to the account
 * @param eventTypes staff and service to event type mapping
 * @param attendee what is sent about attendees beyond the customer's data
 * @param retry retries of failed calls
 * @param breaker the circuit breaker
 * @param cache the busy-time cache
 */
public record CalComConfig(CalComAccount account, EventTypeMapping eventTypes, AttendeeDefaults attendee,
        CalComRetry retry, CalComBreaker breaker, CalComCache cache) {

    /** Cal.com's public API. */
    public static final String DEFAULT_BASE_URL = "https://api.cal.com";

    /** @throws NullPointerException if an argument is null */
    public CalComConfig {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(attendee, "attendee");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(cache, "cache");
    }

    /**
     * A builder with the defaults for the tenant and API key; not thread-safe.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(TenantId tenant, String apiKey) {
        return new Builder(tenant, apiKey);
    }

    /** The tenant of the {@link #account()}. */
    public TenantId tenant() {
        return account.tenant();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder(account.tenant(), account.apiKey());
        b.baseUrl = account.baseUrl();
        b.username = account.username();
        b.callTimeout = account.callTimeout();
        b.eventTypes = eventTypes;
        b.attendee = attendee;
        b.retry = retry;
        b.breaker = breaker;
        b.cache = cache;
        return b;
    }

    @Override
    public String toString() {
        return "CalComConfig[" + account + ", eventTypes=" + eventTypes.toCompactString() + ", " + retry + ", "
                + breaker + ", " + cache + "]";
    }

    /**
     * Builds a {@link CalComConfig} from the defaults in the class comment; each record checks its values when
     * {@link #build()} creates it. Not thread-safe.
     */
    public static final class Builder {
        private final TenantId tenant;
        private final String apiKey;
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);
        private Optional<String> username = Optional.empty();
        private Duration callTimeout = Duration.ofSeconds(10);
        private EventTypeMapping eventTypes = EventTypeMapping.empty();
        private AttendeeDefaults attendee = AttendeeDefaults.defaults();
        private CalComRetry retry = CalComRetry.defaults();
        private CalComBreaker breaker = CalComBreaker.defaults();
        private CalComCache cache = CalComCache.defaults();

        private Builder(TenantId tenant, String apiKey) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        }

        public Builder baseUrl(URI url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        public Builder username(String owner) {
            this.username = Optional.of(Objects.requireNonNull(owner, "owner"));
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder eventTypes(EventTypeMapping mapping) {
            this.eventTypes = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        public Builder attendee(AttendeeDefaults defaults) {
            this.attendee = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        public Builder attendeeTimeZone(ZoneId zone) {
            return attendee(new AttendeeDefaults(zone, attendee.language(), attendee.fallbackEmail()));
        }

        public Builder attendeeLanguage(String language) {
            return attendee(new AttendeeDefaults(attendee.timeZone(), language, attendee.fallbackEmail()));
        }

        /** @throws IllegalArgumentException if not an e-mail address */
        public Builder fallbackAttendeeEmail(String email) {
            return attendee(new AttendeeDefaults(attendee.timeZone(), attendee.language(),
                    Optional.of(Objects.requireNonNull(email, "email"))));
        }

        public Builder retry(CalComRetry settings) {
            this.retry = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** @throws IllegalArgumentException if negative or above 10 */
        public Builder maxRetries(int retries) {
            return retry(new CalComRetry(retries, retry.baseDelay(), retry.maxDelay(), retry.jitter(),
                    retry.maxRetryAfter()));
        }

        /** @throws IllegalArgumentException if {@code base} is not positive or {@code max} is below it */
        public Builder retryDelays(Duration base, Duration max) {
            return retry(new CalComRetry(retry.maxRetries(), base, max, retry.jitter(), retry.maxRetryAfter()));
        }

        public Builder breaker(CalComBreaker settings) {
            this.breaker = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** @throws IllegalArgumentException if below 1 */
        public Builder breakerFailureThreshold(int failures) {
            return breaker(new CalComBreaker(failures, breaker.successThreshold(), breaker.halfOpenAfter()));
        }

        /** @throws IllegalArgumentException if below 1 */
        public Builder breakerSuccessThreshold(int successes) {
            return breaker(new CalComBreaker(breaker.failureThreshold(), successes, breaker.halfOpenAfter()));
        }

        /** @throws IllegalArgumentException if not positive */
        public Builder breakerHalfOpenAfter(Duration delay) {
            return breaker(new CalComBreaker(breaker.failureThreshold(), breaker.successThreshold(), delay));
        }

        public Builder cache(CalComCache settings) {
            this.cache = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** @throws IllegalArgumentException if negative */
        public Builder busyCacheTtl(Duration ttl) {
            return cache(new CalComCache(ttl));
        }

        /** @throws IllegalArgumentException if the account's URL, key or timeout is invalid */
        public CalComConfig build() {
            return new CalComConfig(new CalComAccount(tenant, baseUrl, apiKey, username, callTimeout), eventTypes,
                    attendee, retry, breaker, cache);
        }
    }
}
