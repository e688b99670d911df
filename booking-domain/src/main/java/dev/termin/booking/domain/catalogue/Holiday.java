package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A holiday or blackout: whole days from {@code firstDay} to {@code lastDay} (inclusive), once or every year,
 * for a whole branch (no branch: all branches of the tenant) and all staff, or only for the listed staff.
 * Immutable.
 */
public record Holiday(
        HolidayId id,
        TenantId tenant,
        Optional<BranchId> branch,
        String name,
        HolidayType type,
        LocalDate firstDay,
        LocalDate lastDay,
        boolean recurringYearly,
        Set<StaffId> staff) {

    public Holiday {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("holiday name must be 1 to 200 characters");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
        }
        if (recurringYearly && firstDay.plusYears(1).isBefore(lastDay.plusDays(1))) {
            throw new IllegalArgumentException("a recurring holiday must be shorter than a year");
        }
        staff = Set.copyOf(Objects.requireNonNull(staff, "staff"));
    }

    /** A one-day holiday for everybody in every branch of the tenant. */
    public static Holiday singleDay(HolidayId id, TenantId tenant, String name, HolidayType type, LocalDate day,
            boolean recurringYearly) {
        return new Holiday(id, tenant, Optional.empty(), name, type, day, day, recurringYearly, Set.of());
    }

    public boolean appliesTo(BranchId branchId, StaffId staffId) {
        return branch.map(branchId::equals).orElse(true) && (staff.isEmpty() || staff.contains(staffId));
    }

    public boolean appliesToWholeBranch(BranchId branchId) {
        return staff.isEmpty() && branch.map(branchId::equals).orElse(true);
    }

    /** True when {@code date} is one of the blocked days. Yearly holidays may span the turn of the year. */
    public boolean covers(LocalDate date) {
        if (!recurringYearly) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
        MonthDay from = MonthDay.from(firstDay);
        MonthDay to = MonthDay.from(lastDay);
        MonthDay d = MonthDay.from(date);
        if (!from.isAfter(to)) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
        return !d.isBefore(from) || !d.isAfter(to);
    }
}
