/**
 * Holds: short optimistic reservations of a slot for one owner (a call or a browser session) that block the
 * slot for everybody else until they are converted, cancelled or expire.
 */
package dev.termin.booking.domain.hold;
