package dev.termin.booking.adapter.calcom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Webhook deliveries shaped like Cal.com's: {@code {"triggerEvent", "createdAt", "payload": {…}}} with the booking's
 * {@code uid}, {@code bookingId}, {@code eventTypeId}, {@code startTime}, {@code endTime}, {@code status},
 * {@code organizer}, {@code attendees}, {@code metadata} (plus Cal.com's own {@code videoCallUrl}), and for a move
 * {@code rescheduleUid}, {@code rescheduleStartTime} and {@code rescheduleEndTime} of the booking it replaces.
 */
final class WebhookBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private WebhookBodies() {
    }

    /** The raw body Cal.com would post for {@code trigger} about booking {@code b} at {@code createdAt}. */
    static byte[] body(String trigger, FakeCalCom.Booking b, FakeCalCom.Booking replaced, Instant createdAt) {
        ObjectNode root = JSON.createObjectNode().put("triggerEvent", trigger).put("createdAt", CAL_TIME.format(
                createdAt));
        ObjectNode p = root.putObject("payload");
        String host = b.hosts.isEmpty() ? FakeCalCom.OWNER : b.hosts.get(0);
        p.put("type", "termin").put("title", "Termin zwischen " + host + " und " + b.attendee.path("name").asText())
                .put("description", b.responses.path("notes").asText(""))
                .put("startTime", CAL_TIME.format(b.start)).put("endTime", CAL_TIME.format(b.end))
                .put("uid", b.uid).put("bookingId", b.id).put("eventTypeId", b.eventTypeId)
                .put("status", b.status.toUpperCase(Locale.ROOT)).put("location", "");
        p.putObject("organizer").put("id", 1).put("name", host).put("email", host + "@example.com")
                .put("username", host).put("timeZone", "Europe/Berlin").putObject("language").put("locale", "de");
        ObjectNode attendee = b.attendee.deepCopy();
        attendee.putObject("language").put("locale", "de");
        p.putArray("attendees").add(attendee);
        ObjectNode metadata = b.metadata.deepCopy();
        metadata.put("videoCallUrl", "https://app.cal.com/video/" + b.uid);
        p.set("metadata", metadata);
        if (replaced != null) {
            p.put("rescheduleUid", replaced.uid).put("rescheduleId", replaced.id)
                    .put("rescheduleStartTime", CAL_TIME.format(replaced.start))
                    .put("rescheduleEndTime", CAL_TIME.format(replaced.end)).put("rescheduledBy", "walk-in@example.com");
        }
        if (b.cancellationReason != null) {
            p.put("cancellationReason", b.cancellationReason);
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
