package dev.termin.booking.adapter.calcom;

// Longer than most files here: the whole ExternalCalendar port for Cal.com (busy times, the booking saga per
// segment, reconciliation listing, circuit state) shares one client, cache and event-type mapping.

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.adapter.calcom.internal.ApiRequest;
import dev.termin.booking.adapter.calcom.internal.BookingMetadata;
import dev.termin.booking.adapter.calcom.internal.BookingsApi;
import dev.termin.booking.adapter.calcom.internal.BookingsApi.RemoteBooking;
import dev.termin.booking.adapter.calcom.internal.BusyCache;
import dev.termin.booking.adapter.calcom.internal.CalComClient;
import dev.termin.booking.adapter.calcom.internal.HttpClients;
import dev.termin.booking.adapter.calcom.internal.HttpResult;
import dev.termin.booking.adapter.calcom.internal.CalComJson;
import dev.termin.booking.adapter.calcom.internal.MalformedResponseException;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ExternalCalendar} on Cal.com API v2, for one or more tenants, each with its own {@link CalComConfig}
 * (account, key, event types, resilience settings) and circuit breaker.
 *
 * <ul>
 *   <li>Busy times are the active bookings ({@code GET /v2/bookings}, one request with all relevant
 *       {@code eventTypeIds}) of the staff members' own event types, the shared service event types and the segment
 *       event types. A booking Termin made counts for the staff member in its metadata; another booking for the
 *       owner of its event type or, on a shared event type, for the staff members among its hosts. Busy times are
 *       cached briefly per tenant; a create, cancel or reschedule clears the tenant's cache.</li>
 *   <li>{@link #create} books a plain service on its mapped event type and a composite service's segment on its
 *       segment event type ({@link SegmentEventTypes}), with the appointment id and segment key in the booking's
 *       metadata. It first looks for a booking already made for them (a lost response, or a repeated call) and
 *       returns that one instead of booking twice.</li>
 *   <li>{@link #cancel} of an already cancelled booking succeeds; {@link #reschedule} returns the new booking's uid.</li>
 *   <li>Network failures, timeouts, 5xx and 429 are retried; what still fails, and every call while the circuit is
 *       open, is {@code Unreachable}. A 4xx answer is {@code Rejected} with Cal.com's status, error code and
 *       message, and never retried. A tenant without configuration gets {@code Rejected} 501
 *       {@value #NOT_CONFIGURED}.</li>
 * </ul>
 *
 * <p>Thread-safe; all tenants share one HTTP client.
 */
public final class CalComCalendar implements ExternalCalendar {

    /** The error code for a tenant without Cal.com configuration. */
    public static final String NOT_CONFIGURED = "not_configured";
    /** The error code for a plain service without a mapped event type. */
    public static final String NOT_MAPPED = "event_type_not_mapped";

    private static final Logger log = LoggerFactory.getLogger(CalComCalendar.class);
    /** How far before and after a range bookings are listed, so bookings overlapping its edges are seen. */
    private static final Duration LOOKAROUND = Duration.ofHours(12);
    private static final List<String> BUSY_STATUSES = List.of("upcoming", "unconfirmed");
    private static final String RESCHEDULE_REASON = "Termin: appointment moved";

    private final Map<TenantId, CalComClient> clients;
    private final SegmentEventTypes segments;
    private final BusyCache cache;
    private final Clock clock;

    private CalComCalendar(Builder b) {
        Map<TenantId, CalComClient> byTenant = new LinkedHashMap<>();
        for (CalComConfig c : b.configs.values()) {
            byTenant.put(c.tenant(),
                    new CalComClient(c, HttpClients.withCallTimeout(c.account().callTimeout()), b.clock));
        }
        this.clients = Map.copyOf(byTenant);
        this.segments = new SegmentEventTypes(t -> Optional.ofNullable(clients.get(t)), b.store);
        this.cache = new BusyCache(b.clock);
        this.clock = b.clock;
    }

    /** A calendar for these tenants, with an in-memory segment event type store and the system clock. */
    public static CalComCalendar create(CalComConfig... tenants) {
        Builder b = builder();
        for (CalComConfig c : tenants) {
            b.tenant(c);
        }
        return b.build();
    }

    /** A builder; not thread-safe. Defaults: no tenants, {@link InMemorySegmentEventTypeStore}, system UTC clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tenants this calendar serves. */
    public Set<TenantId> tenants() {
        return new TreeSet<>(clients.keySet());
    }

    /** The segment event types of composite services, for ensure, rebuild and drift checks. */
    public SegmentEventTypes segmentEventTypes() {
        return segments;
    }

    @Override
    public CalendarOutcome<List<ExternalBusy>> busyTimes(TenantId tenant, Collection<StaffId> staff,
            TimeInterval range) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(range, "range");
        CalComClient client = clients.get(tenant);
        if (client == null) {
            return notConfigured(tenant);
        }
        Set<StaffId> wanted = Set.copyOf(staff);
        if (wanted.isEmpty()) {
            return CalendarOutcome.busy(List.of());
        }
        Optional<List<ExternalBusy>> cached = cache.get(tenant, wanted, range);
        if (cached.isPresent()) {
            return CalendarOutcome.busy(cached.get());
        }
        long generation = cache.generation(tenant);
        EventTypeMapping mapping = client.config().eventTypes();
        Map<Long, Set<StaffId>> owners = new LinkedHashMap<>();
        Map<String, StaffId> byUsername = new LinkedHashMap<>();
        for (StaffId s : new TreeSet<>(wanted)) {
            mapping.ownEventTypes(s).forEach(id -> owners.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(s));
            mapping.username(s).ifPresent(u -> byUsername.put(u, s));
        }
        CalendarOutcome<Set<Long>> segmentTypes = segments.eventTypeIds(client, tenant);
        if (!(segmentTypes instanceof CalendarOutcome.Done<Set<Long>> st)) {
            return CalComClient.retype(segmentTypes);
        }
        Set<Long> eventTypes = new TreeSet<>(owners.keySet());
        eventTypes.addAll(mapping.sharedEventTypes());
        eventTypes.addAll(st.value());
        if (eventTypes.isEmpty()) {
            return CalendarOutcome.busy(List.of());
        }
        Map<String, String> filter = BookingsApi.filter(eventTypes, range.start().minus(LOOKAROUND),
                range.end().plus(LOOKAROUND), BUSY_STATUSES);
        CalendarOutcome<List<RemoteBooking>> listed = client.call("busy times",
                () -> BookingsApi.listAll(client, filter), BookingsApi::bookings);
        if (!(listed instanceof CalendarOutcome.Done<List<RemoteBooking>> done)) {
            return CalComClient.retype(listed);
        }
        List<ExternalBusy> busy = new ArrayList<>();
        for (RemoteBooking rb : done.value()) {
            if (!rb.isActive() || !rb.end().isAfter(rb.start()) || !eventTypes.contains(rb.eventTypeId())) {
                continue;
            }
            TimeInterval interval = TimeInterval.of(rb.start(), rb.end());
            if (interval.overlaps(range)) {
                attribute(rb, tenant, wanted, owners, byUsername)
                        .forEach(s -> busy.add(new ExternalBusy(s, interval, rb.uid())));
            }
        }
        busy.sort(Comparator.comparing(ExternalBusy::staff).thenComparing(ExternalBusy::interval)
                .thenComparing(ExternalBusy::reference));
        cache.put(tenant, wanted, range, busy, client.config().cache().busyTimesTtl(), generation);
        return CalendarOutcome.busy(busy);
    }

    /**
     * Every booking on the tenant's mapped and segment event types starting in {@code range}, in any status
     * ({@code GET /v2/bookings} without a status filter, paged), for reconciliation.
     */
    @Override
    public CalendarOutcome<List<ExternalBookingState>> bookings(TenantId tenant, TimeInterval range) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(range, "range");
        CalComClient client = clients.get(tenant);
        if (client == null) {
            return notConfigured(tenant);
        }
        return BookingListing.list(client, segments.eventTypeIds(client, tenant), range, clock.instant());
    }

    /** The configuration of the tenant, if this calendar serves it. */
    Optional<CalComConfig> config(TenantId tenant) {
        return Optional.ofNullable(clients.get(tenant)).map(CalComClient::config);
    }

    @Override
    public CalendarOutcome<String> create(ExternalBooking booking) {
        Objects.requireNonNull(booking, "booking");
        CalComClient client = clients.get(booking.tenant());
        if (client == null) {
            return notConfigured(booking.tenant());
        }
        CalendarOutcome<Long> eventType = eventTypeFor(client, booking);
        if (!(eventType instanceof CalendarOutcome.Done<Long> et)) {
            return CalComClient.retype(eventType);
        }
        long eventTypeId = et.value();
        AtomicBoolean lookFirst = new AtomicBoolean(true);
        CalendarOutcome<String> made = client.call("create booking", () -> {
            if (lookFirst.get()) {
                HttpResult found = findMade(client, booking, eventTypeId, null);
                if (!found.isSuccess() || found.data().has("uid")) {
                    return found;
                }
                lookFirst.set(false);
            }
            HttpResult r = sendUncertain(client, BookingsApi.create(booking, eventTypeId, client.config()), lookFirst);
            if (r.isSuccess()) {
                warnOnLengthMismatch(r, booking, eventTypeId);
            }
            return r;
        }, BookingsApi::uid);
        if (made instanceof CalendarOutcome.Done<String> done) {
            cache.invalidate(booking.tenant());
            log.debug("Cal.com booking {} for appointment {} segment {} ({})", done.value(), booking.appointment(),
                    booking.segmentKey(), booking.label());
        }
        return made;
    }

    /** Cal.com takes a booking's length from its event type; a different length is a mapping mistake worth a log. */
    private static void warnOnLengthMismatch(HttpResult answer, ExternalBooking booking, long eventTypeId) {
        CalComJson.instant(answer.data(), "end").filter(end -> !end.equals(booking.interval().end())).ifPresent(end ->
                log.warn("Cal.com event type {} booked {} for appointment {} segment {} until {}, but Termin's "
                        + "segment ends at {}: the event type's length differs from the service's duration",
                        eventTypeId, CalComJson.text(answer.data(), "uid").orElse("?"), booking.appointment(),
                        booking.segmentKey(), end, booking.interval().end()));
    }

    @Override
    public CalendarOutcome<Void> cancel(TenantId tenant, String externalId, String reason) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(externalId, "externalId");
        CalComClient client = clients.get(tenant);
        if (client == null) {
            return notConfigured(tenant);
        }
        CalendarOutcome<HttpResult> answer = client.execute("cancel booking",
                () -> client.send(BookingsApi.cancel(externalId, reason)));
        if (answer instanceof CalendarOutcome.Done<HttpResult> done && isRefusal(done.value())) {
            // Cal.com refuses to cancel a cancelled booking; that is the outcome we want
            CalendarOutcome<Boolean> cancelled = client.call("look up booking",
                    () -> client.send(BookingsApi.get(externalId)), BookingsApi::isCancelled);
            if (cancelled instanceof CalendarOutcome.Done<Boolean> c && c.value()) {
                cache.invalidate(tenant);
                return new CalendarOutcome.Done<>(null);
            }
        }
        CalendarOutcome<Void> result = CalComClient.map("cancel booking", answer, r -> null);
        if (result instanceof CalendarOutcome.Done<Void>) {
            cache.invalidate(tenant);
        }
        return result;
    }

    @Override
    public CalendarOutcome<String> reschedule(TenantId tenant, String externalId, ExternalBooking moved) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(moved, "moved");
        CalComClient client = clients.get(tenant);
        if (client == null) {
            return notConfigured(tenant);
        }
        CalendarOutcome<Long> eventType = eventTypeFor(client, moved);
        if (!(eventType instanceof CalendarOutcome.Done<Long> et)) {
            return CalComClient.retype(eventType);
        }
        long eventTypeId = et.value();
        AtomicBoolean lookFirst = new AtomicBoolean(false);
        CalendarOutcome<HttpResult> answer = client.execute("reschedule booking", () -> {
            if (lookFirst.get()) {
                HttpResult found = findMade(client, moved, eventTypeId, externalId);
                if (!found.isSuccess() || found.data().has("uid")) {
                    return found;
                }
                lookFirst.set(false);
            }
            return sendUncertain(client, BookingsApi.reschedule(externalId, moved.interval().start(),
                    RESCHEDULE_REASON), lookFirst);
        });
        if (answer instanceof CalendarOutcome.Done<HttpResult> done && isRefusal(done.value())) {
            // a repeated reschedule: the booking was moved already (its successor carries the same metadata)
            CalendarOutcome<HttpResult> found = client.execute("look up booking",
                    () -> findMade(client, moved, eventTypeId, externalId));
            if (found instanceof CalendarOutcome.Done<HttpResult> f && f.value().data().has("uid")) {
                answer = found;
            }
        }
        CalendarOutcome<String> result = CalComClient.map("reschedule booking", answer, BookingsApi::uid);
        if (result instanceof CalendarOutcome.Done<String>) {
            cache.invalidate(tenant);
        }
        return result;
    }

    /**
     * Ensures the segment event types of every branch of a configured tenant; the first failure is returned (the
     * drift check catches up later). Tenants without Cal.com configuration are left alone.
     */
    @Override
    public CalendarOutcome<Void> servicesChanged(TenantId tenant, List<BranchId> branches, List<Service> services) {
        if (!clients.containsKey(tenant)) {
            return new CalendarOutcome.Done<>(null);
        }
        for (BranchId branch : branches) {
            CalendarOutcome<EnsureReport> outcome = segments.ensure(tenant, branch, services);
            if (!(outcome instanceof CalendarOutcome.Done<?>)) {
                return CalComClient.retype(outcome);
            }
        }
        return new CalendarOutcome.Done<>(null);
    }

    /**
     * The worst breaker state over all tenants ({@code OPEN} before {@code HALF_OPEN} before {@code CLOSED});
     * {@code NOT_CONFIGURED} without tenants.
     */
    @Override
    public CircuitState circuitState() {
        CircuitState worst = clients.isEmpty() ? CircuitState.NOT_CONFIGURED : CircuitState.CLOSED;
        for (CalComClient c : clients.values()) {
            CircuitState s = c.circuitState();
            if (s == CircuitState.OPEN) {
                return s;
            }
            if (s == CircuitState.HALF_OPEN) {
                worst = s;
            }
        }
        return worst;
    }

    /** The tenant's breaker state; {@code NOT_CONFIGURED} for a tenant without configuration. */
    @Override
    public CircuitState circuitState(TenantId tenant) {
        CalComClient c = clients.get(Objects.requireNonNull(tenant, "tenant"));
        return c == null ? CircuitState.NOT_CONFIGURED : c.circuitState();
    }

    /**
     * Whose time a booking takes: the staff member in the metadata of a booking Termin made for this tenant, else
     * the owner of the event type, else the staff members among the booking's hosts.
     */
    private static Set<StaffId> attribute(RemoteBooking rb, TenantId tenant, Set<StaffId> wanted,
            Map<Long, Set<StaffId>> owners, Map<String, StaffId> byUsername) {
        if (BookingMetadata.madeFor(rb.metadata(), tenant)) {
            Optional<StaffId> staff = BookingMetadata.staff(rb.metadata());
            if (staff.isPresent()) {
                return wanted.contains(staff.get()) ? Set.of(staff.get()) : Set.of();
            }
        }
        Set<StaffId> owner = owners.get(rb.eventTypeId());
        if (owner != null) {
            return owner;
        }
        Set<StaffId> hosts = new LinkedHashSet<>();
        for (String host : rb.hostUsernames()) {
            if (byUsername.containsKey(host)) {
                hosts.add(byUsername.get(host));
            }
        }
        return hosts;
    }

    static <T> CalendarOutcome<T> notConfigured(TenantId tenant) {
        return new CalendarOutcome.Rejected<>(501, NOT_CONFIGURED, "no Cal.com account is configured for tenant "
                + tenant);
    }

    /** Plain services book their mapped event type; composite segments their segment event type. */
    private CalendarOutcome<Long> eventTypeFor(CalComClient client, ExternalBooking b) {
        if (b.total() == 1 && "main".equals(b.segmentKey())) {
            return client.config().eventTypes().eventTypeFor(b.service(), b.staff())
                    .<CalendarOutcome<Long>>map(CalendarOutcome.Done::new)
                    .orElseGet(() -> new CalendarOutcome.Rejected<>(422, NOT_MAPPED, "no Cal.com event type is mapped"
                            + " for service " + b.service() + " with staff " + b.staff()));
        }
        return segments.resolve(client, b.tenant(), b.branch(), b.service(), b.segmentKey(), b.segmentName(),
                (int) b.interval().duration().toMinutes());
    }

    /**
     * Sends a request that makes a booking. When its answer is lost (network error, timeout, unreadable success,
     * 5xx) the booking may exist, so the next attempt looks it up first.
     */
    private static HttpResult sendUncertain(CalComClient client, ApiRequest request, AtomicBoolean lookFirst)
            throws IOException {
        try {
            HttpResult r = client.send(request);
            if (r.isServerError()) {
                lookFirst.set(true);
            } else if (r.isSuccess() && CalComJson.text(r.data(), "uid").isEmpty()) {
                throw new MalformedResponseException(request + ": answer without booking uid");
            }
            return r;
        } catch (IOException e) {
            lookFirst.set(true);
            throw e;
        }
    }

    /**
     * Looks for an active booking Termin made for the same tenant, appointment and segment at the same start on the
     * event type (other than {@code exceptUid}). A success whose data has the {@code uid} when found, a success
     * without it when not, or the failed answer.
     */
    private static HttpResult findMade(CalComClient client, ExternalBooking b, long eventTypeId, String exceptUid)
            throws IOException {
        HttpResult listing = BookingsApi.listAll(client, BookingsApi.filter(eventTypeId, b.interval().start(),
                b.interval().start().plus(LOOKAROUND)));
        if (!listing.isSuccess()) {
            return listing;
        }
        List<RemoteBooking> bookings;
        try {
            bookings = BookingsApi.bookings(listing);
        } catch (IllegalStateException e) {
            throw new MalformedResponseException("GET " + BookingsApi.PATH + ": " + e.getMessage(), e);
        }
        ObjectNode data = CalComJson.object();
        for (RemoteBooking rb : bookings) {
            if (rb.isActive() && rb.start().equals(b.interval().start()) && !rb.uid().equals(exceptUid)
                    && BookingMetadata.matches(rb.metadata(), b.tenant(), b.appointment(), b.segmentKey())) {
                log.info("Cal.com booking {} already made for appointment {} segment {}; not booking again",
                        rb.uid(), b.appointment(), b.segmentKey());
                data.put("uid", rb.uid());
                break;
            }
        }
        return HttpResult.success(data);
    }

    /** A 4xx that may mean "already done" (not an authorisation problem or rate limit). */
    private static boolean isRefusal(HttpResult r) {
        return r.status() >= 400 && r.status() < 500 && r.status() != 401 && r.status() != 403
                && r.status() != 429;
    }

    /** Builds a {@link CalComCalendar}; not thread-safe. */
    public static final class Builder {
        private final Map<TenantId, CalComConfig> configs = new LinkedHashMap<>();
        private SegmentEventTypeStore store = new InMemorySegmentEventTypeStore();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @throws IllegalArgumentException if the tenant was added already */
        public Builder tenant(CalComConfig config) {
            Objects.requireNonNull(config, "config");
            if (configs.putIfAbsent(config.tenant(), config) != null) {
                throw new IllegalArgumentException("tenant " + config.tenant() + " is configured twice");
            }
            return this;
        }

        public Builder segmentEventTypeStore(SegmentEventTypeStore segmentStore) {
            this.store = Objects.requireNonNull(segmentStore, "segmentStore");
            return this;
        }

        /** The clock of the busy-time cache and of {@code Retry-After} dates. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        public CalComCalendar build() {
            return new CalComCalendar(this);
        }
    }
}
