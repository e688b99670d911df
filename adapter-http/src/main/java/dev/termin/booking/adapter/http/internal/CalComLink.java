package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.calcom.CalComCalendar;
import dev.termin.booking.adapter.calcom.CalComWebhooks;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The server's connection to Cal.com beyond the engine's calendar port: the calendar (its tenants and segment event
 * types), the webhook reader, the schedule of reconciliation and drift checks (zero: not scheduled) and the
 * reconciliation window around now. Immutable.
 */
public record CalComLink(CalComCalendar calendar, CalComWebhooks webhooks, Duration reconcileEvery,
        Duration driftCheckEvery, Duration windowBack, Duration windowAhead) {

    public CalComLink {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(reconcileEvery, "reconcileEvery");
        Objects.requireNonNull(driftCheckEvery, "driftCheckEvery");
        Objects.requireNonNull(windowBack, "windowBack");
        Objects.requireNonNull(windowAhead, "windowAhead");
    }

    /** The default reconciliation window at {@code now}: {@code windowBack} before to {@code windowAhead} after. */
    public TimeInterval window(Instant now) {
        return TimeInterval.of(now.minus(windowBack), now.plus(windowAhead));
    }
}
