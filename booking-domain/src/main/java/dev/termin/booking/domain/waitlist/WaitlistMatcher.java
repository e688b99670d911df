package dev.termin.booking.domain.waitlist;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the entries a freed slot should be offered to. Stateless and thread-safe.
 *
 * <p>An entry matches when it waits for the service (and the staff member, if it named one) on that day, weekday
 * and time of day. Matches are ordered by priority (higher first), then by when they joined (earlier first), then
 * by id. An entry that was offered another slot within {@code offerWindow} is skipped, so one customer is not
 * flooded; entries whose last day has passed never match.
 */
public final class WaitlistMatcher {

    private WaitlistMatcher() {
    }

    public static List<WaitlistEntry> match(List<WaitlistEntry> entries, ServiceId service, StaffId staff,
            TimeInterval freedSlot, ZoneId zone, Instant now, Duration offerWindow) {
        return entries.stream()
                .filter(e -> e.matches(service, staff, freedSlot, zone))
                .filter(e -> e.offeredAt().map(at -> !at.plus(offerWindow).isAfter(now)).orElse(true))
                .sorted(Comparator.comparingInt(WaitlistEntry::priority).reversed()
                        .thenComparing(WaitlistEntry::createdAt)
                        .thenComparing(e -> e.id().value()))
                .toList();
    }
}
