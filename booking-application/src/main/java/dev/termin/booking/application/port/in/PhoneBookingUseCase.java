package dev.termin.booking.application.port.in;

/**
 * Incoming port for the phone assistant. New bookings: check a time (and hold it for the call, or name the nearest
 * free times), offer two or three times for a vague wish (the first held), and book (converting the call's hold,
 * or booking directly when the call holds nothing and the time is free). Existing appointments, only those of the
 * calling number: find them, cancel or move one, each change read back first and done only on a second request
 * carrying the read-back's confirmation token. Names as heard are resolved with a confidence; an unclear one is
 * asked back. Never throws for bad input: the answer says what is missing, in German.
 */
public interface PhoneBookingUseCase {

    PhoneAnswer checkAvailability(PhoneRequest request);

    PhoneAnswer book(PhoneRequest request);

    /** Two or three offers for a vague wish, the first held for the call; or why there are none. */
    PhoneAnswer offer(PhoneWishRequest request);

    /** The calling number's upcoming appointments, the next one read out. */
    PhoneAppointmentAnswer findAppointments(PhoneCallerRequest request);

    /** Reads the appointment back without a confirmation; cancels it (policy permitting) with one. */
    PhoneAppointmentAnswer cancel(PhoneCallerRequest request);

    /** Proposes the new time for the wish and reads it back without a confirmation; moves it with one. */
    PhoneAppointmentAnswer move(PhoneCallerRequest request);
}
