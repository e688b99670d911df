package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Hold {@code start} for {@code owner} (a call id or session id) for the policy's hold lifetime, or for
 * {@code lifetime} when given (at most one hour). Immutable.
 */
public record HoldCommand(SlotRequest slot, Instant start, String owner, Optional<Duration> lifetime,
        String correlationId) {

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
    }
}
