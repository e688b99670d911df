package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Requests and answers of Cal.com's bookings endpoints ({@code cal-api-version} {@code 2024-08-13}): create,
 * cancel, reschedule, get one, and the paged list used for busy times and for finding a booking again.
 */
public final class BookingsApi {

    public static final String PATH = "/v2/bookings";
    /** Page size of list requests. */
    public static final int PAGE_SIZE = 100;
    /** Safety limit: at most this many pages are read for one listing. */
    static final int MAX_PAGES = 20;

    private BookingsApi() {
    }

    /** A booking as Cal.com lists it, reduced to what the adapter needs. Immutable. */
    public record RemoteBooking(String uid, long eventTypeId, Instant start, Instant end, String status,
            JsonNode metadata, List<String> hostUsernames) {

        /** Accepted or pending: the time is taken. */
        public boolean isActive() {
            return "accepted".equals(status) || "pending".equals(status);
        }

        static RemoteBooking of(JsonNode b) {
            String uid = CalComJson.text(b, "uid").orElseThrow(() -> new IllegalStateException("booking without uid"));
            long eventTypeId = b.path("eventTypeId").asLong(b.path("eventType").path("id").asLong(0));
            Instant start = CalComJson.instant(b, "start").orElseThrow(() -> new IllegalStateException(
                    "booking " + uid + " without start"));
            Instant end = CalComJson.instant(b, "end").orElseThrow(() -> new IllegalStateException(
                    "booking " + uid + " without end"));
            List<String> hosts = new ArrayList<>();
            for (JsonNode h : b.path("hosts")) {
                CalComJson.text(h, "username").ifPresent(hosts::add);
            }
            return new RemoteBooking(uid, eventTypeId, start, end,
                    CalComJson.text(b, "status").orElse("accepted").toLowerCase(Locale.ROOT), b.path("metadata"),
                    List.copyOf(hosts));
        }
    }

    /** {@code POST /v2/bookings}: the booking's start in UTC, attendee, notes with the segment label, metadata. */
    public static ApiRequest create(ExternalBooking b, long eventTypeId, CalComConfig config) {
        ObjectNode body = CalComJson.object();
        body.put("start", b.interval().start().toString());
        body.put("eventTypeId", eventTypeId);
        ObjectNode attendee = body.putObject("attendee");
        attendee.put("name", b.customer().name());
        Optional<String> email = b.customer().email().map(EmailAddress::value).or(config.attendee()::fallbackEmail);
        email.ifPresent(e -> attendee.put("email", e));
        b.customer().phone().map(PhoneNumber::e164).ifPresent(p -> attendee.put("phoneNumber", p));
        attendee.put("timeZone", config.attendee().timeZone().getId());
        attendee.put("language", config.attendee().language());
        body.putObject("bookingFieldsResponses").put("notes", notes(b));
        body.set("metadata", BookingMetadata.of(b));
        return ApiRequest.post(PATH, ApiVersion.BOOKINGS, body);
    }

    /** The booking's notes (its description in Cal.com): service, segment and label, e.g. "Farbe – 1 von 4". */
    static String notes(ExternalBooking b) {
        if (b.total() <= 1) {
            return b.serviceName();
        }
        return b.serviceName() + ": " + b.segmentName() + " (" + b.label() + ")";
    }

    /** {@code POST /v2/bookings/{uid}/cancel}. */
    public static ApiRequest cancel(String uid, String reason) {
        ObjectNode body = CalComJson.object();
        if (reason != null && !reason.isBlank()) {
            body.put("cancellationReason", reason);
        }
        return ApiRequest.post(PATH + "/" + uid + "/cancel", ApiVersion.BOOKINGS, body);
    }

    /** {@code POST /v2/bookings/{uid}/reschedule} to the new start in UTC. */
    public static ApiRequest reschedule(String uid, Instant start, String reason) {
        ObjectNode body = CalComJson.object().put("start", start.toString());
        if (reason != null && !reason.isBlank()) {
            body.put("reschedulingReason", reason);
        }
        return ApiRequest.post(PATH + "/" + uid + "/reschedule", ApiVersion.BOOKINGS, body);
    }

    /** {@code GET /v2/bookings/{uid}}. */
    public static ApiRequest get(String uid) {
        return ApiRequest.get(PATH + "/" + uid, ApiVersion.BOOKINGS, Map.of());
    }

    /**
     * The filters of {@code GET /v2/bookings}: bookings of the event type starting at or after {@code afterStart}
     * and ending at or before {@code beforeEnd}, any status.
     */
    public static Map<String, String> filter(long eventTypeId, Instant afterStart, Instant beforeEnd) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("eventTypeId", Long.toString(eventTypeId));
        q.put("afterStart", afterStart.toString());
        q.put("beforeEnd", beforeEnd.toString());
        return q;
    }

    /**
     * The filters of {@code GET /v2/bookings} for busy times: bookings of any of the event types
     * ({@code eventTypeIds}, comma-separated) within the times, with one of the statuses (any status when the list is empty).
     */
    public static Map<String, String> filter(Collection<Long> eventTypeIds, Instant afterStart, Instant beforeEnd,
            List<String> statuses) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("eventTypeIds", eventTypeIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        q.put("afterStart", afterStart.toString());
        q.put("beforeEnd", beforeEnd.toString());
        if (!statuses.isEmpty()) {
            q.put("status", String.join(",", statuses));
        }
        return q;
    }

    /**
     * Reads every page of {@code GET /v2/bookings} with the filter ({@code take}/{@code skip}; a page may hold fewer
     * than asked for, so {@code skip} advances by what came back, until {@code pagination.hasNextPage} is false, or
     * without pagination until a short page). Returns the first failed answer as it is, or a success whose
     * {@code data} is the array of all bookings.
     */
    public static HttpResult listAll(CalComClient client, Map<String, String> filter) throws IOException {
        ArrayNode all = CalComJson.object().arrayNode();
        int skip = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> q = new LinkedHashMap<>(filter);
            q.put("take", Integer.toString(PAGE_SIZE));
            q.put("skip", Integer.toString(skip));
            HttpResult r = client.send(ApiRequest.get(PATH, ApiVersion.BOOKINGS, q));
            if (!r.isSuccess()) {
                return r;
            }
            JsonNode data = r.data();
            if (!data.isArray()) {
                throw new MalformedResponseException("GET " + PATH + ": 'data' is not a list");
            }
            data.forEach(all::add);
            skip += data.size();
            JsonNode hasNext = r.json().path("pagination").path("hasNextPage");
            boolean more = hasNext.isBoolean() ? hasNext.asBoolean() : data.size() >= PAGE_SIZE;
            if (!more || data.isEmpty()) {
                break;
            }
        }
        return HttpResult.success(all);
    }

    /** The bookings of a listing made by {@link #listAll}. */
    public static List<RemoteBooking> bookings(HttpResult listing) {
        List<RemoteBooking> list = new ArrayList<>();
        for (JsonNode b : listing.data()) {
            list.add(RemoteBooking.of(b));
        }
        return list;
    }

    /** The uid in a booking answer ({@code data.uid}). */
    public static String uid(HttpResult r) {
        return CalComJson.text(r.data(), "uid").orElseThrow(() -> new IllegalStateException("answer without booking uid"));
    }

    /** True when the booking answer says cancelled or rejected. */
    public static boolean isCancelled(HttpResult r) {
        String status = CalComJson.text(r.data(), "status").orElse("").toLowerCase(Locale.ROOT);
        return "cancelled".equals(status) || "rejected".equals(status);
    }
}
