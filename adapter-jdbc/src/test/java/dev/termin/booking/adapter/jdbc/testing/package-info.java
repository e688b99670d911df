/**
 * Test support for the JDBC adapter: one real PostgreSQL server per test JVM ({@link
 * dev.termin.booking.adapter.jdbc.testing.TestPostgres}) and throw-away H2 file databases ({@link
 * dev.termin.booking.adapter.jdbc.testing.TestH2}).
 */
package dev.termin.booking.adapter.jdbc.testing;
