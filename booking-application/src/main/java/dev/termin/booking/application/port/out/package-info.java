/**
 * Outbound ports: what the application needs from storage, locks, the external calendar, notifications, ids,
 * transactions and metrics. No adapter library type appears in any signature; infrastructure failures are
 * subclasses of {@link dev.termin.booking.application.port.out.InfrastructureException}.
 */
package dev.termin.booking.application.port.out;
