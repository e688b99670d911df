package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.slot.Slot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to the phone assistant: what happened, the failure code if any, a short German sentence to read out,
 * and the hold, appointment or alternatives behind it. Immutable.
 */
public record PhoneAnswer(Status status, Optional<ErrorCode> code, String sentence, Optional<Hold> hold,
        Optional<Appointment> appointment, List<Slot> alternatives) {

    /** What the answer says. */
    public enum Status {
        /** The time is free and held for the call. */
        AVAILABLE,
        /** The time is not free; {@code alternatives} lists the nearest free ones. */
        UNAVAILABLE,
        /** The appointment is booked. */
        BOOKED,
        /**
         * Two or three times for a vague wish; {@code alternatives} lists them in the order read out, and
         * {@code hold} holds the first for the call.
         */
        OFFERED,
        /** A name was not clear enough; the sentence asks back with the one or two closest names. */
        ASK_BACK,
        /** The request could not be handled; the sentence says why and what is needed. */
        FAILED
    }

    public PhoneAnswer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(appointment, "appointment");
        alternatives = List.copyOf(alternatives);
    }

    public static PhoneAnswer failed(ErrorCode code, String sentence) {
        return new PhoneAnswer(Status.FAILED, Optional.of(code), sentence, Optional.empty(), Optional.empty(),
                List.of());
    }
}
