package dev.termin.booking.adapter.calcom;

import dev.termin.booking.application.port.out.ExternalBookingState;
import java.util.Objects;

/** What {@link CalComWebhooks#read} made of one delivery. Immutable. */
public sealed interface WebhookDelivery {

    /** A signed, fresh booking change to apply. */
    record Change(String trigger, ExternalBookingState change) implements WebhookDelivery {
        public Change {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(change, "change");
        }
    }

    /** Signed and fresh, but a trigger that does not change occupancy (e.g. {@code MEETING_ENDED}, a ping). */
    record Ignored(String trigger) implements WebhookDelivery {
        public Ignored {
            Objects.requireNonNull(trigger, "trigger");
        }
    }

    /** Unsigned, wrongly signed, stale, or for a tenant without a webhook secret: answer 401, change nothing. */
    record Refused(String reason) implements WebhookDelivery {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Signed and fresh but not a booking Termin can read: answer 400. */
    record Malformed(String reason) implements WebhookDelivery {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
