/**
 * The Termin server: {@link dev.termin.booking.adapter.http.TerminServer} (the HTTP API on Javalin),
 * {@link dev.termin.booking.adapter.http.Wiring} (adapters chosen by environment variables) and
 * {@link dev.termin.booking.adapter.http.cli.Main} (the command line of {@code termin-server.jar}).
 */
package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.http.cli.Main;
