package dev.termin.booking.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything written inside {@link #inTransaction} is committed together, or nothing is when
 * it throws. Nested calls join the outer transaction. Implementations are thread-safe.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
