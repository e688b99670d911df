/**
 * Internals of the Cal.com adapter: HTTP transport with retries and circuit breaker, request and response shapes,
 * slugs, metadata and the busy-time cache. Not API: anything here may change without notice; use
 * {@link dev.termin.booking.adapter.calcom.CalComCalendar}.
 */
package dev.termin.booking.adapter.calcom.internal;
