/**
 * The customer and their contact details: {@link dev.termin.booking.domain.customer.Customer},
 * {@link dev.termin.booking.domain.customer.PhoneNumber} (E.164, German national forms accepted) and
 * {@link dev.termin.booking.domain.customer.EmailAddress}. Personal data: never logged at info level.
 */
package dev.termin.booking.domain.customer;
