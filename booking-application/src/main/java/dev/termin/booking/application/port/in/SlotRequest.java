package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which service is asked for, where and with whom: the branch may be left out when the staff member or the
 * tenant's only branch determines it; no staff member means anybody qualified. Immutable.
 */
public record SlotRequest(TenantId tenant, Optional<BranchId> branch, ServiceId service, Optional<StaffId> staff) {

    public SlotRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
    }

    public static SlotRequest of(TenantId tenant, BranchId branch, ServiceId service) {
        return new SlotRequest(tenant, Optional.of(branch), service, Optional.empty());
    }

    public SlotRequest withStaff(StaffId staffMember) {
        return new SlotRequest(tenant, branch, service, Optional.of(staffMember));
    }
}
