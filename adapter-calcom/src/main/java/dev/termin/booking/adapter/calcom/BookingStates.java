package dev.termin.booking.adapter.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.calcom.internal.BookingMetadata;
import dev.termin.booking.adapter.calcom.internal.CalComJson;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Cal.com booking (a webhook's {@code payload} or an item of {@code GET /v2/bookings}) into the
 * {@link ExternalBookingState} the engine applies, mapping its event type, organizer or hosts to a staff member and
 * service through the tenant's {@link EventTypeMapping}. Stateless.
 */
final class BookingStates {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    /** Thrown when a booking lacks what every booking has (uid, start, end). */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private BookingStates() {
    }

    /**
     * A webhook's booking: {@code payload.uid}, {@code startTime}, {@code endTime}, {@code eventTypeId},
     * {@code organizer.username}, {@code attendees[0]}, {@code metadata}, and for a move {@code rescheduleUid}
     * (the booking it replaces); active unless the trigger cancels or rejects it.
     */
    static ExternalBookingState fromWebhook(CalComConfig config, String trigger, Instant createdAt, JsonNode p) {
        boolean active = !trigger.equals("BOOKING_CANCELLED") && !trigger.equals("BOOKING_REJECTED");
        Optional<String> previous = trigger.equals("BOOKING_RESCHEDULED")
                ? CalComJson.text(p, "rescheduleUid").or(() -> CalComJson.text(p, "fromReschedule"))
                        .or(() -> CalComJson.text(p, "rescheduledFromUid"))
                : Optional.empty();
        String uid = required(p, "uid");
        Optional<String> host = CalComJson.text(p.path("organizer"), "username");
        return state(config, uid, previous.filter(x -> !x.equals(uid)), Optional.empty(), active,
                interval(p, "startTime", "endTime"), createdAt, p, host);
    }

    /** A listed booking: {@code status} says whether it is active; {@code updatedAt} dates it. */
    static ExternalBookingState fromListing(CalComConfig config, JsonNode b, Instant listedAt) {
        String status = CalComJson.text(b, "status").orElse("accepted").toLowerCase(Locale.ROOT);
        boolean active = status.equals("accepted") || status.equals("pending");
        Instant changed = CalComJson.instant(b, "updatedAt").or(() -> CalComJson.instant(b, "createdAt"))
                .orElse(listedAt);
        Optional<String> host = Optional.empty();
        for (JsonNode h : b.path("hosts")) {
            host = host.or(() -> CalComJson.text(h, "username"));
        }
        return state(config, required(b, "uid"), CalComJson.text(b, "rescheduledFromUid"),
                CalComJson.text(b, "rescheduledToUid"), active, interval(b, "start", "end"), changed, b, host);
    }

    private static ExternalBookingState state(CalComConfig config, String uid, Optional<String> previous,
            Optional<String> successor, boolean active, TimeInterval interval, Instant changedAt, JsonNode b,
            Optional<String> host) {
        TenantId tenant = config.tenant();
        JsonNode metadata = b.path("metadata");
        boolean ours = BookingMetadata.madeFor(metadata, tenant);
        Optional<AppointmentId> appointment = ours ? CalComJson.text(metadata, BookingMetadata.APPOINTMENT)
                .filter(v -> v.matches(ID)).map(AppointmentId::of) : Optional.empty();
        Optional<String> segment = ours ? CalComJson.text(metadata, BookingMetadata.SEGMENT_KEY) : Optional.empty();
        long eventTypeId = b.path("eventTypeId").asLong(b.path("eventType").path("id").asLong(0));
        EventTypeMapping mapping = config.eventTypes();
        Optional<StaffId> staff = (ours ? BookingMetadata.staff(metadata) : Optional.<StaffId>empty())
                .or(() -> mapping.staffOwning(eventTypeId))
                .or(() -> host.flatMap(mapping::staffWithUsername));
        return new ExternalBookingState(tenant, uid, previous, successor, active, interval, changedAt, appointment,
                segment, staff, mapping.serviceOn(eventTypeId), attendee(b.path("attendees").path(0)));
    }

    /** The first attendee as a customer, if it has a name and a usable e-mail address or phone number. */
    private static Optional<Customer> attendee(JsonNode a) {
        Optional<String> name = CalComJson.text(a, "name").filter(n -> n.strip().length() <= 200);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<EmailAddress> email = CalComJson.text(a, "email").flatMap(BookingStates::email);
        Optional<PhoneNumber> phone = CalComJson.text(a, "phoneNumber").filter(x -> x.startsWith("+"))
                .flatMap(x -> PhoneNumber.parse(x, "49"));
        if (email.isEmpty() && phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Customer(name.get(), phone, email));
    }

    private static Optional<EmailAddress> email(String text) {
        try {
            return Optional.of(new EmailAddress(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TimeInterval interval(JsonNode b, String start, String end) {
        Instant s = CalComJson.instant(b, start).orElseThrow(() -> new Unreadable("booking without " + start));
        Instant e = CalComJson.instant(b, end).orElseThrow(() -> new Unreadable("booking without " + end));
        if (!e.isAfter(s)) {
            throw new Unreadable("booking ends before it starts");
        }
        return TimeInterval.of(s, e);
    }

    private static String required(JsonNode b, String field) {
        return CalComJson.text(b, field).filter(v -> v.length() <= 200)
                .orElseThrow(() -> new Unreadable("booking without " + field));
    }
}
