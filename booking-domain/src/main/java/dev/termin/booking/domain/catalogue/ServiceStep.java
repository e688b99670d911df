package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** One step of a composite service: a work segment or a pause. */
public sealed interface ServiceStep permits ServiceStep.WorkSegment, ServiceStep.Pause {

    Duration duration();

    /**
     * Work done on the customer. {@code qualifiedStaff} empty means the appointment's staff member does it;
     * otherwise one of the listed staff must (the appointment's staff member when listed).
     */
    record WorkSegment(String key, String name, Duration duration, Set<StaffId> qualifiedStaff)
            implements ServiceStep {
        public WorkSegment {
            key = Checks.text(key, "segment key", 1, 40);
            if (!key.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("segment key must be letters, digits, '-' or '_': " + key);
            }
            name = Checks.text(name, "segment name", 1, 200);
            Checks.wholeMinutes(Checks.positive(duration, "segment duration"), "segment duration");
            qualifiedStaff = Set.copyOf(Objects.requireNonNull(qualifiedStaff, "qualifiedStaff"));
        }

        public static WorkSegment of(String key, String name, int minutes) {
            return new WorkSegment(key, name, Duration.ofMinutes(minutes), Set.of());
        }
    }

    /** Waiting time, for example while colour works; what it means for staff is the service's {@link PausePolicy}. */
    record Pause(Duration duration) implements ServiceStep {
        public Pause {
            Checks.wholeMinutes(Checks.positive(duration, "pause duration"), "pause duration");
        }

        public static Pause of(int minutes) {
            return new Pause(Duration.ofMinutes(minutes));
        }
    }
}
