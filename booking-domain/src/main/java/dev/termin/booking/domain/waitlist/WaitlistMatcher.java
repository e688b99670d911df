package dev.termin.booking.domain.waitlist;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders the entries a freed slot should be offered to. Stateless and thread-safe.
 *
 * <p>An entry matches when it waits for the service (or accepts a compatible one, see {@link FreedSlot#of}) and the
 * staff member (if it named one and does not accept any other) on that day, weekday and time of day. Matches are
 * ordered by priority (higher first); within a priority an exact match (the service and, if named, the staff member
 * asked for) comes before one that needs the entry's flexibility, because the time was made for what that customer
 * asked; then by when they joined (earlier first), then by id. An entry that was offered another slot within
 * {@code offerWindow} is skipped, so one customer is not flooded; entries whose last day has passed never match.
 */
public final class WaitlistMatcher {

    private WaitlistMatcher() {
    }

    /** The entries for a freed time, best first, with no compatible services (only the same service matches). */
    public static List<WaitlistEntry> match(List<WaitlistEntry> entries, ServiceId service, StaffId staff,
            TimeInterval freedSlot, ZoneId zone, Instant now, Duration offerWindow) {
        return match(entries, new FreedSlot(service, staff, freedSlot, Set.of()), zone, now, offerWindow);
    }

    /** The entries for {@code freed}, best first. */
    public static List<WaitlistEntry> match(List<WaitlistEntry> entries, FreedSlot freed, ZoneId zone, Instant now,
            Duration offerWindow) {
        return entries.stream()
                .filter(e -> e.matches(freed, zone))
                .filter(e -> e.offeredAt().map(at -> !at.plus(offerWindow).isAfter(now)).orElse(true))
                .sorted(order(freed))
                .toList();
    }

    /** Priority (higher first), exact before flexible, first come, id. */
    static Comparator<WaitlistEntry> order(FreedSlot freed) {
        return Comparator.comparingInt(WaitlistEntry::priority).reversed()
                .thenComparing(e -> e.flexibly(freed.service(), freed.staff()))
                .thenComparing(WaitlistEntry::createdAt)
                .thenComparing(e -> e.id().value());
    }
}
