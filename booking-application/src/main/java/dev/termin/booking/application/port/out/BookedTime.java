package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.ResourceUse;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The time this engine's bookings take: the occupancies and resource units of the active appointments and of the
 * holds not yet expired, as the slot search and the re-check before a write need them. One read, because every
 * availability answer reads it and every booking twice (before the slot locks and again inside its transaction);
 * a database answers it in one statement. Implementations are thread-safe.
 */
public interface BookedTime {

    /**
     * What occupies {@code staff} in {@code range}: every occupancy and resource unit of each active appointment
     * and each active hold unexpired at {@code now} that has an active occupancy of one of {@code staff}
     * overlapping {@code range}, all of such a booking's (also those of other staff or outside the range, as a
     * composite booking is judged whole). An appointment's busy time names its id and service, a hold's its token,
     * owner and service. Appointments come first (by start, then id), then holds (by creation, then token), each
     * booking's occupancies and units in their stored order.
     */
    Booked find(TenantId tenant, Collection<StaffId> staff, TimeInterval range, Instant now);

    /** Busy time and resource units of the bookings found. Immutable. */
    record Booked(List<BusyTime> busy, List<ResourceUse> resources) {

        public Booked {
            busy = List.copyOf(busy);
            resources = List.copyOf(resources);
        }

        /** The busy time and units of {@code appointments} (their active ones) and {@code holds}, in that order. */
        public static Booked of(List<Appointment> appointments, List<Hold> holds) {
            List<BusyTime> busy = new ArrayList<>();
            List<ResourceUse> resources = new ArrayList<>();
            for (Appointment a : appointments) {
                for (Occupancy o : a.activeOccupancies()) {
                    busy.add(BusyTime.appointment(o, a.id().value(), a.service()));
                }
                for (ResourceOccupancy r : a.activeResources()) {
                    resources.add(ResourceUse.appointment(r, a.id().value()));
                }
            }
            for (Hold h : holds) {
                for (Occupancy o : h.occupancies()) {
                    busy.add(BusyTime.hold(o, h.token().toString(), h.owner(), h.service()));
                }
                for (ResourceOccupancy r : h.resources()) {
                    resources.add(ResourceUse.hold(r, h.token().toString(), h.owner()));
                }
            }
            return new Booked(busy, resources);
        }
    }

    /**
     * The booked time read from {@code appointments} and then {@code holds} (two reads), for a store without a
     * combined read.
     */
    static BookedTime of(AppointmentRepository appointments, HoldRepository holds) {
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(holds, "holds");
        return (tenant, staff, range, now) -> Booked.of(appointments.findActiveOccupying(tenant, staff, range),
                holds.findActiveOccupying(tenant, staff, range, now).stream().filter(h -> h.isActiveAt(now))
                        .toList());
    }
}
