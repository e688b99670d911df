package dev.termin.booking.adapter.calcom;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What Cal.com is told about an attendee beyond the customer's own data.
 *
 * <p>Defaults ({@link #defaults()}): time zone Europe/Berlin, language {@code de}, no fallback e-mail. Immutable and
 * thread-safe.
 *
 * @param timeZone the attendee time zone sent with bookings
 * @param language the attendee language
 * @param fallbackEmail the e-mail sent for customers known only by phone, if Cal.com requires an e-mail
 */
public record AttendeeDefaults(ZoneId timeZone, String language, Optional<String> fallbackEmail) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the language is blank or the fallback is not an e-mail address
     */
    public AttendeeDefaults {
        Objects.requireNonNull(timeZone, "timeZone");
        language = Objects.requireNonNull(language, "language").strip();
        Objects.requireNonNull(fallbackEmail, "fallbackEmail");
        if (language.isEmpty()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        if (fallbackEmail.filter(e -> !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).isPresent()) {
            throw new IllegalArgumentException("fallbackAttendeeEmail is not an e-mail address");
        }
    }

    /** Europe/Berlin, {@code de}, no fallback e-mail. */
    public static AttendeeDefaults defaults() {
        return new AttendeeDefaults(ZoneId.of("Europe/Berlin"), "de", Optional.empty());
    }
}
