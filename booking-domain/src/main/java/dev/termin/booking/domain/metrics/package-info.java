/**
 * Reservation metrics: how a tenant's holds fare over a window (created, converted, expired, cancelled, the rates
 * between them and how long they live), computed from the holds themselves with {@link
 * dev.termin.booking.domain.metrics.ReservationMetrics#compute}.
 */
package dev.termin.booking.domain.metrics;
