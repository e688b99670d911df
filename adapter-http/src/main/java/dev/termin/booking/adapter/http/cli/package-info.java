/**
 * The command line of the jar (picocli): {@link dev.termin.booking.adapter.http.cli.TerminCommand} and its
 * sub-commands. Not API.
 */
package dev.termin.booking.adapter.http.cli;
