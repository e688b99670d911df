package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.hold.Hold;
import java.time.Clock;
import java.util.List;

/**
 * The hold sweeper: marks due holds expired, tells webhooks ({@code hold.expired}) and offers their time to the
 * waitlist. Safe on several instances at
 * once: the store hands each hold to one sweeper. Thread-safe.
 */
final class HoldExpiry {

    private final HoldRepository holds;
    private final WaitlistService waitlist;
    private final WebhookService webhooks;
    private final FlowRecorder flow;
    private final Clock clock;
    private final BookingMetrics metrics;

    HoldExpiry(HoldRepository holds, WaitlistService waitlist, WebhookService webhooks, FlowRecorder flow,
            Clock clock, BookingMetrics metrics) {
        this.holds = holds;
        this.waitlist = waitlist;
        this.webhooks = webhooks;
        this.flow = flow;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Expires up to {@code limit} due holds; returns how many expired. */
    int expireHolds(int limit) {
        List<Hold> expired = holds.expireDue(clock.instant(), limit);
        for (Hold h : expired) {
            try (var c = LogContext.work(h.tenant().value(), "hold-" + h.token())) {
                metrics.increment("termin.holds", "event", "expired");
                flow.record(h.tenant(), "hold-" + h.token(), "hold.expired", "token " + h.token());
                webhooks.publish(h.tenant(), WebhookEvent.HOLD_EXPIRED, WebhookPayloads.hold(h));
                waitlist.offerFreedSlot(h, "hold-" + h.token());
            }
        }
        return expired.size();
    }
}
