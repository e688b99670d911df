package dev.termin.booking.application.settings;

import dev.termin.booking.domain.Checks;
import java.time.Duration;

/**
 * Tunables of access control. {@link #defaults()}: a key's "last used" time is written at most once a minute per
 * key (not on every request). Immutable.
 *
 * @param lastUsedInterval the least time between two writes of a key's "last used" time
 */
public record AccessSettings(Duration lastUsedInterval) {

    public AccessSettings {
        Checks.notNegative(lastUsedInterval, "lastUsedInterval");
    }

    public static AccessSettings defaults() {
        return new AccessSettings(Duration.ofMinutes(1));
    }
}
