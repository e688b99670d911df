/**
 * Implementations of the inbound ports. They hold no state of their own beyond what the outbound ports store, so
 * any number of engine instances can share one database.
 */
package dev.termin.booking.application.service;
