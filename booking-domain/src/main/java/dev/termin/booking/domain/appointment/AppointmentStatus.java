package dev.termin.booking.domain.appointment;

import java.util.Locale;

/** Lifecycle of an appointment. Booked and confirmed appointments occupy staff time; cancelled ones do not. */
public enum AppointmentStatus {
    BOOKED, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AppointmentStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** True while the appointment takes staff time (everything but cancelled). */
    public boolean occupiesTime() {
        return this != CANCELLED;
    }
}
