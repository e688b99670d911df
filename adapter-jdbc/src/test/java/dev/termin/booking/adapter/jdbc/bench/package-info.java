/**
 * Load drivers (not tests): {@link dev.termin.booking.adapter.jdbc.bench.BookingThroughput} measures storage-level
 * booking throughput on the embedded PostgreSQL and compares it with a pgbench baseline.
 */
package dev.termin.booking.adapter.jdbc.bench;
