/**
 * Internals of the HTTP adapter (routes, JSON mapping, problems, security, idempotency, metrics, workers); not API,
 * may change without notice. The entry point is {@link dev.termin.booking.adapter.http.TerminServer}.
 */
package dev.termin.booking.adapter.http.internal;
