/** Tests of the in-memory adapters: the port contracts, plus what only the in-memory fakes do. */
package dev.termin.booking.adapter.inmemory;
