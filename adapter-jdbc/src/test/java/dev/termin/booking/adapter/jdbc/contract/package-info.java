/**
 * The port contract tests of {@code booking-application} run against the JDBC store: every storage port on
 * PostgreSQL ({@code Postgres…Test}) and on H2 ({@code H2…Test}), each on one store shared per JVM.
 */
package dev.termin.booking.adapter.jdbc.contract;
