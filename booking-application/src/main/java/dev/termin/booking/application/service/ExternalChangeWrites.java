package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.ExternalChangeOutcome.Action;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.ExternalBookingRecord;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The writes behind {@link ExternalChangesService}: import, cancel, move, relink and flag, each through
 * {@link BookingWriter} (so the store's no-overlap guarantee holds for external changes too), each recording the
 * change in the {@link ExternalBookingLedger} in the same transaction. Thread-safe.
 */
final class ExternalChangeWrites {

    private static final String CANCEL_REASON = "Cancelled in the external calendar";

    private final AppointmentRepository appointments;
    private final CatalogueRepository catalogue;
    private final ExternalBookingLedger ledger;
    private final Outbox outbox;
    private final BookingWriter writer;
    private final BookingSupport support;
    private final WaitlistService waitlist;
    private final FlowRecorder flow;
    private final IdGenerator ids;

    ExternalChangeWrites(AppointmentRepository appointments, CatalogueRepository catalogue,
            ExternalBookingLedger ledger, Outbox outbox, BookingWriter writer, BookingSupport support,
            WaitlistService waitlist, FlowRecorder flow, IdGenerator ids) {
        this.appointments = appointments;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.outbox = outbox;
        this.writer = writer;
        this.support = support;
        this.waitlist = waitlist;
        this.flow = flow;
        this.ids = ids;
    }

    /** Makes an appointment of a booking made directly in the calendar, or flags what it overlaps. */
    Result<ExternalChangeOutcome> importBooking(ExternalBookingState c) {
        TenantId tenant = c.tenant();
        Optional<Staff> staff = c.staff().flatMap(s -> catalogue.findStaff(tenant, s));
        if (staff.isEmpty() || c.attendee().isEmpty()) {
            return ignored(c, staff.isEmpty() ? "no staff member of Termin is mapped to its event type"
                    : "it has no attendee Termin can record");
        }
        Optional<ServiceId> service = c.service().filter(s -> catalogue.findService(tenant, s).isPresent())
                .or(() -> staff.get().services().stream().sorted()
                        .filter(s -> catalogue.findService(tenant, s).isPresent()).findFirst());
        if (service.isEmpty()) {
            return ignored(c, "staff member " + staff.get().id() + " performs no service");
        }
        String name = catalogue.findService(tenant, service.get()).map(s -> s.name()).orElse("Cal.com");
        Slot slot = new Slot(c.interval(), staff.get().id(),
                List.of(new SegmentAssignment("main", name, 1, 1, staff.get().id(), c.interval())),
                List.of(new Occupancy(staff.get().id(), c.interval(), OccupancyKind.WORK)));
        String correlation = correlation(c);
        AppointmentId id = support.newAppointmentId();
        var intent = new WriteIntent.NewBooking(tenant, slot.occupancies(), Optional.empty());
        Result<Appointment> made = writer.write(intent, correlation, (none, fence, now) -> {
            Appointment a = Appointment.book(id, tenant, staff.get().branch(), service.get(), slot,
                    c.attendee().get(), "", Source.CALCOM, SyncState.pending()
                            .synced(List.of(new ExternalRef("main", c.uid(), c.interval().start())), now),
                    false, correlation, Optional.empty(), fence, now);
            appointments.insert(a);
            record(c, Optional.of(id));
            flow.record(tenant, correlation, "calendar.imported", "appointment " + id + " from booking " + c.uid());
            return Result.ok(a);
        });
        if (made.isSuccess()) {
            return ok(Action.IMPORTED, c, id, "booking made in the calendar for " + staff.get().id() + " "
                    + c.interval());
        }
        List<Appointment> overlapping = overlapping(tenant, slot.occupancies(), Optional.empty());
        if (overlapping.isEmpty()) {
            return ignored(c, "its time is held or locked in Termin right now; reconciliation tries again");
        }
        Appointment other = overlapping.get(0);
        return flag(c, other, other.segments().get(0).key(), "Booking " + c.uid() + " made in the external calendar"
                + " for " + c.interval() + " overlaps appointment " + other.id() + "; it was not imported.",
                Optional.of("not imported: it overlaps appointment " + other.id()));
    }

    /** Cancels {@code a} (every segment), frees its time and offers it to the waitlist. */
    Result<ExternalChangeOutcome> cancel(ExternalBookingState c, Appointment a) {
        String correlation = correlation(c);
        Result<Appointment> result = writer.write(new WriteIntent.Release(c.tenant(), a.occupancies()),
                "calendar-cancel:" + a.id(), now -> current(a), (current, fence, now) -> {
                    Appointment cancelled = current.cancel(CANCEL_REASON, now);
                    List<ExternalRef> others = current.sync().externalRefs().stream()
                            .filter(r -> !r.externalId().equals(c.uid())).toList();
                    // the other segments' bookings still exist in the calendar: the sync cancels them
                    SyncState sync = others.isEmpty() ? current.sync().synced(List.of(), now)
                            : new SyncState(SyncStatus.PENDING, 0, Optional.empty(), current.sync().manualReview(),
                                    current.sync().lastAttemptAt(), others);
                    Appointment stored = cancelled.withSync(sync, now);
                    appointments.update(stored);
                    enqueue(stored, OutboxMessage.Kind.NOTIFY_CANCELLED, now);
                    record(c, Optional.of(a.id()));
                    flow.record(c.tenant(), correlation, "calendar.cancelled", "appointment " + a.id()
                            + " by booking " + c.uid());
                    return Result.ok(stored);
                });
        if (!result.isSuccess()) {
            return ((Result.Failure<Appointment>) result).cast();
        }
        waitlist.offerFreedSlot(a, correlation);
        return ok(Action.CANCELLED, c, a.id(), "cancelled in the calendar");
    }

    /** The calendar's booking of the segment has another uid at the same time: Termin follows it. */
    Result<ExternalChangeOutcome> relink(ExternalBookingState c, Appointment a, String key) {
        Result<Appointment> result = writer.write(new WriteIntent.Release(c.tenant(), a.occupancies()),
                "calendar-relink:" + a.id(), now -> current(a), (current, fence, now) -> {
                    Appointment stored = current.withSync(withRef(current.sync(), key, c), now);
                    appointments.update(stored);
                    record(c, Optional.of(a.id()));
                    return Result.ok(stored);
                });
        return result.map(x -> ExternalChangesService.outcome(Action.RELINKED, c, Optional.of(a.id()),
                "segment " + key + " is now booking " + c.uid()));
    }

    /** Moves {@code a} to the booking's time if it is free in Termin, else flags it naming what is in the way. */
    Result<ExternalChangeOutcome> move(ExternalBookingState c, Appointment a, String key, SegmentAssignment s) {
        Duration by = Duration.between(s.interval().start(), c.interval().start());
        Slot slot = a.source() == Source.CALCOM
                ? new Slot(c.interval(), a.staff(), List.of(new SegmentAssignment(key, s.name(), 1, 1, s.staff(),
                        c.interval())), List.of(new Occupancy(s.staff(), c.interval(), OccupancyKind.WORK)))
                : new Slot(a.interval().shift(by), a.staff(),
                        a.segments().stream().map(x -> new SegmentAssignment(x.key(), x.name(), x.index(), x.total(),
                                x.staff(), x.interval().shift(by))).toList(),
                        a.occupancies().stream().map(o -> new Occupancy(o.staff(), o.interval().shift(by), o.kind()))
                                .toList());
        String correlation = correlation(c);
        var intent = new WriteIntent.Move(c.tenant(), a.id(), a.occupancies(), slot.occupancies());
        Result<Appointment> result = writer.write(intent, "calendar-move:" + a.id(), now -> current(a),
                (current, fence, now) -> {
                    Appointment moved = current.rescheduleTo(slot, fence, now);
                    Appointment stored = moved.withSync(withRef(current.sync(), key, c), now);
                    appointments.update(stored);
                    enqueue(stored, OutboxMessage.Kind.NOTIFY_RESCHEDULED, now);
                    record(c, Optional.of(a.id()));
                    flow.record(c.tenant(), correlation, "calendar.moved", "appointment " + a.id() + " from "
                            + a.interval() + " to " + stored.interval() + " by booking " + c.uid());
                    return Result.ok(stored);
                });
        if (result.isSuccess()) {
            waitlist.offerFreedSlot(a, correlation);
            return ok(Action.MOVED, c, a.id(), "moved to " + slot.interval());
        }
        if (!(result instanceof Result.Failure<Appointment> f) || f.code() != ErrorCode.SLOT_UNAVAILABLE) {
            return ((Result.Failure<Appointment>) result).cast();
        }
        String blocker = overlapping(c.tenant(), slot.occupancies(), Optional.of(a.id())).stream()
                .map(o -> "appointment " + o.id()).findFirst().orElse("a hold of a caller");
        return flag(c, a, key, "Appointment " + a.id() + " was moved in the external calendar to " + c.interval()
                + " (booking " + c.uid() + "), which overlaps " + blocker + " in Termin; Termin kept "
                + a.interval() + ".", Optional.empty());
    }

    /**
     * Flags {@code a} for manual review with {@code message}; its reference for {@code key} follows the calendar's
     * booking unless {@code keepRef} names why not (the booking is not {@code a}'s).
     */
    Result<ExternalChangeOutcome> flag(ExternalBookingState c, Appointment a, String key, String message,
            Optional<String> keepRef) {
        Result<Appointment> result = writer.write(new WriteIntent.Release(c.tenant(), a.occupancies()),
                "calendar-flag:" + a.id(), now -> Result.ok(appointments.find(a.tenant(), a.id()).orElseThrow()),
                (current, fence, now) -> {
                    SyncState s = keepRef.isPresent() ? current.sync() : withRef(current.sync(), key, c);
                    Appointment stored = current.withSync(new SyncState(s.status(), s.attempts(),
                            Optional.of(message), true, s.lastAttemptAt(), s.externalRefs()), now);
                    appointments.update(stored);
                    if (keepRef.isEmpty()) {
                        record(c, Optional.of(a.id()));
                    }
                    flow.record(c.tenant(), correlation(c), "calendar.conflict", message);
                    return Result.ok(stored);
                });
        return result.map(x -> ExternalChangesService.outcome(Action.FLAGGED, c, Optional.of(a.id()), message));
    }

    /** Remembers that the change was applied (and where a move came from), in the caller's transaction. */
    void record(ExternalBookingState c, Optional<AppointmentId> appointment) {
        save(c.tenant(), c.uid(), appointment, c.changedAt());
        c.previousUid().ifPresent(p -> save(c.tenant(), p, appointment, c.changedAt()));
    }

    private void save(TenantId tenant, String uid, Optional<AppointmentId> appointment, Instant changedAt) {
        Optional<ExternalBookingRecord> seen = ledger.find(tenant, uid);
        Instant newest = seen.map(r -> r.changedAt().isAfter(changedAt) ? r.changedAt() : changedAt)
                .orElse(changedAt);
        ledger.save(new ExternalBookingRecord(tenant, uid, appointment.or(() -> seen.flatMap(
                ExternalBookingRecord::appointment)), newest));
    }

    private Result<Appointment> current(Appointment seen) {
        Appointment now = appointments.find(seen.tenant(), seen.id()).orElseThrow();
        return now.isActive() && now.rescheduleCount() == seen.rescheduleCount() ? Result.ok(now)
                : Result.failure(ErrorCode.INVALID_STATE, "appointment " + seen.id() + " changed meanwhile");
    }

    private static SyncState withRef(SyncState sync, String key, ExternalBookingState c) {
        List<ExternalRef> refs = new ArrayList<>(sync.externalRefs().stream()
                .filter(r -> !r.segmentKey().equals(key)).toList());
        refs.add(new ExternalRef(key, c.uid(), c.interval().start()));
        return new SyncState(sync.status(), sync.attempts(), sync.lastError(), sync.manualReview(),
                sync.lastAttemptAt(), refs);
    }

    private List<Appointment> overlapping(TenantId tenant, List<Occupancy> taking, Optional<AppointmentId> except) {
        List<Appointment> found = new ArrayList<>();
        for (Occupancy o : taking) {
            for (Appointment other : appointments.findActiveOccupying(tenant, List.of(o.staff()), o.interval())) {
                boolean conflicts = other.activeOccupancies().stream().anyMatch(o::conflictsWith);
                if (conflicts && !except.map(other.id()::equals).orElse(false) && !found.contains(other)) {
                    found.add(other);
                }
            }
        }
        found.sort(Comparator.comparing(Appointment::id));
        return found;
    }

    private void enqueue(Appointment a, OutboxMessage.Kind kind, Instant now) {
        if (a.sync().status() == SyncStatus.PENDING) {
            outbox.enqueue(OutboxMessage.of(ids.newId(), a.tenant(), OutboxMessage.Kind.CALENDAR_SYNC, a.id(), "",
                    now));
        }
        outbox.enqueue(OutboxMessage.of(ids.newId(), a.tenant(), kind, a.id(), "", now));
    }

    private static String correlation(ExternalBookingState c) {
        return "calendar:" + c.uid();
    }

    private static Result<ExternalChangeOutcome> ok(Action action, ExternalBookingState c, AppointmentId id,
            String detail) {
        return Result.ok(ExternalChangesService.outcome(action, c, Optional.of(id), detail));
    }

    private static Result<ExternalChangeOutcome> ignored(ExternalBookingState c, String detail) {
        return Result.ok(ExternalChangesService.outcome(Action.IGNORED, c, Optional.empty(), detail));
    }
}
