/**
 * Calendars: branch opening hours with date overrides, staff time off and staff date exceptions.
 * Each turns wall-clock rules into {@link dev.termin.booking.domain.time.IntervalSet}s in the branch's zone.
 */
package dev.termin.booking.domain.calendar;
