/** Test fixtures: deliberate violations of the architecture rules. */
package dev.termin.booking.adapter.fixture2.internal;
