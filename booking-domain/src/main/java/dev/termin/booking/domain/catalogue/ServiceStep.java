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
     * otherwise one of the listed staff must (the appointment's staff member when listed). {@code staffCount}
     * staff work on it at the same time (default 1): the one just named and {@code staffCount - 1} more, from
     * the qualified staff, or else from everybody who performs the service.
     */
    record WorkSegment(String key, String name, Duration duration, Set<StaffId> qualifiedStaff, int staffCount)
            implements ServiceStep {
        public WorkSegment {
            key = Checks.text(key, "segment key", 1, 40);
            if (!key.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("segment key must be letters, digits, '-' or '_': " + key);
            }
            name = Checks.text(name, "segment name", 1, 200);
            Checks.wholeMinutes(Checks.positive(duration, "segment duration"), "segment duration");
            qualifiedStaff = Set.copyOf(Objects.requireNonNull(qualifiedStaff, "qualifiedStaff"));
            if (staffCount < 1 || staffCount > 10) {
                throw new IllegalArgumentException("a segment needs 1 to 10 staff at once");
            }
            if (!qualifiedStaff.isEmpty() && qualifiedStaff.size() < staffCount) {
                throw new IllegalArgumentException("segment " + key + " needs " + staffCount
                        + " staff at once but lists only " + qualifiedStaff.size() + " qualified");
            }
        }

        /** A segment done by one staff member. */
        public WorkSegment(String key, String name, Duration duration, Set<StaffId> qualifiedStaff) {
            this(key, name, duration, qualifiedStaff, 1);
        }

        public static WorkSegment of(String key, String name, int minutes) {
            return new WorkSegment(key, name, Duration.ofMinutes(minutes), Set.of());
        }

        public WorkSegment withStaffCount(int count) {
            return new WorkSegment(key, name, duration, qualifiedStaff, count);
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
