/**
 * The waitlist: customers waiting for a service in a date range, and the matching of a freed slot to their
 * entries in priority order (first come, first served within a priority).
 */
package dev.termin.booking.domain.waitlist;
