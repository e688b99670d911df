package dev.termin.booking.domain.policy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Per-service exceptions to the tenant's {@link BookingPolicy}; empty values inherit. Immutable. */
public record PolicyOverride(
        Optional<Duration> minimumNotice,
        Optional<Duration> maximumAdvance,
        Optional<Duration> cancellationDeadline,
        Optional<Duration> rescheduleDeadline,
        Optional<Integer> maxReschedules,
        Optional<Duration> holdLifetime) {

    private static final PolicyOverride NONE = new PolicyOverride(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public PolicyOverride {
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(maximumAdvance, "maximumAdvance");
        Objects.requireNonNull(cancellationDeadline, "cancellationDeadline");
        Objects.requireNonNull(rescheduleDeadline, "rescheduleDeadline");
        Objects.requireNonNull(maxReschedules, "maxReschedules");
        Objects.requireNonNull(holdLifetime, "holdLifetime");
    }

    public static PolicyOverride none() {
        return NONE;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
