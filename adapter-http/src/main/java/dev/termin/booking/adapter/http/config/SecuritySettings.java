package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.http.auth.JwtIssuer;
import dev.termin.booking.adapter.http.auth.OperatorKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's access settings. {@link #defaults()}: no operator key (tenant management only through the CLI), no identity provider,
 * booking-page keys limited to 120 requests a minute, manage links to 30 a minute per appointment. Read from the
 * environment by {@link SecurityVariables}. Immutable and thread-safe; {@link #toString()} shows no key.
 *
 * @param operatorKey the server operator's key, which opens {@code /v1/operator/...}; empty: no operator API
 * @param bookingPageRatePerMinute requests a minute per booking-page key (stricter than other keys: it is public)
 * @param manageRatePerMinute requests a minute per customer manage link
 * @param jwtIssuers the identity providers whose staff JWTs are accepted; empty: JWTs are refused
 */
public record SecuritySettings(Optional<OperatorKey> operatorKey, long bookingPageRatePerMinute,
        long manageRatePerMinute, List<JwtIssuer> jwtIssuers) {

    public SecuritySettings {
        Objects.requireNonNull(operatorKey, "operatorKey");
        jwtIssuers = List.copyOf(jwtIssuers);
        if (bookingPageRatePerMinute < 1 || manageRatePerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1 a minute");
        }
    }

    public static SecuritySettings defaults() {
        return new SecuritySettings(Optional.empty(), 120, 30, List.of());
    }

    public SecuritySettings withOperatorKey(String key) {
        return new SecuritySettings(Optional.of(OperatorKey.of(key)), bookingPageRatePerMinute, manageRatePerMinute,
                jwtIssuers);
    }

    public SecuritySettings withRates(long bookingPage, long manage) {
        return new SecuritySettings(operatorKey, bookingPage, manage, jwtIssuers);
    }
}
