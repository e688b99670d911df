/** Rendering of notifications into MIME, HTML and iCalendar, and classification of send failures. Not API. */
package dev.termin.booking.adapter.mail.internal;
