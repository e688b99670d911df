package dev.termin.booking.domain.waitlist;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer waiting for a service (optionally with one staff member) between two dates, on some weekdays (empty:
 * any) and within some times of day (empty: any). A higher {@code priority} is served first. Immutable.
 */
public record WaitlistEntry(
        WaitlistEntryId id,
        TenantId tenant,
        BranchId branch,
        ServiceId service,
        Optional<StaffId> staff,
        Customer customer,
        LocalDate firstDay,
        LocalDate lastDay,
        Set<DayOfWeek> weekdays,
        List<LocalTimeWindow> times,
        int priority,
        Instant createdAt,
        WaitlistStatus status,
        Optional<TimeInterval> offeredSlot,
        Optional<Instant> offeredAt) {

    public WaitlistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("'lastDay' must not be before 'firstDay'");
        }
        if (firstDay.plusDays(366).isBefore(lastDay)) {
            throw new IllegalArgumentException("a waitlist entry covers at most a year");
        }
        weekdays = Set.copyOf(weekdays);
        times = List.copyOf(times);
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("'priority' must be 0 to 100");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(offeredSlot, "offeredSlot");
        Objects.requireNonNull(offeredAt, "offeredAt");
    }

    /**
     * True when a freed slot of {@code service} with {@code staffMember} at {@code slot} (in the branch's
     * {@code zone}) fits what this entry waits for.
     */
    public boolean matches(ServiceId freedService, StaffId staffMember, TimeInterval slot, ZoneId zone) {
        if (status == WaitlistStatus.REMOVED || !service.equals(freedService)
                || staff.map(s -> !s.equals(staffMember)).orElse(false)) {
            return false;
        }
        ZonedDateTime start = slot.start().atZone(zone);
        LocalDate day = start.toLocalDate();
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return false;
        }
        if (!weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())) {
            return false;
        }
        return times.isEmpty() || times.stream().anyMatch(w -> w.on(day, zone).contains(slot));
    }

    public WaitlistEntry offer(TimeInterval slot, Instant at) {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, WaitlistStatus.OFFERED, Optional.of(slot), Optional.of(at));
    }

    /** An offer that lapsed unanswered: waiting again, the last offer kept on record. */
    public WaitlistEntry lapse() {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, WaitlistStatus.WAITING, offeredSlot, offeredAt);
    }

    /** The entry removed and without its customer's personal data. */
    public WaitlistEntry anonymised() {
        return new WaitlistEntry(id, tenant, branch, service, staff, dev.termin.booking.domain.customer.Customer
                .erased(), firstDay, lastDay, weekdays, times, priority, createdAt, WaitlistStatus.REMOVED,
                offeredSlot, offeredAt);
    }

    public WaitlistEntry remove() {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, WaitlistStatus.REMOVED, offeredSlot, offeredAt);
    }
}
