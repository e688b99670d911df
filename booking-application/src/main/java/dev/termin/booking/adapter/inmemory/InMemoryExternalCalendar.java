package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fake {@link ExternalCalendar} for tests and demos that keeps its bookings in memory and can be told to fail.
 *
 * <p>{@link #create} is idempotent per tenant, appointment and segment key (the active booking made for them is
 * returned again); {@link #cancel} of a cancelled booking succeeds; {@link #reschedule} makes a new booking with a
 * new id and marks the old one rescheduled (repeating the same reschedule on the old id returns the new id).
 * {@link #busyTimes} reports the tenant's active bookings plus the busy times added with {@link #addBusy} (for
 * every tenant). An unknown id, or another tenant's, is {@code Rejected} with status 404 and code
 * {@code not_found}.
 *
 * <p>Failure injection: {@link #failNextCreates}, {@link #failCreateOfSegment}, {@link #loseNextCreateResponses},
 * {@link #setUnreachable}; {@link #clearFailures} undoes them all. By default nothing fails and the circuit is
 * {@code CLOSED}.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryExternalCalendar implements ExternalCalendar {

    /** The error code of injected rejections. */
    public static final String INJECTED_FAILURE = "injected_failure";

    /** The state of a booking in the fake calendar. */
    public enum Status {
        ACTIVE, CANCELLED, RESCHEDULED
    }

    /** A booking made in the fake calendar. Immutable. */
    public record Booking(
            String externalId,
            TenantId tenant,
            AppointmentId appointment,
            String segmentKey,
            String label,
            StaffId staff,
            TimeInterval interval,
            String correlationId,
            Status status,
            Optional<String> rescheduledTo,
            Optional<String> cancellationReason) {

        Booking withStatus(Status newStatus, Optional<String> to, Optional<String> reason) {
            return new Booking(externalId, tenant, appointment, segmentKey, label, staff, interval, correlationId,
                    newStatus, to, reason);
        }
    }

    private record SegmentRef(TenantId tenant, AppointmentId appointment, String segmentKey) {
    }

    private final Map<String, Booking> bookings = new LinkedHashMap<>();
    private final Map<SegmentRef, String> bySegment = new HashMap<>();
    private final List<ExternalBusy> addedBusy = new ArrayList<>();
    private final Set<String> rejectedSegments = new HashSet<>();
    private long sequence;
    private int createCalls;
    private int cancelCalls;
    private int failingCreates;
    private boolean failingCreatesUnreachable;
    private int lostResponses;
    private boolean unreachable;

    /** An empty calendar that answers every call. */
    public InMemoryExternalCalendar() {
    }

    @Override
    public synchronized CalendarOutcome<List<ExternalBusy>> busyTimes(TenantId tenant, Collection<StaffId> staff,
            TimeInterval range) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(range, "range");
        Set<StaffId> wanted = Set.copyOf(staff);
        if (unreachable) {
            return new CalendarOutcome.Unreachable<>("calendar unreachable (simulated)");
        }
        List<ExternalBusy> busy = new ArrayList<>();
        for (Booking b : bookings.values()) {
            if (b.status() == Status.ACTIVE && b.tenant().equals(tenant) && wanted.contains(b.staff())
                    && b.interval().overlaps(range)) {
                busy.add(new ExternalBusy(b.staff(), b.interval(), b.externalId()));
            }
        }
        for (ExternalBusy b : addedBusy) {
            if (wanted.contains(b.staff()) && b.interval().overlaps(range)) {
                busy.add(b);
            }
        }
        return CalendarOutcome.busy(busy);
    }

    @Override
    public synchronized CalendarOutcome<String> create(ExternalBooking booking) {
        Objects.requireNonNull(booking, "booking");
        createCalls++;
        if (unreachable) {
            return new CalendarOutcome.Unreachable<>("calendar unreachable (simulated)");
        }
        if (failingCreates > 0) {
            failingCreates--;
            return failingCreatesUnreachable
                    ? new CalendarOutcome.Unreachable<>("create failed (simulated)")
                    : new CalendarOutcome.Rejected<>(400, INJECTED_FAILURE, "create rejected (simulated)");
        }
        if (rejectedSegments.contains(booking.segmentKey())) {
            return new CalendarOutcome.Rejected<>(422, INJECTED_FAILURE,
                    "segment " + booking.segmentKey() + " rejected (simulated)");
        }
        SegmentRef ref = new SegmentRef(booking.tenant(), booking.appointment(), booking.segmentKey());
        String existing = bySegment.get(ref);
        if (existing != null && bookings.get(existing).status() == Status.ACTIVE) {
            return new CalendarOutcome.Done<>(existing);
        }
        String id = book(booking);
        if (lostResponses > 0) {
            lostResponses--;
            return new CalendarOutcome.Unreachable<>("response lost after booking (simulated)");
        }
        return new CalendarOutcome.Done<>(id);
    }

    @Override
    public synchronized CalendarOutcome<Void> cancel(TenantId tenant, String externalId, String reason) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(externalId, "externalId");
        cancelCalls++;
        if (unreachable) {
            return new CalendarOutcome.Unreachable<>("calendar unreachable (simulated)");
        }
        Booking b = bookings.get(externalId);
        if (b == null || !b.tenant().equals(tenant)) {
            return notFound(externalId);
        }
        if (b.status() == Status.ACTIVE) {
            bookings.put(externalId, b.withStatus(Status.CANCELLED, Optional.empty(), Optional.ofNullable(reason)));
        }
        return new CalendarOutcome.Done<>(null);
    }

    @Override
    public synchronized CalendarOutcome<String> reschedule(TenantId tenant, String externalId,
            ExternalBooking moved) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(moved, "moved");
        if (unreachable) {
            return new CalendarOutcome.Unreachable<>("calendar unreachable (simulated)");
        }
        Booking b = bookings.get(externalId);
        if (b == null || !b.tenant().equals(tenant)) {
            return notFound(externalId);
        }
        if (b.status() == Status.CANCELLED) {
            return new CalendarOutcome.Rejected<>(400, "booking_cancelled", "booking " + externalId
                    + " is cancelled");
        }
        if (b.status() == Status.RESCHEDULED) {
            Booking next = bookings.get(b.rescheduledTo().orElseThrow());
            if (next.status() == Status.ACTIVE && next.interval().equals(moved.interval())
                    && next.staff().equals(moved.staff())) {
                return new CalendarOutcome.Done<>(next.externalId());
            }
            return new CalendarOutcome.Rejected<>(400, "already_rescheduled", "booking " + externalId
                    + " was rescheduled");
        }
        String id = book(moved);
        bookings.put(externalId, b.withStatus(Status.RESCHEDULED, Optional.of(id), Optional.empty()));
        return new CalendarOutcome.Done<>(id);
    }

    @Override
    public synchronized CircuitState circuitState() {
        return unreachable ? CircuitState.OPEN : CircuitState.CLOSED;
    }

    /** Adds time the staff member is busy in the calendar, for every tenant. */
    public synchronized void addBusy(StaffId staff, TimeInterval interval) {
        addedBusy.add(new ExternalBusy(staff, interval, "busy-" + (++sequence)));
    }

    /** The next {@code n} creates fail: unreachable, or rejected with code {@value #INJECTED_FAILURE}. */
    public synchronized void failNextCreates(int n, boolean asUnreachable) {
        if (n < 0) {
            throw new IllegalArgumentException("'n' must not be negative");
        }
        failingCreates = n;
        failingCreatesUnreachable = asUnreachable;
    }

    /** Every create of a segment with this key is rejected (422, {@value #INJECTED_FAILURE}) until cleared. */
    public synchronized void failCreateOfSegment(String segmentKey) {
        rejectedSegments.add(Objects.requireNonNull(segmentKey, "segmentKey"));
    }

    /** The next {@code n} creates make the booking but answer unreachable, as if the response was lost. */
    public synchronized void loseNextCreateResponses(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("'n' must not be negative");
        }
        lostResponses = n;
    }

    /** While true every call is unreachable and the circuit reports {@code OPEN}. */
    public synchronized void setUnreachable(boolean value) {
        unreachable = value;
    }

    /** Ends every injected failure. */
    public synchronized void clearFailures() {
        failingCreates = 0;
        lostResponses = 0;
        rejectedSegments.clear();
        unreachable = false;
    }

    /** Bookings not cancelled or rescheduled, in the order they were made. */
    public synchronized List<Booking> activeBookings() {
        return bookings.values().stream().filter(b -> b.status() == Status.ACTIVE).toList();
    }

    /** Every booking ever made, in the order they were made. */
    public synchronized List<Booking> allBookings() {
        return List.copyOf(bookings.values());
    }

    /** How often {@link #create} was called, failures and repeats included. */
    public synchronized int createCalls() {
        return createCalls;
    }

    /** How often {@link #cancel} was called. */
    public synchronized int cancelCalls() {
        return cancelCalls;
    }

    private String book(ExternalBooking booking) {
        String id = "ext-" + (++sequence);
        bookings.put(id, new Booking(id, booking.tenant(), booking.appointment(), booking.segmentKey(),
                booking.label(), booking.staff(), booking.interval(), booking.correlationId(), Status.ACTIVE,
                Optional.empty(), Optional.empty()));
        bySegment.put(new SegmentRef(booking.tenant(), booking.appointment(), booking.segmentKey()), id);
        return id;
    }

    private static <T> CalendarOutcome<T> notFound(String externalId) {
        return new CalendarOutcome.Rejected<>(404, "not_found", "no booking " + externalId);
    }
}
