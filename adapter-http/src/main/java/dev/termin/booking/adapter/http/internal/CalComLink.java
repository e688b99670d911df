package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.calcom.CalComCalendar;
import dev.termin.booking.adapter.calcom.CalComWebhooks;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The server's connection to Cal.com beyond the engine's calendar port: the connected calendars (their tenants and
 * segment event types, the webhook reader, the stored connections), the schedule of reconciliation and drift checks (zero: not scheduled) and the
 * reconciliation window around now. Immutable.
 */
public record CalComLink(ConnectedCalendars calendars, Duration reconcileEvery, Duration driftCheckEvery,
        Duration windowBack, Duration windowAhead) {

    public CalComLink {
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(reconcileEvery, "reconcileEvery");
        Objects.requireNonNull(driftCheckEvery, "driftCheckEvery");
        Objects.requireNonNull(windowBack, "windowBack");
        Objects.requireNonNull(windowAhead, "windowAhead");
    }

    /** The calendar of every connected tenant, as it is now. */
    public CalComCalendar calendar() {
        return calendars.current().calendar();
    }

    /** The webhook reader of every connected tenant, as it is now. */
    public CalComWebhooks webhooks() {
        return calendars.current().webhooks();
    }

    /** The default reconciliation window at {@code now}: {@code windowBack} before to {@code windowAhead} after. */
    public TimeInterval window(Instant now) {
        return TimeInterval.of(now.minus(windowBack), now.plus(windowAhead));
    }
}
