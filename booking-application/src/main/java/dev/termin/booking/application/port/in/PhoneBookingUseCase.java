package dev.termin.booking.application.port.in;

/**
 * Incoming port for the phone assistant: check a time (and hold it for the call, or name the nearest free
 * times) and book it (converting the call's hold, or booking directly when the call holds nothing and the time is
 * free). Never throws for bad input: the answer says what is missing, in German.
 */
public interface PhoneBookingUseCase {

    PhoneAnswer checkAvailability(PhoneRequest request);

    PhoneAnswer book(PhoneRequest request);
}
