/**
 * In-memory adapters: the engine's defaults for embedding and the reference behaviour of every outbound port.
 * Entry point for storage: {@link dev.termin.booking.adapter.inmemory.InMemoryStorage}.
 */
package dev.termin.booking.adapter.inmemory;
