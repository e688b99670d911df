package dev.termin.booking.application.port.in;

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
 * data with a warning, or fails with {@code service_unavailable}, as configured.
 */
public interface FindAvailabilityUseCase {

    /** Slots on the local dates {@code from} to {@code to} (inclusive) of the branch; {@code owner}'s holds don't block. */
    Result<List<Slot>> findSlots(SlotRequest request, LocalDate from, LocalDate to, Optional<String> owner);

    /** Whether {@code start} is bookable, and every reason why not. */
    Result<Explanation> explain(SlotRequest request, Instant start, Optional<String> owner);

    /** Up to {@code limit} bookable slots nearest to {@code around}, same day first. */
    Result<List<Slot>> nearest(SlotRequest request, Instant around, int limit, Optional<String> owner);
}
