/**
 * Calendars: branch opening hours with date overrides, holidays and blackout dates, staff time off,
 * staff date exceptions and partial-day blocks.
 * Each turns wall-clock rules into {@link dev.termin.booking.domain.time.IntervalSet}s in the branch's zone.
 */
package dev.termin.booking.domain.calendar;
