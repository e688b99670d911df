package dev.termin.booking.application.service;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.slot.Occupancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a booking write is, so that {@link BookingWriter} can lock the right staff and re-check the right conflicts
 * itself: no write path can forget the re-check. Immutable.
 */
sealed interface WriteIntent {

    TenantId tenant();

    /** Everything the write touches: the staff members of these occupancies are locked. */
    List<Occupancy> locked();

    /** The time the write takes; it must not conflict with anything stored (an empty list: nothing to check). */
    List<Occupancy> taking();

    /**
     * A new hold or appointment over {@code occupancies}. Holds of {@code owner} do not block it; without an owner
     * every active hold does.
     */
    record NewBooking(TenantId tenant, List<Occupancy> occupancies, Optional<String> owner) implements WriteIntent {
        public NewBooking {
            Objects.requireNonNull(tenant, "tenant");
            occupancies = List.copyOf(occupancies);
            Objects.requireNonNull(owner, "owner");
        }

        @Override
        public List<Occupancy> locked() {
            return occupancies;
        }

        @Override
        public List<Occupancy> taking() {
            return occupancies;
        }
    }

    /** The move of {@code appointment} from {@code from} to {@code to}; the appointment does not block itself. */
    record Move(TenantId tenant, AppointmentId appointment, List<Occupancy> from, List<Occupancy> to)
            implements WriteIntent {
        public Move {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(appointment, "appointment");
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        @Override
        public List<Occupancy> locked() {
            List<Occupancy> both = new ArrayList<>(from);
            both.addAll(to);
            return both;
        }

        @Override
        public List<Occupancy> taking() {
            return to;
        }
    }

    /** The conversion of {@code hold} into an appointment over the same time; the hold does not block itself. */
    record ConvertHold(TenantId tenant, Hold hold) implements WriteIntent {
        public ConvertHold {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(hold, "hold");
        }

        @Override
        public List<Occupancy> locked() {
            return hold.occupancies();
        }

        @Override
        public List<Occupancy> taking() {
            return hold.occupancies();
        }
    }

    /** The release of time (a cancellation): locked like any write, takes nothing, so nothing to re-check. */
    record Release(TenantId tenant, List<Occupancy> occupancies) implements WriteIntent {
        public Release {
            Objects.requireNonNull(tenant, "tenant");
            occupancies = List.copyOf(occupancies);
        }

        @Override
        public List<Occupancy> locked() {
            return occupancies;
        }

        @Override
        public List<Occupancy> taking() {
            return List.of();
        }
    }
}
