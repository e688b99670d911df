package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to a customer, composed by the application (German text) with an optional iCalendar attachment
 * listing every phase of the appointment. Immutable.
 */
public record Notification(
        TenantId tenant,
        Kind kind,
        Customer recipient,
        String subject,
        String body,
        Optional<String> icsAttachment,
        String correlationId) {

    /** What the message is about. */
    public enum Kind {
        BOOKING_CONFIRMATION, CANCELLATION, RESCHEDULE, WAITLIST_OFFER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Notification {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(icsAttachment, "icsAttachment");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
