package dev.termin.booking.adapter.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.calcom.internal.BookingsApi;
import dev.termin.booking.adapter.calcom.internal.CalComClient;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant's bookings for reconciliation: every status, on the mapped and the segment event types, starting in
 * the range. Bookings Cal.com lists without a uid, start or end are skipped with a warning. Stateless.
 */
final class BookingListing {

    private static final Logger log = LoggerFactory.getLogger(BookingListing.class);
    /** {@code beforeEnd} filters by the end: bookings starting near the range's end must still be listed. */
    private static final Duration LOOKAHEAD = Duration.ofHours(12);

    private BookingListing() {
    }

    static CalendarOutcome<List<ExternalBookingState>> list(CalComClient client,
            CalendarOutcome<Set<Long>> segmentTypes, TimeInterval range, Instant now) {
        if (!(segmentTypes instanceof CalendarOutcome.Done<Set<Long>> st)) {
            return CalComClient.retype(segmentTypes);
        }
        Set<Long> eventTypes = new TreeSet<>(client.config().eventTypes().allEventTypes());
        eventTypes.addAll(st.value());
        if (eventTypes.isEmpty()) {
            return new CalendarOutcome.Done<>(List.of());
        }
        Map<String, String> filter = BookingsApi.filter(eventTypes, range.start(), range.end().plus(LOOKAHEAD),
                List.of());
        return client.call("bookings", () -> BookingsApi.listAll(client, filter), listing -> {
            List<ExternalBookingState> states = new ArrayList<>();
            for (JsonNode b : listing.data()) {
                try {
                    ExternalBookingState s = BookingStates.fromListing(client.config(), b, now);
                    if (range.contains(s.interval().start())) {
                        states.add(s);
                    }
                } catch (BookingStates.Unreadable e) {
                    log.warn("Cal.com listed an unreadable booking for tenant {}: {}", client.config().tenant(),
                            e.getMessage());
                }
            }
            return states;
        });
    }
}
