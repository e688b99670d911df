/**
 * Storage ports on a relational database: {@link dev.termin.booking.adapter.jdbc.JdbcStorage#create} migrates the
 * schema and returns every storage port of the application, backed by PostgreSQL (production) or an H2 file
 * (the embedded default).
 */
package dev.termin.booking.adapter.jdbc;
