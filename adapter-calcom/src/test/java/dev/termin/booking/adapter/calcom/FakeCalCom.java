package dev.termin.booking.adapter.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A stateful fake of Cal.com API v2 for MockWebServer: it stores bookings and event types and answers with Cal.com's
 * success and error envelopes, checks the Bearer key and the {@code cal-api-version} of each endpoint family, and
 * can be told to fail: error statuses, 429 with {@code Retry-After}, 5xx, slow answers, dropped connections, and
 * answers lost after the booking was stored. Every request is recorded with the time it arrived. Thread-safe.
 */
final class FakeCalCom extends Dispatcher {

    static final String API_KEY = "cal_test_0123456789";
    /** The user the API key belongs to; event types created through the API are theirs. */
    static final String OWNER = "salon";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A request as it reached the fake. */
    record Recorded(String method, String path, Map<String, String> query, String authorization, String version,
            String body, long nanos) {

        JsonNode json() {
            try {
                return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean is(String m, String p) {
            return method.equals(m) && path.equals(p);
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    /** What the fake does instead of (or after) answering normally. */
    record Fault(String kind, int status, String code, String message, String retryAfter, long delayMillis) {

        static Fault error(int status, String code, String message) {
            return new Fault("error", status, code, message, null, 0);
        }

        static Fault serverError(int status) {
            return new Fault("error", status, "InternalServerErrorException", "Internal server error", null, 0);
        }

        static Fault rateLimited(String retryAfter) {
            return new Fault("error", 429, "ThrottlerException", "ThrottlerException: Too Many Requests",
                    retryAfter, 0);
        }

        /** Drops the connection after reading the request, without doing anything. */
        static Fault disconnect() {
            return new Fault("disconnect", 0, null, null, null, 0);
        }

        /** Reads the request and never answers (the client times out), without doing anything. */
        static Fault noResponse() {
            return new Fault("no_response", 0, null, null, null, 0);
        }

        /** Does the work, then drops the connection: the answer is lost. */
        static Fault loseResponse() {
            return new Fault("lose_response", 0, null, null, null, 0);
        }

        /** Does the work, then answers only after the delay. */
        static Fault slow(Duration delay) {
            return new Fault("slow", 0, null, null, null, delay.toMillis());
        }

        boolean doesTheWork() {
            return kind.equals("lose_response") || kind.equals("slow");
        }
    }

    /** A booking stored by the fake. */
    static final class Booking {
        final long id;
        final String uid;
        final long eventTypeId;
        final Instant start;
        final Instant end;
        String status = "accepted";
        final ObjectNode metadata;
        final JsonNode attendee;
        final JsonNode responses;
        final List<String> hosts;
        String cancellationReason;
        String reschedulingReason;
        String rescheduledFromUid;
        String rescheduledToUid;
        Instant createdAt;
        Instant updatedAt;

        Booking(long id, String uid, long eventTypeId, Instant start, Instant end, ObjectNode metadata,
                JsonNode attendee, JsonNode responses, List<String> hosts) {
            this.id = id;
            this.uid = uid;
            this.eventTypeId = eventTypeId;
            this.start = start;
            this.end = end;
            this.metadata = metadata;
            this.attendee = attendee;
            this.responses = responses;
            this.hosts = hosts;
        }

        String meta(String key) {
            return metadata.path(key).asText(null);
        }

        boolean isActive() {
            return status.equals("accepted") || status.equals("pending");
        }
    }

    /** An event type stored by the fake. */
    static final class EventType {
        final long id;
        String slug;
        String title;
        int length;
        boolean hidden;
        String description;
        final String owner;

        EventType(long id, String slug, String title, int length, boolean hidden, String description, String owner) {
            this.id = id;
            this.slug = slug;
            this.title = title;
            this.length = length;
            this.hidden = hidden;
            this.description = description;
            this.owner = owner;
        }
    }

    private record Rule(Predicate<Recorded> when, Fault fault, int[] remaining) {
    }

    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Booking> bookings = new LinkedHashMap<>();
    private final Map<Long, EventType> eventTypes = new LinkedHashMap<>();
    private Fault down;
    private int maxPageSize = 100;
    private long nextBookingId = 1;
    private long nextEventTypeId = 5000;
    private Supplier<Instant> clock = Instant::now;

    // ---------------------------------------------------------------- scripting

    /** The next {@code times} requests matching {@code when} get the fault. */
    synchronized FakeCalCom failWhen(Predicate<Recorded> when, Fault fault, int times) {
        rules.add(new Rule(when, fault, new int[] {times}));
        return this;
    }

    /** Every request gets the fault until {@link #up()}. */
    synchronized void down(Fault fault) {
        this.down = fault;
    }

    /** Ends {@link #down} and forgets every scripted fault. */
    synchronized void up() {
        this.down = null;
        rules.clear();
    }

    /** The time the fake stamps bookings with ({@code createdAt}, {@code updatedAt}); default the system's. */
    synchronized void clock(Supplier<Instant> now) {
        this.clock = now;
    }

    /** Cancels a booking as a customer or the salon would on Cal.com itself. */
    synchronized Booking cancelInCalCom(String uid) {
        Booking b = bookings.get(uid);
        b.status = "cancelled";
        b.cancellationReason = "Cancelled on Cal.com";
        stamp(b);
        return b;
    }

    /** Moves a booking as a customer would on Cal.com itself: a new booking replaces it; the new one is returned. */
    synchronized Booking rescheduleInCalCom(String uid, Instant start) {
        Booking old = bookings.get(uid);
        long id = nextBookingId++;
        Booking moved = new Booking(id, uid(id), old.eventTypeId, start,
                start.plus(Duration.between(old.start, old.end)), old.metadata.deepCopy(), old.attendee,
                old.responses, old.hosts);
        moved.rescheduledFromUid = old.uid;
        old.status = "cancelled";
        old.rescheduledToUid = moved.uid;
        stamp(old);
        stamp(moved);
        bookings.put(moved.uid, moved);
        return moved;
    }

    private void stamp(Booking b) {
        Instant now = clock.get().truncatedTo(ChronoUnit.MILLIS);
        if (b.createdAt == null) {
            b.createdAt = now;
        }
        b.updatedAt = now;
    }

    /** Lists answer at most this many bookings per page. */
    synchronized void maxPageSize(int n) {
        this.maxPageSize = n;
    }

    static Predicate<Recorded> request(String method, String path) {
        return r -> r.is(method, path);
    }

    static Predicate<Recorded> anyRequest() {
        return r -> true;
    }

    synchronized EventType addEventType(long id, String slug, String title, int length, String owner) {
        EventType t = new EventType(id, slug, title, length, false, "", owner);
        eventTypes.put(id, t);
        return t;
    }

    /** A booking made elsewhere (by a customer on Cal.com's booking page), hosted by the event type's owner. */
    synchronized Booking addBooking(long eventTypeId, Instant start, Instant end, String status,
            Map<String, String> metadata) {
        EventType t = eventTypes.get(eventTypeId);
        return addBooking(eventTypeId, start, end, status, metadata, t == null ? List.of() : List.of(t.owner));
    }

    /** A booking made elsewhere with these hosts. */
    synchronized Booking addBooking(long eventTypeId, Instant start, Instant end, String status,
            Map<String, String> metadata, List<String> hosts) {
        ObjectNode meta = JSON.createObjectNode();
        metadata.forEach(meta::put);
        long id = nextBookingId++;
        Booking b = new Booking(id, uid(id), eventTypeId, start, end, meta,
                JSON.createObjectNode().put("name", "Walk-in").put("email", "walk-in@example.com")
                        .put("timeZone", "Europe/Berlin"), JSON.createObjectNode(), List.copyOf(hosts));
        b.status = status;
        stamp(b);
        bookings.put(b.uid, b);
        return b;
    }

    // ---------------------------------------------------------------- inspection

    List<Recorded> requests() {
        return List.copyOf(recorded);
    }

    List<Recorded> requests(String method, String path) {
        return recorded.stream().filter(r -> r.is(method, path)).toList();
    }

    /** Requests whose path starts with the prefix (e.g. all under {@code /v2/event-types}). */
    List<Recorded> requestsUnder(String method, String prefix) {
        return recorded.stream().filter(r -> r.method.equals(method) && r.path.startsWith(prefix)).toList();
    }

    void clearRecorded() {
        recorded.clear();
    }

    synchronized List<Booking> bookings() {
        return List.copyOf(bookings.values());
    }

    synchronized Booking booking(String uid) {
        return bookings.get(uid);
    }

    /** Active bookings made by Termin for the appointment and segment. */
    synchronized List<Booking> activeFor(String appointment, String segmentKey) {
        return bookings.values().stream().filter(Booking::isActive)
                .filter(b -> appointment.equals(b.meta("terminAppointmentId"))
                        && segmentKey.equals(b.meta("terminSegmentKey")))
                .toList();
    }

    synchronized List<EventType> eventTypes() {
        return List.copyOf(eventTypes.values());
    }

    synchronized EventType eventType(long id) {
        return eventTypes.get(id);
    }

    synchronized EventType eventTypeBySlug(String slug) {
        return eventTypes.values().stream().filter(t -> t.slug.equals(slug)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- dispatch

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        Recorded r = new Recorded(request.getMethod(), url.encodedPath(), query, request.getHeader("Authorization"),
                request.getHeader("cal-api-version"), request.getBody().clone().readUtf8(), System.nanoTime());
        recorded.add(r);
        Fault fault = faultFor(r);
        if (fault != null && !fault.doesTheWork()) {
            return switch (fault.kind()) {
                case "disconnect" -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
                case "no_response" -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
                default -> {
                    MockResponse m = error(fault.status(), fault.code(), fault.message(), r.path);
                    yield fault.retryAfter() == null ? m : m.setHeader("Retry-After", fault.retryAfter());
                }
            };
        }
        MockResponse answer;
        synchronized (this) {
            answer = handle(r);
        }
        if (fault == null) {
            return answer;
        }
        return fault.kind().equals("slow") ? answer.setHeadersDelay(fault.delayMillis(), TimeUnit.MILLISECONDS)
                : new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }

    private synchronized Fault faultFor(Recorded r) {
        if (down != null) {
            return down;
        }
        for (Iterator<Rule> it = rules.iterator(); it.hasNext();) {
            Rule rule = it.next();
            if (rule.when().test(r)) {
                if (--rule.remaining()[0] <= 0) {
                    it.remove();
                }
                return rule.fault();
            }
        }
        return null;
    }

    private MockResponse handle(Recorded r) {
        if (!("Bearer " + API_KEY).equals(r.authorization)) {
            return error(401, "UnauthorizedException", "Invalid Access Token.", r.path);
        }
        String family = r.path.startsWith("/v2/bookings") ? "2024-08-13"
                : r.path.startsWith("/v2/event-types") ? "2024-06-14"
                : r.path.startsWith("/v2/slots") ? "2024-09-04" : null;
        if (family != null && !family.equals(r.version)) {
            return error(400, "BadRequestException", "this fake serves " + r.path + " only with cal-api-version "
                    + family + ", got " + r.version, r.path);
        }
        String[] p = Arrays.stream(r.path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        try {
            if (p.length >= 2 && p[1].equals("bookings")) {
                if (p.length == 2 && r.method.equals("POST")) {
                    return createBooking(r);
                }
                if (p.length == 2 && r.method.equals("GET")) {
                    return listBookings(r);
                }
                if (p.length == 3 && r.method.equals("GET")) {
                    Booking b = bookings.get(p[2]);
                    return b == null ? bookingNotFound(p[2], r) : ok(200, bookingJson(b));
                }
                if (p.length == 4 && r.method.equals("POST") && p[3].equals("cancel")) {
                    return cancel(p[2], r);
                }
                if (p.length == 4 && r.method.equals("POST") && p[3].equals("reschedule")) {
                    return reschedule(p[2], r);
                }
            }
            if (p.length >= 2 && p[1].equals("event-types")) {
                if (p.length == 2 && r.method.equals("GET")) {
                    return listEventTypes(r);
                }
                if (p.length == 2 && r.method.equals("POST")) {
                    return createEventType(r);
                }
                if (p.length == 3 && (r.method.equals("PATCH") || r.method.equals("DELETE"))) {
                    return changeEventType(Long.parseLong(p[2]), r);
                }
            }
        } catch (BadRequest e) {
            return error(400, "BadRequestException", e.getMessage(), r.path);
        }
        return error(404, "NotFoundException", "Cannot " + r.method + " " + r.path, r.path);
    }

    private MockResponse createBooking(Recorded r) {
        JsonNode body = r.json();
        Instant start = instant(body.path("start").asText(""), "start");
        long eventTypeId = body.path("eventTypeId").asLong(0);
        EventType t = eventTypes.get(eventTypeId);
        if (t == null) {
            return error(404, "NotFoundException", "Event type with id=" + eventTypeId + " not found", r.path);
        }
        JsonNode attendee = body.path("attendee");
        if (attendee.path("name").asText("").isBlank() || attendee.path("timeZone").asText("").isBlank()
                || (attendee.path("email").asText("").isBlank() && attendee.path("phoneNumber").asText("").isBlank())) {
            throw new BadRequest("attendee needs name, timeZone and email or phoneNumber");
        }
        JsonNode meta = body.path("metadata");
        ObjectNode metadata = JSON.createObjectNode();
        if (meta.isObject()) {
            if (meta.size() > 50) {
                throw new BadRequest("metadata: at most 50 keys");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().length() > 40 || e.getValue().asText().length() > 500) {
                    throw new BadRequest("metadata: keys at most 40, values at most 500 characters");
                }
                metadata.set(e.getKey(), e.getValue());
            }
        }
        long id = nextBookingId++;
        Booking b = new Booking(id, uid(id), eventTypeId, start, start.plus(Duration.ofMinutes(t.length)),
                metadata, attendee, body.path("bookingFieldsResponses"), List.of(t.owner));
        stamp(b);
        bookings.put(b.uid, b);
        return ok(201, bookingJson(b));
    }

    private MockResponse listBookings(Recorded r) {
        Map<String, String> q = r.query;
        Set<Long> eventTypeIds = q.containsKey("eventTypeIds")
                ? Arrays.stream(q.get("eventTypeIds").split(",")).map(Long::valueOf).collect(Collectors.toSet())
                : q.containsKey("eventTypeId") ? Set.of(Long.valueOf(q.get("eventTypeId"))) : null;
        Instant afterStart = q.containsKey("afterStart") ? instant(q.get("afterStart"), "afterStart") : null;
        Instant beforeEnd = q.containsKey("beforeEnd") ? instant(q.get("beforeEnd"), "beforeEnd") : null;
        Set<String> statuses = q.containsKey("status") ? Set.of(q.get("status").split(",")) : Set.of();
        int take = Math.min(Integer.parseInt(q.getOrDefault("take", "100")), maxPageSize);
        int skip = Integer.parseInt(q.getOrDefault("skip", "0"));
        Instant now = Instant.now();
        List<Booking> matching = bookings.values().stream()
                .filter(b -> eventTypeIds == null || eventTypeIds.contains(b.eventTypeId))
                .filter(b -> afterStart == null || !b.start.isBefore(afterStart))
                .filter(b -> beforeEnd == null || !b.end.isAfter(beforeEnd))
                .filter(b -> statuses.isEmpty() || statuses.stream().anyMatch(s -> hasStatus(b, s, now)))
                .sorted(Comparator.comparing((Booking b) -> b.start).thenComparing(b -> b.id))
                .toList();
        List<Booking> page = matching.stream().skip(skip).limit(take).toList();
        ArrayNode data = JSON.createArrayNode();
        page.forEach(b -> data.add(bookingJson(b)));
        ObjectNode envelope = JSON.createObjectNode().put("status", "success");
        envelope.set("data", data);
        int total = matching.size();
        envelope.putObject("pagination")
                .put("totalItems", total)
                .put("remainingItems", Math.max(0, total - skip - page.size()))
                .put("returnedItems", page.size())
                .put("itemsPerPage", take)
                .put("currentPage", take == 0 ? 1 : skip / take + 1)
                .put("totalPages", take == 0 ? 1 : (total + take - 1) / take)
                .put("hasNextPage", skip + page.size() < total)
                .put("hasPreviousPage", skip > 0);
        return json(200, envelope);
    }

    private static boolean hasStatus(Booking b, String filter, Instant now) {
        boolean past = b.end.isBefore(now);
        return switch (filter) {
            case "upcoming" -> !past && b.isActive();
            case "unconfirmed" -> !past && b.status.equals("pending");
            case "past" -> past && b.isActive();
            case "cancelled" -> b.status.equals("cancelled") || b.status.equals("rejected");
            default -> throw new BadRequest("unknown status " + filter);
        };
    }

    private MockResponse cancel(String uid, Recorded r) {
        Booking b = bookings.get(uid);
        if (b == null) {
            return bookingNotFound(uid, r);
        }
        if (b.status.equals("cancelled")) {
            throw new BadRequest("This booking has already been cancelled.");
        }
        b.status = "cancelled";
        b.cancellationReason = r.json().path("cancellationReason").asText(null);
        stamp(b);
        return ok(200, bookingJson(b));
    }

    private MockResponse reschedule(String uid, Recorded r) {
        Booking old = bookings.get(uid);
        if (old == null) {
            return bookingNotFound(uid, r);
        }
        if (!old.isActive()) {
            throw new BadRequest("Can't reschedule booking with uid=" + uid + " because it has been cancelled");
        }
        Instant start = instant(r.json().path("start").asText(""), "start");
        EventType t = eventTypes.get(old.eventTypeId);
        Duration length = t == null ? Duration.between(old.start, old.end) : Duration.ofMinutes(t.length);
        long id = nextBookingId++;
        Booking moved = new Booking(id, uid(id), old.eventTypeId, start, start.plus(length),
                old.metadata.deepCopy(), old.attendee, old.responses, old.hosts);
        moved.rescheduledFromUid = old.uid;
        moved.reschedulingReason = r.json().path("reschedulingReason").asText(null);
        old.status = "cancelled";
        old.rescheduledToUid = moved.uid;
        stamp(old);
        stamp(moved);
        bookings.put(moved.uid, moved);
        return ok(201, bookingJson(moved));
    }

    private MockResponse listEventTypes(Recorded r) {
        String username = r.query.get("username");
        ArrayNode data = JSON.createArrayNode();
        eventTypes.values().stream().filter(t -> username == null ? t.owner.equals(OWNER) : t.owner.equals(username))
                .forEach(t -> data.add(eventTypeJson(t)));
        ObjectNode envelope = JSON.createObjectNode().put("status", "success");
        envelope.set("data", data);
        return json(200, envelope);
    }

    private MockResponse createEventType(Recorded r) {
        JsonNode body = r.json();
        int length = body.path("lengthInMinutes").asInt(0);
        String title = body.path("title").asText("");
        String slug = body.path("slug").asText("");
        if (length <= 0 || title.isBlank() || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new BadRequest("lengthInMinutes, title and a valid slug are required");
        }
        if (eventTypes.values().stream().anyMatch(t -> t.owner.equals(OWNER) && t.slug.equals(slug))) {
            throw new BadRequest("User already has an event type with slug " + slug);
        }
        EventType t = new EventType(nextEventTypeId++, slug, title, length, body.path("hidden").asBoolean(false),
                body.path("description").asText(""), OWNER);
        eventTypes.put(t.id, t);
        return ok(201, eventTypeJson(t));
    }

    private MockResponse changeEventType(long id, Recorded r) {
        EventType t = eventTypes.get(id);
        if (t == null) {
            return error(404, "NotFoundException", "Event type with id=" + id + " not found", r.path);
        }
        if (r.method.equals("DELETE")) {
            eventTypes.remove(id);
            return ok(200, JSON.createObjectNode().put("id", t.id).put("lengthInMinutes", t.length)
                    .put("title", t.title).put("slug", t.slug));
        }
        JsonNode body = r.json();
        if (body.has("lengthInMinutes")) {
            t.length = body.path("lengthInMinutes").asInt();
        }
        if (body.has("title")) {
            t.title = body.path("title").asText();
        }
        if (body.has("hidden")) {
            t.hidden = body.path("hidden").asBoolean();
        }
        if (body.has("slug")) {
            t.slug = body.path("slug").asText();
        }
        return ok(200, eventTypeJson(t));
    }

    // ---------------------------------------------------------------- JSON

    private ObjectNode bookingJson(Booking b) {
        EventType t = eventTypes.get(b.eventTypeId);
        ObjectNode o = JSON.createObjectNode();
        o.put("id", b.id).put("uid", b.uid)
                .put("title", (t == null ? "Booking" : t.title) + " zwischen " + OWNER + " und "
                        + b.attendee.path("name").asText())
                .put("description", b.responses.path("notes").asText(""));
        ArrayNode hosts = o.putArray("hosts");
        b.hosts.forEach(h -> hosts.addObject().put("id", 1).put("name", h).put("email", h + "@example.com")
                .put("username", h).put("timeZone", "Europe/Berlin"));
        o.put("status", b.status).put("start", CAL_TIME.format(b.start)).put("end", CAL_TIME.format(b.end))
                .put("duration", Duration.between(b.start, b.end).toMinutes()).put("eventTypeId", b.eventTypeId);
        o.putObject("eventType").put("id", b.eventTypeId).put("slug", t == null ? "" : t.slug);
        o.put("location", "");
        o.set("metadata", b.metadata);
        o.putArray("attendees").add(b.attendee);
        o.putArray("guests");
        o.set("bookingFieldsResponses", b.responses);
        o.put("createdAt", CAL_TIME.format(b.createdAt));
        o.put("updatedAt", CAL_TIME.format(b.updatedAt));
        o.put("cancellationReason", b.cancellationReason).put("reschedulingReason", b.reschedulingReason)
                .put("rescheduledFromUid", b.rescheduledFromUid).put("rescheduledToUid", b.rescheduledToUid);
        return o;
    }

    private static ObjectNode eventTypeJson(EventType t) {
        return JSON.createObjectNode().put("id", t.id).put("lengthInMinutes", t.length).put("title", t.title)
                .put("slug", t.slug).put("description", t.description).put("hidden", t.hidden)
                .put("ownerId", t.owner.hashCode());
    }

    private static MockResponse ok(int status, JsonNode data) {
        ObjectNode envelope = JSON.createObjectNode().put("status", "success");
        envelope.set("data", data);
        return json(status, envelope);
    }

    private static MockResponse error(int status, String code, String message, String path) {
        ObjectNode envelope = JSON.createObjectNode().put("status", "error")
                .put("timestamp", CAL_TIME.format(Instant.now())).put("path", path);
        envelope.putObject("error").put("code", code).put("message", message).putObject("details");
        return json(status, envelope);
    }

    private static MockResponse json(int status, JsonNode body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }

    private MockResponse bookingNotFound(String uid, Recorded r) {
        return error(404, "NotFoundException", "Booking with uid=" + uid + " was not found in the database", r.path);
    }

    private static Instant instant(String text, String field) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            throw new BadRequest(field + " must be an ISO-8601 date-time in UTC");
        }
    }

    private static String uid(long id) {
        return "bk" + Long.toString(id * 7919 + 104729, 36);
    }

    static String describe(List<Recorded> requests) {
        return requests.stream().map(Recorded::toString).collect(Collectors.joining("\n"));
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
