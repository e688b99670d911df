/**
 * The booking application: use cases behind inbound ports, outbound ports for everything outside, and
 * {@link dev.termin.booking.application.BookingEngine}, the one entry point that wires them for embedding.
 */
package dev.termin.booking.application;
