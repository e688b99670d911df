package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Work to do after a booking transaction committed, written in that same transaction: push an appointment to the
 * external calendar, or send a notification. {@code payload} carries kind-specific data (e.g. a waitlist entry id,
 * for a reminder the version of the appointment it was planned for, for a webhook the event code, for a
 * message to the owner its topic and facts). A message is due at
 * {@code nextAttemptAt}, which for a reminder lies in the future. Immutable.
 */
public record OutboxMessage(
        UUID id,
        TenantId tenant,
        Kind kind,
        AppointmentId appointment,
        String payload,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Instant createdAt) {

    /** What a message asks for. */
    public enum Kind {
        CALENDAR_SYNC, NOTIFY_BOOKED, NOTIFY_CANCELLED, NOTIFY_RESCHEDULED, NOTIFY_WAITLIST_OFFER, NOTIFY_REMINDER, NOTIFY_OWNER,
        WEBHOOK;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(appointment, "appointment");
        payload = payload == null ? "" : payload;
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static OutboxMessage of(UUID id, TenantId tenant, Kind kind, AppointmentId appointment, String payload,
            Instant now) {
        return new OutboxMessage(id, tenant, kind, appointment, payload, 0, now, Optional.empty(), now);
    }

    /** A message written {@code now} that becomes due only at {@code dueAt} (e.g. a reminder). */
    public static OutboxMessage dueAt(UUID id, TenantId tenant, Kind kind, AppointmentId appointment, String payload,
            Instant dueAt, Instant now) {
        return new OutboxMessage(id, tenant, kind, appointment, payload, 0, dueAt, Optional.empty(), now);
    }
}
