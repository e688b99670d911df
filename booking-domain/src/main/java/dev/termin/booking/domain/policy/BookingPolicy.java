package dev.termin.booking.domain.policy;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's booking rules. {@link #DEFAULTS} holds the values salons used before Termin:
 * minimum notice 2 h, maximum advance 90 days, cancellation deadline 24 h, reschedule deadline 2 h,
 * at most 3 reschedules, holds live 5 min, waitlist offers stay open 48 h. Immutable.
 */
public record BookingPolicy(
        Duration minimumNotice,
        Duration maximumAdvance,
        Duration cancellationDeadline,
        Duration rescheduleDeadline,
        int maxReschedules,
        Duration holdLifetime,
        Duration waitlistOfferWindow) {

    public static final BookingPolicy DEFAULTS = new BookingPolicy(Duration.ofHours(2), Duration.ofDays(90),
            Duration.ofHours(24), Duration.ofHours(2), 3, Duration.ofMinutes(5), Duration.ofHours(48));

    public BookingPolicy {
        Checks.notNegative(minimumNotice, "minimumNotice");
        Checks.positive(maximumAdvance, "maximumAdvance");
        Checks.notNegative(cancellationDeadline, "cancellationDeadline");
        Checks.notNegative(rescheduleDeadline, "rescheduleDeadline");
        if (maxReschedules < 0) {
            throw new IllegalArgumentException("'maxReschedules' must not be negative");
        }
        Checks.positive(holdLifetime, "holdLifetime");
        if (holdLifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("'holdLifetime' must be at most 1 hour");
        }
        Checks.positive(waitlistOfferWindow, "waitlistOfferWindow");
        if (minimumNotice.compareTo(maximumAdvance) >= 0) {
            throw new IllegalArgumentException("'minimumNotice' must be shorter than 'maximumAdvance'");
        }
    }

    /** This policy with the override's values where it has them. */
    public BookingPolicy with(PolicyOverride o) {
        Objects.requireNonNull(o, "override");
        return new BookingPolicy(
                o.minimumNotice().orElse(minimumNotice),
                o.maximumAdvance().orElse(maximumAdvance),
                o.cancellationDeadline().orElse(cancellationDeadline),
                o.rescheduleDeadline().orElse(rescheduleDeadline),
                o.maxReschedules().orElse(maxReschedules),
                o.holdLifetime().orElse(holdLifetime),
                waitlistOfferWindow);
    }

    public boolean noticeTooShort(Instant start, Instant now) {
        return start.isBefore(now.plus(minimumNotice));
    }

    public boolean tooFarAhead(Instant start, Instant now) {
        return start.isAfter(now.plus(maximumAdvance));
    }

    /** Checks that a new booking starting at {@code start} respects notice and advance window. */
    public Result<Void> checkBookable(Instant start, Instant now) {
        if (noticeTooShort(start, now)) {
            return violation("Bookings need at least " + human(minimumNotice) + " notice.", "minimumNotice",
                    minimumNotice);
        }
        if (tooFarAhead(start, now)) {
            return violation("Bookings can be made at most " + human(maximumAdvance) + " ahead.", "maximumAdvance",
                    maximumAdvance);
        }
        return Result.ok(null);
    }

    public Result<Void> checkCancellation(Instant appointmentStart, Instant now) {
        if (now.isAfter(appointmentStart.minus(cancellationDeadline))) {
            return violation("Cancellations are possible up to " + human(cancellationDeadline)
                    + " before the appointment.", "cancellationDeadline", cancellationDeadline);
        }
        return Result.ok(null);
    }

    public Result<Void> checkReschedule(Instant appointmentStart, int reschedulesSoFar, Instant now) {
        if (reschedulesSoFar >= maxReschedules) {
            return Result.failure(ErrorCode.POLICY_VIOLATION, "An appointment can be rescheduled at most "
                    + maxReschedules + " times.", Map.of("policy", "maxReschedules"));
        }
        if (now.isAfter(appointmentStart.minus(rescheduleDeadline))) {
            return violation("Appointments can be moved up to " + human(rescheduleDeadline)
                    + " before they start.", "rescheduleDeadline", rescheduleDeadline);
        }
        return Result.ok(null);
    }

    private static Result<Void> violation(String message, String policy, Duration value) {
        return Result.failure(ErrorCode.POLICY_VIOLATION, message, Map.of("policy", policy, "limit", value.toString()));
    }

    static String human(Duration d) {
        if (d.toDaysPart() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toMinutes() % 60 == 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }
}
