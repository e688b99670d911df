package dev.termin.booking.application.port.out;

import java.util.Optional;

/** What a tenant's webhook endpoint can subscribe to; {@link #code()} is the {@code type} of the JSON payload. */
public enum WebhookEvent {
    APPOINTMENT_CREATED("appointment.created"),
    APPOINTMENT_RESCHEDULED("appointment.rescheduled"),
    APPOINTMENT_CANCELLED("appointment.cancelled"),
    APPOINTMENT_COMPLETED("appointment.completed"),
    APPOINTMENT_NO_SHOW("appointment.no_show"),
    HOLD_EXPIRED("hold.expired"),
    WAITLIST_OFFERED("waitlist.offered"),
    SYNC_FAILED("sync.failed"),
    SYNC_HEALTH_CHANGED("sync.health_changed");

    private final String code;

    WebhookEvent(String code) {
        this.code = code;
    }

    /** The stable name, e.g. {@code appointment.created}. */
    public String code() {
        return code;
    }

    /** The event with this code, if there is one. */
    public static Optional<WebhookEvent> fromCode(String code) {
        for (WebhookEvent e : values()) {
            if (e.code.equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
