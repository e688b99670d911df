package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Hold {@code start} for {@code owner} (a call id or session id) for the policy's hold lifetime, or for
 * {@code lifetime} when given (at most one hour). With an {@code idempotencyKey} (1 to 200 characters) the hold is
 * placed once per key: a retry with the same request gets the same hold, even after a crash between commit and
 * answer. Immutable.
 */
public record HoldCommand(SlotRequest slot, Instant start, String owner, Optional<Duration> lifetime,
        String correlationId, Optional<String> idempotencyKey) {

    /** A hold without an idempotency key. */
    public HoldCommand(SlotRequest slot, Instant start, String owner, Optional<Duration> lifetime,
            String correlationId) {
        this(slot, start, owner, lifetime, correlationId, Optional.empty());
    }

    public HoldCommand {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(start, "start");
        owner = Checks.text(owner, "owner", 1, 200);
        Objects.requireNonNull(lifetime, "lifetime");
        lifetime.ifPresent(l -> {
            Checks.positive(l, "lifetime");
            if (l.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("'lifetime' must be at most 1 hour");
            }
        });
        Objects.requireNonNull(correlationId, "correlationId");
        idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey")
                .map(k -> Checks.text(k, "idempotencyKey", 1, 200));
    }
}
