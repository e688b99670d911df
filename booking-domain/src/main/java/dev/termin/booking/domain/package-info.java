/**
 * The pure booking domain of Termin: immutable values and calculations with no dependencies beyond the JDK.
 * Nothing here reads the clock; callers pass the current {@link java.time.Instant} in.
 */
package dev.termin.booking.domain;
