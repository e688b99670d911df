package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Book {@code start} directly. {@code owner}'s own holds do not block it; with an idempotency key the booking runs
 * once: the same key and payload return the first result again, another payload is refused. Immutable.
 */
public record BookCommand(SlotRequest slot, Instant start, Customer customer, String notes, Source source,
        Optional<String> owner, Optional<String> idempotencyKey, String correlationId) {

    public BookCommand {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(customer, "customer");
        notes = notes == null ? "" : Checks.text(notes, "notes", 0, 2000);
        Objects.requireNonNull(source, "source");
        owner = Objects.requireNonNull(owner, "owner").map(o -> Checks.text(o, "owner", 1, 200));
        idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey")
                .map(k -> Checks.text(k, "idempotencyKey", 1, 200));
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
