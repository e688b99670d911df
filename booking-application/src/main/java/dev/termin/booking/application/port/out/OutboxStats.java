package dev.termin.booking.application.port.out;

/**
 * Counts of outbox messages: {@code pending} (not yet done; {@code retrying} of them failed at least once) and
 * {@code parked} (given up). Immutable.
 */
public record OutboxStats(long pending, long retrying, long parked) {

    public OutboxStats {
        if (pending < 0 || retrying < 0 || parked < 0 || retrying > pending) {
            throw new IllegalArgumentException("counts must not be negative, retrying at most pending");
        }
    }
}
