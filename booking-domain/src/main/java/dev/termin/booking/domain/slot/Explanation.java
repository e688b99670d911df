package dev.termin.booking.domain.slot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether one requested start is bookable: the slot if so, else every reason why not. Immutable. */
public record Explanation(Instant start, Optional<Slot> slot, List<Reason> reasons) {

    public Explanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(slot, "slot");
        reasons = List.copyOf(reasons);
        if (slot.isPresent() != reasons.isEmpty()) {
            throw new IllegalArgumentException("an explanation has a slot or reasons, not both");
        }
    }

    public boolean bookable() {
        return slot.isPresent();
    }
}
