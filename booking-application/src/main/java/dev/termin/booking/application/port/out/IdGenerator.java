package dev.termin.booking.application.port.out;

import java.util.UUID;

/** Outgoing port for new identifiers, replaceable for deterministic tests. Implementations are thread-safe. */
public interface IdGenerator {

    UUID newId();

    /** Random UUIDs. */
    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
