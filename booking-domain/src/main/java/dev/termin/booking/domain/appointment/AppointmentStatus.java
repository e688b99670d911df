package dev.termin.booking.domain.appointment;

import java.util.Locale;

/**
 * Lifecycle of an appointment: {@code booked → confirmed}; then {@code arrived} (the customer is there),
 * {@code completed}, {@code no_show}, or {@code cancelled}. Everything but cancelled occupies staff time: a
 * completed or missed appointment still took its time. See {@link Appointment#markArrived} for the transitions.
 */
public enum AppointmentStatus {
    BOOKED, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW, ARRIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AppointmentStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** True once nothing can change any more: cancelled, completed or no-show. */
    public boolean isFinal() {
        return this == CANCELLED || this == COMPLETED || this == NO_SHOW;
    }

    /** True while the appointment takes staff time (everything but cancelled). */
    public boolean occupiesTime() {
        return this != CANCELLED;
    }
}
