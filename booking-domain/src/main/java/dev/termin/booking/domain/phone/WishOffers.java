package dev.termin.booking.domain.phone;

import dev.termin.booking.domain.phone.AppointmentWish.Preference;
import dev.termin.booking.domain.phone.AppointmentWish.TimeWish;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Picks the two or three free start times to offer a caller for a wish, best first (the first is the one to
 * hold); stateless and thread-safe.
 *
 * <ul>
 *   <li>An exact time ({@link TimeWish.At}): that time if it is free on one of the wished days, then the free starts
 *       on those days nearest to it.</li>
 *   <li>{@link Preference#EARLIEST}: the earliest fitting starts.</li>
 *   <li>Otherwise the fitting starts spread out, at least {@link #SPREAD} apart (or on different days), so that
 *       the caller hears a real choice rather than 14:00, 14:15 and 14:30; if that leaves too few, the earliest
 *       remaining fill up. Spread offers are read in time order.</li>
 * </ul>
 */
public final class WishOffers {

    /** Offers of a spread choice lie at least this far apart on one day. */
    public static final Duration SPREAD = Duration.ofMinutes(90);

    private WishOffers() {
    }

    /**
     * The offers for {@code wish} among {@code freeStarts}.
     *
     * @param freeStarts free start times, in any order; duplicates count once
     * @param zone the branch's zone, in which the wish's days and times are meant
     * @param max how many to offer at most, at least one ({@link GermanPhrases#MAX_ALTERNATIVES} on the phone)
     */
    public static List<Instant> pick(AppointmentWish wish, List<Instant> freeStarts, ZoneId zone, int max) {
        Objects.requireNonNull(wish, "wish");
        Objects.requireNonNull(zone, "zone");
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive");
        }
        List<Instant> starts = freeStarts.stream().distinct().sorted().toList();
        if (wish.time() instanceof TimeWish.At at) {
            Comparator<Instant> nearest = Comparator.comparing(start -> Math.abs(Duration.between(
                    at.time(), local(start, zone).toLocalTime()).toMinutes()));
            return starts.stream()
                    .filter(start -> wish.dates().map(d -> d.contains(local(start, zone).toLocalDate())).orElse(true))
                    .sorted(nearest.thenComparing(Comparator.naturalOrder())).limit(max).toList();
        }
        List<Instant> fitting = starts.stream().filter(start -> wish.fits(local(start, zone))).toList();
        if (wish.preference() == Preference.EARLIEST) {
            return fitting.subList(0, Math.min(max, fitting.size()));
        }
        List<Instant> picked = new ArrayList<>();
        for (Instant start : fitting) {
            Instant last = picked.isEmpty() ? null : picked.get(picked.size() - 1);
            if (picked.size() < max && (last == null || !Duration.between(last, start).minus(SPREAD).isNegative()
                    || !local(last, zone).toLocalDate().equals(local(start, zone).toLocalDate()))) {
                picked.add(start);
            }
        }
        for (Instant start : fitting) {
            if (picked.size() < max && !picked.contains(start)) {
                picked.add(start);
            }
        }
        return picked.stream().sorted().toList();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
