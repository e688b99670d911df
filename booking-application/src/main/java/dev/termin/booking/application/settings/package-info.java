/**
 * The engine's tunables, {@link dev.termin.booking.application.settings.EngineSettings}. A package of its own so
 * that the services and {@link dev.termin.booking.application.BookingEngine} (which wires the services) both
 * depend on it without depending on each other: the engine's package imports the services, never the reverse.
 */
package dev.termin.booking.application.settings;
