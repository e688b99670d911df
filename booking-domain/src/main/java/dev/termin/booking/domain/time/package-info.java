/**
 * Half-open instant intervals and an interval-set algebra that every calendar calculation is built on,
 * plus local wall-clock windows that are turned into instants in a branch's time zone (DST-correct).
 */
package dev.termin.booking.domain.time;
