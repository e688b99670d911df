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
 * any) and within some times of day (empty: any). A higher {@code priority} is served first. Its
 * {@link WaitlistFlexibility} says whether another staff member or a freed time of a compatible service will do;
 * {@code bookingPage} is the booking page (a path {@code /book/...}) the customer joined from, so an offer that is no
 * longer open can lead back to it. Immutable.
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
        Optional<Instant> offeredAt,
        WaitlistFlexibility flexibility,
        Optional<String> bookingPage) {

    /** An entry without flexibility and without a booking page. */
    public WaitlistEntry(WaitlistEntryId id, TenantId tenant, BranchId branch, ServiceId service,
            Optional<StaffId> staff, Customer customer, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays,
            List<LocalTimeWindow> times, int priority, Instant createdAt, WaitlistStatus status,
            Optional<TimeInterval> offeredSlot, Optional<Instant> offeredAt) {
        this(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times, priority, createdAt,
                status, offeredSlot, offeredAt, WaitlistFlexibility.NONE, Optional.empty());
    }

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
        Objects.requireNonNull(flexibility, "flexibility");
        Objects.requireNonNull(bookingPage, "bookingPage");
        bookingPage.ifPresent(WaitlistEntry::checkBookingPage);
    }

    /**
     * A booking page is stored as a path on the booking server ({@code /book/<tenant>?...}), never as another site's
     * address: the offer page shows it as a link, and a stored foreign address would make the server an open
     * redirector.
     */
    private static void checkBookingPage(String page) {
        if (page.length() > 500 || !page.matches("/book/[A-Za-z0-9._-]+(\\?[A-Za-z0-9._~%&=+-]*)?")) {
            throw new IllegalArgumentException("'bookingPage' must be a booking page path such as /book/demo?key=…"
                    + " (at most 500 characters)");
        }
    }

    /** This entry with {@code newFlexibility} and {@code page}. */
    public WaitlistEntry with(WaitlistFlexibility newFlexibility, Optional<String> page) {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, status, offeredSlot, offeredAt, newFlexibility, page);
    }

    /**
     * True when the freed time fits what this entry waits for: the same service, or (if the entry accepts a
     * compatible service) its own service is one of those {@link FreedSlot#fitting() fitting} into the freed time;
     * the staff member it named, or any if it named none or accepts any; inside its days, weekdays and times.
     */
    public boolean matches(FreedSlot freed, ZoneId zone) {
        if (status == WaitlistStatus.REMOVED) {
            return false;
        }
        boolean serviceFits = service.equals(freed.service())
                || flexibility.compatibleService() && freed.fitting().contains(service);
        boolean staffFits = staff.isEmpty() || staff.get().equals(freed.staff()) || flexibility.anyStaff();
        if (!serviceFits || !staffFits) {
            return false;
        }
        ZonedDateTime start = freed.interval().start().atZone(zone);
        LocalDate day = start.toLocalDate();
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return false;
        }
        if (!weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())) {
            return false;
        }
        return times.isEmpty() || times.stream().anyMatch(w -> w.on(day, zone).contains(freed.interval()));
    }

    /** True when this entry would take a freed time of {@code freedService} with {@code staffMember} only flexibly. */
    public boolean flexibly(ServiceId freedService, StaffId staffMember) {
        return !service.equals(freedService) || staff.map(s -> !s.equals(staffMember)).orElse(false);
    }

    public WaitlistEntry offer(TimeInterval slot, Instant at) {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, WaitlistStatus.OFFERED, Optional.of(slot), Optional.of(at), flexibility,
                bookingPage);
    }

    /** An offer that lapsed unanswered: waiting again, the last offer kept on record. */
    public WaitlistEntry lapse() {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, WaitlistStatus.WAITING, offeredSlot, offeredAt, flexibility, bookingPage);
    }

    /** The entry removed and without its customer's personal data. */
    public WaitlistEntry anonymised() {
        return new WaitlistEntry(id, tenant, branch, service, staff, dev.termin.booking.domain.customer.Customer
                .erased(), firstDay, lastDay, weekdays, times, priority, createdAt, WaitlistStatus.REMOVED,
                offeredSlot, offeredAt, flexibility, Optional.empty());
    }

    public WaitlistEntry remove() {
        return new WaitlistEntry(id, tenant, branch, service, staff, customer, firstDay, lastDay, weekdays, times,
                priority, createdAt, WaitlistStatus.REMOVED, offeredSlot, offeredAt, flexibility, bookingPage);
    }
}
