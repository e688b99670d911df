package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.slot.SegmentAssignment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the external calendar in line with one appointment: an active appointment has one external booking per
 * work segment at the segment's start; a cancelled one has none. Missing segments are created in reverse order;
 * when the calendar rejects one, the bookings made in this run are cancelled again (saga), so the calendar is never
 * left half-booked in silence. Thread-safe.
 */
final class CalendarSync {

    /** How a sync run ended, with the external bookings known afterwards. */
    sealed interface Outcome {
        List<ExternalRef> refs();

        record Synced(List<ExternalRef> refs) implements Outcome {
        }

        /** The calendar could not be reached; retry later. */
        record Retry(List<ExternalRef> refs, String error) implements Outcome {
        }

        /** The calendar refused; compensations were made; a person must look at it. */
        record Rejected(List<ExternalRef> refs, String error) implements Outcome {
        }
    }

    private final ExternalCalendar calendar;

    CalendarSync(ExternalCalendar calendar) {
        this.calendar = calendar;
    }

    Outcome sync(Appointment a, Service service) {
        Map<String, ExternalRef> known = new LinkedHashMap<>();
        a.sync().externalRefs().forEach(r -> known.put(r.segmentKey(), r));
        return a.isActive() ? book(a, service, known) : cancelAll(a, known);
    }

    /** Cancels every booking in {@code refs}; what could not be cancelled is returned. */
    List<ExternalRef> compensate(Appointment a, List<ExternalRef> refs) {
        List<ExternalRef> left = new ArrayList<>();
        for (ExternalRef r : refs) {
            CalendarOutcome<Void> o = calendar.cancel(a.tenant(), r.externalId(),
                    "Termin: booking could not be completed");
            if (!(o instanceof CalendarOutcome.Done<Void>)) {
                left.add(r);
            }
        }
        return left;
    }

    private Outcome book(Appointment a, Service service, Map<String, ExternalRef> known) {
        List<SegmentAssignment> reversed = new ArrayList<>(a.segments());
        Collections.reverse(reversed);
        List<ExternalRef> madeNow = new ArrayList<>();
        for (SegmentAssignment s : reversed) {
            ExternalRef ref = known.get(s.key());
            if (ref != null && ref.syncedStart().equals(s.interval().start())) {
                continue;
            }
            ExternalBooking booking = booking(a, service, s);
            CalendarOutcome<String> o = ref == null ? calendar.create(booking)
                    : calendar.reschedule(a.tenant(), ref.externalId(), booking);
            if (o instanceof CalendarOutcome.Done<String> done) {
                ExternalRef made = new ExternalRef(s.key(), done.value(), s.interval().start());
                known.put(s.key(), made);
                if (ref == null) {
                    madeNow.add(made);
                }
            } else if (o instanceof CalendarOutcome.Rejected<String> r) {
                List<ExternalRef> left = compensate(a, madeNow);
                madeNow.stream().filter(m -> !left.contains(m)).forEach(m -> known.remove(m.segmentKey()));
                return new Outcome.Rejected(List.copyOf(known.values()), "segment " + s.label() + " rejected: "
                        + r.status() + " " + r.code() + " " + r.message());
            } else {
                CalendarOutcome.Unreachable<String> u = (CalendarOutcome.Unreachable<String>) o;
                return new Outcome.Retry(List.copyOf(known.values()), "calendar unreachable: " + u.reason());
            }
        }
        known.keySet().retainAll(a.segments().stream().map(SegmentAssignment::key).toList());
        return new Outcome.Synced(List.copyOf(known.values()));
    }

    private Outcome cancelAll(Appointment a, Map<String, ExternalRef> known) {
        for (ExternalRef r : List.copyOf(known.values())) {
            CalendarOutcome<Void> o = calendar.cancel(a.tenant(), r.externalId(),
                    a.cancellationReason().orElse("cancelled"));
            if (o instanceof CalendarOutcome.Done<Void>) {
                known.remove(r.segmentKey());
            } else if (o instanceof CalendarOutcome.Rejected<Void> rej) {
                return new Outcome.Rejected(List.copyOf(known.values()), "cancel rejected: " + rej.status() + " "
                        + rej.code() + " " + rej.message());
            } else {
                return new Outcome.Retry(List.copyOf(known.values()), "calendar unreachable: "
                        + ((CalendarOutcome.Unreachable<Void>) o).reason());
            }
        }
        return new Outcome.Synced(List.of());
    }

    private static ExternalBooking booking(Appointment a, Service service, SegmentAssignment s) {
        return new ExternalBooking(a.tenant(), a.id(), s.key(), s.name(), s.index(), s.total(), a.branch(),
                a.service(), service.name(), s.staff(), s.interval(), a.customer(), a.correlationId());
    }
}
