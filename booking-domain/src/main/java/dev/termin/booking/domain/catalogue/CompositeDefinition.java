package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ordered steps of a composite service ("appointment with pauses") and its pause policy. It starts and ends
 * with a work segment, never has two pauses in a row, and segment keys are unique. Immutable.
 */
public record CompositeDefinition(List<ServiceStep> steps, PausePolicy pausePolicy) {

    public CompositeDefinition {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        Objects.requireNonNull(pausePolicy, "pausePolicy");
        if (steps.isEmpty() || !(steps.get(0) instanceof WorkSegment)
                || !(steps.get(steps.size() - 1) instanceof WorkSegment)) {
            throw new IllegalArgumentException("a composite service must start and end with a work segment");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            ServiceStep s = steps.get(i);
            if (s instanceof Pause && steps.get(i - 1) instanceof Pause) {
                throw new IllegalArgumentException("two pauses in a row");
            }
            if (s instanceof WorkSegment w && !keys.add(w.key())) {
                throw new IllegalArgumentException("duplicate segment key " + w.key());
            }
        }
        if (steps.size() > 20) {
            throw new IllegalArgumentException("a composite service has at most 20 steps");
        }
    }

    public List<WorkSegment> segments() {
        return steps.stream().filter(WorkSegment.class::isInstance).map(WorkSegment.class::cast).toList();
    }

    public Duration totalDuration() {
        return steps.stream().map(ServiceStep::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
