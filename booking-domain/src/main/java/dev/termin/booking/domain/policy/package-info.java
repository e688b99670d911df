/**
 * Booking policies of a tenant (notice, advance window, deadlines, hold lifetime) with per-service overrides,
 * daily booking limits ({@link dev.termin.booking.domain.policy.BookingLimits}), and the checks that turn a breach
 * into a typed {@link dev.termin.booking.domain.result.Result} failure.
 */
package dev.termin.booking.domain.policy;
