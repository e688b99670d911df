/**
 * A ready-made demo salon and a console demo of the engine, so a new user can see it work with nothing installed.
 */
package dev.termin.booking.application.demo;
