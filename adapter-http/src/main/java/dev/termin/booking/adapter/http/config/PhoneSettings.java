package dev.termin.booking.adapter.http.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The voice-agent integrations' settings. Immutable and thread-safe.
 *
 * @param retellApiKey the Retell API key (the one with the webhook badge) that signs Retell's custom-function
 *     requests; when set, {@code /v1/phone/retell} accepts only requests whose {@code X-Retell-Signature} verifies
 *     with it. Empty by default: the Retell route then relies on the API key alone.
 */
public record PhoneSettings(Optional<String> retellApiKey) {

    /** @throws NullPointerException if an argument is null */
    public PhoneSettings {
        Objects.requireNonNull(retellApiKey, "retellApiKey");
    }

    public static PhoneSettings defaults() {
        return new PhoneSettings(Optional.empty());
    }
}
