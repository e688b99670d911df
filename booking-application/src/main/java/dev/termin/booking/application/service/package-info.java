/**
 * Implementations of the inbound ports, package-private and wired by {@link
 * dev.termin.booking.application.service.UseCases}, each given exactly the ports it uses. Every booking write goes
 * through {@code BookingWriter}, which re-checks conflicts for the {@code WriteIntent} it is given. The services
 * hold no state of their own beyond what the outbound ports store, so any number of engine instances can share one
 * database.
 */
package dev.termin.booking.application.service;
