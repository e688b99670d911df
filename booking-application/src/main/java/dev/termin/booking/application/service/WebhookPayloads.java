package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.sync.HealthStatus;
import dev.termin.booking.domain.sync.SyncHealthReport;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JSON of webhook payloads (schema {@code WebhookPayload} in openapi.json) and their signature. Written by hand
 * with a fixed field order, because the application has no JSON library and the body is signed exactly as sent.
 * Stateless.
 */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    /** {@code {"id", "type", "createdAt", "tenant", "data"}}; {@code data} is a JSON object. */
    static String envelope(String id, WebhookEvent event, TenantId tenant, Instant at, String data) {
        return "{\"id\":" + str(id) + ",\"type\":" + str(event.code()) + ",\"createdAt\":" + str(at.toString())
                + ",\"tenant\":" + str(tenant.value()) + ",\"data\":" + data + "}";
    }

    /** {@code {"appointment": {...}}}. */
    static String appointment(Appointment a) {
        return "{\"appointment\":" + appointmentObject(a) + "}";
    }

    /** {@code {"appointment": {...}, "error": "..."}}. */
    static String syncFailed(Appointment a, String error) {
        return "{\"appointment\":" + appointmentObject(a) + ",\"error\":" + str(error) + "}";
    }

    /** {@code {"hold": {...}}}. */
    static String hold(Hold h) {
        return "{\"hold\":{\"token\":" + str(h.token().value().toString()) + ",\"branch\":" + str(h.branch().value())
                + ",\"service\":" + str(h.service().value()) + ",\"staff\":" + str(h.staff().value())
                + ",\"start\":" + str(h.interval().start().toString()) + ",\"end\":"
                + str(h.interval().end().toString()) + ",\"expiresAt\":" + str(h.expiresAt().toString()) + "}}";
    }

    /** {@code {"waitlistEntry": "...", "hold": {...}}}: the slot held for the entry until {@code expiresAt}. */
    static String waitlistOffer(WaitlistEntry entry, Hold h) {
        return "{\"waitlistEntry\":" + str(entry.id().value()) + "," + hold(h).substring(1);
    }

    /** {@code {"status", "previous", "successRate", "failed", "pending", "stalePending"}}. */
    static String syncHealth(SyncHealthReport r, HealthStatus previous) {
        return "{\"status\":" + str(r.status().code()) + ",\"previous\":" + str(previous.code())
                + ",\"successRate\":" + r.successRate() + ",\"failed\":" + r.counts().failedInWindow()
                + ",\"pending\":" + r.counts().pending() + ",\"stalePending\":" + r.counts().stalePending() + "}";
    }

    private static String appointmentObject(Appointment a) {
        StringJoiner segments = new StringJoiner(",", "[", "]");
        for (SegmentAssignment s : a.segments()) {
            segments.add("{\"key\":" + str(s.key()) + ",\"name\":" + str(s.name()) + ",\"staff\":"
                    + str(s.staff().value()) + ",\"start\":" + str(s.interval().start().toString()) + ",\"end\":"
                    + str(s.interval().end().toString()) + "}");
        }
        return "{\"id\":" + str(a.id().value()) + ",\"status\":" + str(a.status().code()) + ",\"branch\":"
                + str(a.branch().value()) + ",\"service\":" + str(a.service().value()) + ",\"staff\":"
                + str(a.staff().value()) + ",\"start\":" + str(a.interval().start().toString()) + ",\"end\":"
                + str(a.interval().end().toString()) + ",\"segments\":" + segments + ",\"rescheduleCount\":"
                + a.rescheduleCount() + ",\"source\":" + str(a.source().code()) + ",\"correlationId\":"
                + str(a.correlationId()) + ",\"customer\":{\"name\":" + str(a.customer().name()) + ",\"phone\":"
                + a.customer().phone().map(p -> str(p.e164())).orElse("null") + ",\"email\":"
                + a.customer().email().map(e -> str(e.value())).orElse("null") + "}}";
    }

    /**
     * {@code t=<unix seconds>,v1=<lowercase hex HMAC-SHA256 over "<t>.<body>" with the endpoint's secret>}.
     */
    static String signature(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A JSON string literal. */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
