package dev.termin.booking.domain.slot;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an evaluation puts the reasons a start is not bookable. {@link #collectAll()} keeps every reason (explain
 * answers all of them at once); {@link #firstFailure()} keeps none, so a search stops at the first failure and
 * saves the work of naming it. Not thread-safe; one collecting instance per explanation.
 */
final class Reasons {

    private static final Reasons FIRST_FAILURE = new Reasons(null);

    private final List<Reason> collected;

    private Reasons(List<Reason> collected) {
        this.collected = collected;
    }

    /** Keeps every reason added. */
    static Reasons collectAll() {
        return new Reasons(new ArrayList<>());
    }

    /** Keeps nothing: the evaluation may stop at the first failure. Shared and stateless. */
    static Reasons firstFailure() {
        return FIRST_FAILURE;
    }

    /** Whether every reason is wanted; false means the first failure ends the evaluation. */
    boolean collecting() {
        return collected != null;
    }

    void add(Reason reason) {
        if (collected != null) {
            collected.add(reason);
        }
    }

    boolean isEmpty() {
        return collected == null || collected.isEmpty();
    }

    List<Reason> list() {
        return collected == null ? List.of() : List.copyOf(collected);
    }
}
