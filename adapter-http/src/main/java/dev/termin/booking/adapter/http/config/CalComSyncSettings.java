package dev.termin.booking.adapter.http.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server keeps Cal.com and Termin in line: the webhook secret of the environment-configured tenant, how far
 * a delivery's {@code createdAt} may lie from now, how often reconciliation and the segment event-type drift check
 * run (zero: never on a schedule), and the reconciliation window around now. Defaults: no secret (every delivery
 * refused), 5 minutes, every 15 minutes, every 6 hours, one day back and 90 days ahead. Immutable;
 * {@link #toString()} hides the secret.
 */
public record CalComSyncSettings(Optional<String> webhookSecret, Duration webhookTolerance, Duration reconcileEvery,
        Duration driftCheckEvery, Duration windowBack, Duration windowAhead) {

    /** @throws IllegalArgumentException if a duration is negative or the tolerance or the window is zero */
    public CalComSyncSettings {
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        webhookSecret = webhookSecret.filter(s -> !s.isBlank());
        for (Duration d : new Duration[] {webhookTolerance, reconcileEvery, driftCheckEvery, windowBack,
                windowAhead}) {
            if (Objects.requireNonNull(d, "duration").isNegative()) {
                throw new IllegalArgumentException("durations must not be negative");
            }
        }
        if (webhookTolerance.isZero() || windowBack.plus(windowAhead).isZero()) {
            throw new IllegalArgumentException("the webhook tolerance and the window must be positive");
        }
    }

    public static CalComSyncSettings defaults() {
        return new CalComSyncSettings(Optional.empty(), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(90));
    }

    @Override
    public String toString() {
        return "CalComSyncSettings[webhookSecret=" + (webhookSecret.isPresent() ? "***" : "none") + ", tolerance="
                + webhookTolerance + ", reconcileEvery=" + reconcileEvery + ", driftCheckEvery=" + driftCheckEvery
                + ", window=-" + windowBack + "/+" + windowAhead + "]";
    }
}
