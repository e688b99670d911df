/**
 * The server's configuration: every {@code TERMIN_*} environment variable is read here, and only here, into the
 * settings records of the modules; {@link dev.termin.booking.adapter.http.config.TerminSettings#fromEnv} is the
 * entry point. A bad value ends in an {@link dev.termin.booking.adapter.http.config.InvalidSettingException} naming
 * the variable.
 */
package dev.termin.booking.adapter.http.config;
