/**
 * The German language edge of the phone assistant: parsing spoken dates and times ({@link
 * dev.termin.booking.domain.phone.GermanDateParser}, {@link dev.termin.booking.domain.phone.GermanTimeParser}) and
 * vague wishes ({@link dev.termin.booking.domain.phone.GermanWishParser}), matching spoken service and staff names
 * tolerantly ({@link dev.termin.booking.domain.phone.NameMatcher}), and the sentences read back to the caller
 * ({@link dev.termin.booking.domain.phone.GermanPhrases}, {@link
 * dev.termin.booking.domain.phone.GermanAppointmentPhrases}). Pure functions; nothing here reads the clock.
 */
package dev.termin.booking.domain.phone;
