package dev.termin.booking.domain.metrics;

import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one tenant's holds created in a window fared, as of the moment they were computed; immutable and
 * thread-safe, all counts and rates zero when there were no holds.
 *
 * <p>Every hold is in exactly one of {@code converted}, {@code expired}, {@code cancelled} and {@code active}, so
 * they add up to {@code created}. An active hold already past its expiry counts as expired even before a sweeper
 * has marked it so, because it no longer blocks anybody ({@link Hold#isActiveAt(Instant)}).
 *
 * @param created holds created in the window
 * @param createdCompound of those, holds of composite services (more than one segment)
 * @param converted holds turned into an appointment
 * @param convertedCompound of those, composite ones
 * @param expired holds that ran out, marked or not
 * @param cancelled holds released by their owner or the system
 * @param errors failed confirm attempts, counted by the application (a hold cannot know about them)
 * @param active holds still active and not past their expiry
 * @param conversionRate converted ÷ created; 0 when nothing was created
 * @param completionRate converted ÷ (converted + expired + cancelled): conversions among closed holds; 0 when none
 *     is closed
 * @param activeRate active ÷ created; 0 when nothing was created
 * @param timeToConversion closedAt − createdAt of converted holds
 * @param lifetime closedAt − createdAt of closed holds, expiresAt − createdAt for expired holds not yet swept
 */
public record ReservationMetrics(
        long created,
        long createdCompound,
        long converted,
        long convertedCompound,
        long expired,
        long cancelled,
        long errors,
        long active,
        double conversionRate,
        double completionRate,
        double activeRate,
        DurationStats timeToConversion,
        DurationStats lifetime) {

    public ReservationMetrics {
        if (created < 0 || createdCompound < 0 || converted < 0 || convertedCompound < 0 || expired < 0
                || cancelled < 0 || errors < 0 || active < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (createdCompound > created || convertedCompound > converted || convertedCompound > createdCompound) {
            throw new IllegalArgumentException("compound counts must not exceed their totals");
        }
        if (converted + expired + cancelled + active != created) {
            throw new IllegalArgumentException("converted + expired + cancelled + active must equal created");
        }
        requireRate(conversionRate, "conversionRate");
        requireRate(completionRate, "completionRate");
        requireRate(activeRate, "activeRate");
        Objects.requireNonNull(timeToConversion, "timeToConversion");
        Objects.requireNonNull(lifetime, "lifetime");
    }

    /**
     * The metrics of {@code holdsCreatedInWindow} (one tenant's holds created in the window, in any state) as of
     * {@code now}, with {@code errors} failed confirm attempts counted by the application.
     *
     * @throws IllegalArgumentException if {@code errors} is negative or the holds belong to more than one tenant
     */
    public static ReservationMetrics compute(List<Hold> holdsCreatedInWindow, long errors, Instant now) {
        Objects.requireNonNull(holdsCreatedInWindow, "holdsCreatedInWindow");
        Objects.requireNonNull(now, "now");
        if (errors < 0) {
            throw new IllegalArgumentException("'errors' must not be negative");
        }
        long created = 0;
        long createdCompound = 0;
        long converted = 0;
        long convertedCompound = 0;
        long expired = 0;
        long cancelled = 0;
        long active = 0;
        List<Duration> toConversion = new ArrayList<>();
        List<Duration> lifetimes = new ArrayList<>();
        TenantId tenant = null;
        for (Hold h : holdsCreatedInWindow) {
            if (tenant == null) {
                tenant = h.tenant();
            } else if (!tenant.equals(h.tenant())) {
                throw new IllegalArgumentException("holds of more than one tenant: " + tenant + ", " + h.tenant());
            }
            created++;
            if (h.isComposite()) {
                createdCompound++;
            }
            switch (h.status()) {
                case CONVERTED -> {
                    converted++;
                    if (h.isComposite()) {
                        convertedCompound++;
                    }
                    h.closedAt().ifPresent(at -> {
                        toConversion.add(since(h, at));
                        lifetimes.add(since(h, at));
                    });
                }
                case CANCELLED -> {
                    cancelled++;
                    h.closedAt().ifPresent(at -> lifetimes.add(since(h, at)));
                }
                case EXPIRED -> {
                    expired++;
                    lifetimes.add(since(h, h.closedAt().orElse(h.expiresAt())));
                }
                case ACTIVE -> {
                    if (h.isActiveAt(now)) {
                        active++;
                    } else {
                        expired++;
                        lifetimes.add(since(h, h.expiresAt()));
                    }
                }
                default -> throw new AssertionError(h.status());
            }
        }
        long closed = converted + expired + cancelled;
        return new ReservationMetrics(created, createdCompound, converted, convertedCompound, expired, cancelled,
                errors, active, ratio(converted, created), ratio(converted, closed), ratio(active, created),
                DurationStats.of(toConversion), DurationStats.of(lifetimes));
    }

    /** Holds that have ended: converted, expired or cancelled. */
    public long closed() {
        return converted + expired + cancelled;
    }

    /** {@code part ÷ whole}, 0 when {@code whole} is 0 (no holds means no evidence, not a perfect score). */
    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /**
     * Time from the hold's creation to {@code at}, never negative: creation and closing may be stamped by different
     * instances whose clocks disagree slightly.
     */
    private static Duration since(Hold h, Instant at) {
        Duration d = Duration.between(h.createdAt(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("'" + name + "' must be between 0 and 1");
        }
    }
}
