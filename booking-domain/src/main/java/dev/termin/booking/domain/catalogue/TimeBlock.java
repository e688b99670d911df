package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A part of one date in a branch when the listed staff (none listed: every staff member of the branch) cannot
 * take customers, such as a team meeting 14:00–16:00. The branch stays open; the staff are unavailable as during a
 * break. Immutable.
 */
public record TimeBlock(String id, BranchId branch, LocalDate date, LocalTimeWindow window, Set<StaffId> staff,
        String name) {

    public TimeBlock {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("block id must be 1 to 64 letters, digits, '-', '_' or '.': " + id);
        }
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(window, "window");
        staff = Set.copyOf(Objects.requireNonNull(staff, "staff"));
        name = Checks.text(name, "block name", 1, 200);
    }

    /** A block for everybody in {@code branch}. */
    public static TimeBlock forBranch(String id, BranchId branch, LocalDate date, LocalTimeWindow window,
            String name) {
        return new TimeBlock(id, branch, date, window, Set.of(), name);
    }

    public boolean appliesTo(BranchId branchId, StaffId staffId) {
        return branch.equals(branchId) && (staff.isEmpty() || staff.contains(staffId));
    }

    /** The instants blocked, in {@code zone} (empty when the window lies in a DST gap). */
    public Optional<TimeInterval> instants(ZoneId zone) {
        return window.instantsOn(date, zone);
    }
}
