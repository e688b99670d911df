/**
 * Implementation of the JDBC storage adapter. Not API: everything here may change without notice; use
 * {@link dev.termin.booking.adapter.jdbc.JdbcStorage}.
 */
package dev.termin.booking.adapter.jdbc.internal;
