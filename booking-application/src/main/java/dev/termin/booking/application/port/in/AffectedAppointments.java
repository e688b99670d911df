package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a catalogue deletion does with the future active appointments of the deleted staff member, branch or service:
 * {@link Action#REFUSE} (the default: {@code invalid_state} listing them), {@link Action#CANCEL} them (the
 * customers are told), {@link Action#REASSIGN} them to {@code reassignTo} at the same times (staff and branch
 * deletions; for a branch, a staff member of another branch; refused unless every one is free for that staff member), or {@link Action#DEACTIVATE} the item instead of deleting
 * it (kept for history, not bookable). Whatever past or cancelled appointments still name is kept deactivated too.
 * Immutable.
 *
 * @throws NullPointerException if any component is null
 * @throws IllegalArgumentException if {@code REASSIGN} names nobody
 */
public record AffectedAppointments(Action action, Optional<StaffId> reassignTo, String correlationId) {

    /** What to do. */
    public enum Action {
        REFUSE, CANCEL, REASSIGN, DEACTIVATE
    }

    public AffectedAppointments {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reassignTo, "reassignTo");
        Objects.requireNonNull(correlationId, "correlationId");
        if (action == Action.REASSIGN && reassignTo.isEmpty()) {
            throw new IllegalArgumentException("reassigning needs the staff member to take the appointments");
        }
    }

    public static AffectedAppointments refuse(String correlationId) {
        return new AffectedAppointments(Action.REFUSE, Optional.empty(), correlationId);
    }
}
