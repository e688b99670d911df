package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.result.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer about a caller's own appointments: what happened, the failure code if any, a German sentence to read
 * out, the caller's upcoming appointments (only those of the calling number), and for a read-back the token to
 * send with the confirmed second request and, when moving, the proposed new start. Immutable.
 */
public record PhoneAppointmentAnswer(Status status, Optional<ErrorCode> code, String sentence,
        List<Appointment> appointments, Optional<String> confirmation, Optional<Instant> proposedStart) {

    /** What the answer says. */
    public enum Status {
        /** The caller's upcoming appointments were found; the sentence reads the next one. */
        FOUND,
        /** The calling number has no upcoming appointment (or none with the asked id). */
        NONE,
        /** Read back: nothing is done until the caller agrees and the request comes again with the token. */
        CONFIRM,
        /** The appointment is cancelled. */
        CANCELLED,
        /** The appointment is moved. */
        MOVED,
        /** The booking policy does not allow it; the sentence says why, in German. */
        REFUSED,
        /** The request could not be handled; the sentence says what is needed. */
        FAILED
    }

    public PhoneAppointmentAnswer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sentence, "sentence");
        appointments = List.copyOf(appointments);
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(proposedStart, "proposedStart");
    }

    static PhoneAppointmentAnswer of(Status status, Optional<ErrorCode> code, String sentence,
            List<Appointment> appointments) {
        return new PhoneAppointmentAnswer(status, code, sentence, appointments, Optional.empty(), Optional.empty());
    }

    /** A failure or refusal with {@code code} and nothing else. */
    public static PhoneAppointmentAnswer failed(Status status, ErrorCode code, String sentence) {
        return of(status, Optional.of(code), sentence, List.of());
    }

    /** A success without a read-back. */
    public static PhoneAppointmentAnswer done(Status status, String sentence, List<Appointment> appointments) {
        return of(status, Optional.empty(), sentence, appointments);
    }
}
