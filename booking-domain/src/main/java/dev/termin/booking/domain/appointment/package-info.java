/**
 * Appointments with their lifecycle, customer data, and the state of their sync to an external calendar.
 * Transitions return new instances; the caller persists them.
 */
package dev.termin.booking.domain.appointment;
