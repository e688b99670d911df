package dev.termin.booking.domain.policy;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's booking rules. {@link #DEFAULTS} holds the values salons used before Termin:
 * minimum notice 2 h, maximum advance 90 days, cancellation deadline 24 h, reschedule deadline 2 h,
 * at most 3 reschedules, holds live 5 min, waitlist offers stay open 48 h, one reminder 24 h before. Immutable.
 *
 * @param reminderOffsets how long before the start each reminder goes out (distinct, positive, at most
 *     {@value #MAX_REMINDERS}; empty: no reminders)
 */
public record BookingPolicy(
        Duration minimumNotice,
        Duration maximumAdvance,
        Duration cancellationDeadline,
        Duration rescheduleDeadline,
        int maxReschedules,
        Duration holdLifetime,
        Duration waitlistOfferWindow,
        List<Duration> reminderOffsets) {

    /** The most reminders one appointment gets. */
    public static final int MAX_REMINDERS = 5;

    /** One reminder, 24 hours before the start. */
    public static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofHours(24));

    public static final BookingPolicy DEFAULTS = new BookingPolicy(Duration.ofHours(2), Duration.ofDays(90),
            Duration.ofHours(24), Duration.ofHours(2), 3, Duration.ofMinutes(5), Duration.ofHours(48));

    /** A policy with the {@link #DEFAULT_REMINDERS}. */
    public BookingPolicy(Duration minimumNotice, Duration maximumAdvance, Duration cancellationDeadline,
            Duration rescheduleDeadline, int maxReschedules, Duration holdLifetime, Duration waitlistOfferWindow) {
        this(minimumNotice, maximumAdvance, cancellationDeadline, rescheduleDeadline, maxReschedules, holdLifetime,
                waitlistOfferWindow, DEFAULT_REMINDERS);
    }

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
        reminderOffsets = List.copyOf(Objects.requireNonNull(reminderOffsets, "reminderOffsets"));
        reminderOffsets.forEach(d -> Checks.positive(d, "reminderOffsets"));
        if (reminderOffsets.size() > MAX_REMINDERS || Set.copyOf(reminderOffsets).size() < reminderOffsets.size()) {
            throw new IllegalArgumentException("'reminderOffsets' must be at most " + MAX_REMINDERS
                    + " distinct durations");
        }
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
                waitlistOfferWindow, reminderOffsets);
    }

    /** This policy with other reminder offsets. */
    public BookingPolicy withReminderOffsets(List<Duration> offsets) {
        return new BookingPolicy(minimumNotice, maximumAdvance, cancellationDeadline, rescheduleDeadline,
                maxReschedules, holdLifetime, waitlistOfferWindow, offsets);
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
