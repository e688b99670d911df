/**
 * The German language edge of the phone assistant: parsing spoken dates and times, matching spoken service and
 * staff names tolerantly, and the sentences read back to the caller. Pure functions; nothing here reads the clock.
 */
package dev.termin.booking.domain.phone;
