/**
 * The external calendar on Cal.com API v2: start with {@link dev.termin.booking.adapter.calcom.CalComCalendar},
 * configured per tenant by {@link dev.termin.booking.adapter.calcom.CalComConfig}.
 */
package dev.termin.booking.adapter.calcom;
