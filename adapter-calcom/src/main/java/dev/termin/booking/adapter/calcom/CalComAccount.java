package dev.termin.booking.adapter.calcom;

import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one tenant connects to its Cal.com account.
 *
 * <p>Defaults (see {@link CalComConfig#builder}): base URL {@value CalComConfig#DEFAULT_BASE_URL}, no username, call
 * timeout 10 s. Immutable and thread-safe; {@link #toString()} hides the API key.
 *
 * @param tenant the Termin tenant this account belongs to
 * @param baseUrl the API root, e.g. {@code https://api.cal.com}; paths such as {@code /v2/bookings} are appended
 * @param apiKey the Bearer key; never log it
 * @param username the Cal.com user that owns the segment event types (sent as {@code username} when listing them)
 * @param callTimeout the time limit of one HTTP request (connect, send, wait, read)
 */
public record CalComAccount(TenantId tenant, URI baseUrl, String apiKey, Optional<String> username,
        Duration callTimeout) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the URL is not absolute http(s), the key is blank or the timeout is not
     *     positive
     */
    public CalComAccount {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiKey = Objects.requireNonNull(apiKey, "apiKey").strip();
        username = Objects.requireNonNull(username, "username").map(String::strip).filter(s -> !s.isEmpty());
        if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
        }
        if (apiKey.isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        CalComRetry.positive(callTimeout, "callTimeout");
    }

    @Override
    public String toString() {
        String masked = apiKey.length() <= 8 ? "****" : apiKey.substring(0, 4) + "…"
                + apiKey.substring(apiKey.length() - 2);
        return "CalComAccount[tenant=" + tenant + ", baseUrl=" + baseUrl + ", apiKey=" + masked + ", username="
                + username.orElse("-") + ", callTimeout=" + callTimeout + "]";
    }
}
