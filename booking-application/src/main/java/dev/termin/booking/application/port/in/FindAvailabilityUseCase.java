package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Incoming port for availability: bookable slots, the explanation of one start, and the nearest alternatives.
 * A slot is free only if the external calendar says so, no local appointment overlaps it (whatever its sync
 * state) and no other owner holds it. When the external calendar cannot be asked, the answer comes from local
 * data with a warning, or fails with {@code service_unavailable}, as configured. The variants with {@code moving}
 * answer for moving that appointment: its own time (and its external copies) are not busy, as in the reschedule.
 */
public interface FindAvailabilityUseCase {

    /** Slots on the local dates {@code from} to {@code to} (inclusive) of the branch; {@code owner}'s holds don't block. */
    default Result<List<Slot>> findSlots(SlotRequest request, LocalDate from, LocalDate to, Optional<String> owner) {
        return findSlots(request, from, to, owner, Optional.empty());
    }

    /** As {@link #findSlots(SlotRequest, LocalDate, LocalDate, Optional)}, moving appointment {@code moving}. */
    Result<List<Slot>> findSlots(SlotRequest request, LocalDate from, LocalDate to, Optional<String> owner,
            Optional<AppointmentId> moving);

    /** Whether {@code start} is bookable, and every reason why not. */
    default Result<Explanation> explain(SlotRequest request, Instant start, Optional<String> owner) {
        return explain(request, start, owner, Optional.empty());
    }

    /** As {@link #explain(SlotRequest, Instant, Optional)}, moving appointment {@code moving}. */
    Result<Explanation> explain(SlotRequest request, Instant start, Optional<String> owner,
            Optional<AppointmentId> moving);

    /** Up to {@code limit} bookable slots nearest to {@code around}, same day first. */
    default Result<List<Slot>> nearest(SlotRequest request, Instant around, int limit, Optional<String> owner) {
        return nearest(request, around, limit, owner, Optional.empty());
    }

    /** As {@link #nearest(SlotRequest, Instant, int, Optional)}, moving appointment {@code moving}. */
    Result<List<Slot>> nearest(SlotRequest request, Instant around, int limit, Optional<String> owner,
            Optional<AppointmentId> moving);
}
