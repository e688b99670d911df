package dev.termin.booking.domain.waitlist;

import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Time that became free: the service and staff member it was booked or held for, and the services that are
 * <em>compatible</em> with it - the ones that could take the time instead. Immutable.
 *
 * @param service the service the time was booked or held for
 * @param staff the staff member whose time it is
 * @param interval the freed time
 * @param fitting the compatible services (see {@link #of})
 */
public record FreedSlot(ServiceId service, StaffId staff, TimeInterval interval, Set<ServiceId> fitting) {

    public FreedSlot {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        fitting = Set.copyOf(fitting);
    }

    /**
     * The freed time with its compatible services: every active service of the catalogue that {@code member}
     * performs and whose duration is no longer than the freed time. No tenant has to maintain a list of
     * interchangeable services: a service is compatible when the same person could do it in the same time. Whether
     * the time is really bookable for it (buffers, pauses, other rules) is checked when the offer's hold is placed.
     */
    public static FreedSlot of(ServiceId service, Staff member, TimeInterval interval, Collection<Service> services) {
        Set<ServiceId> fitting = services.stream()
                .filter(s -> s.active() && member.performs(s.id()))
                .filter(s -> s.duration().compareTo(interval.duration()) <= 0)
                .map(Service::id)
                .collect(Collectors.toSet());
        return new FreedSlot(service, member.id(), interval, fitting);
    }
}
