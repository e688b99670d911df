package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ReferencedRowException;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.hold.Hold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CatalogueRepository} deletions against what the other ports store: a branch, staff member or
 * service that an appointment, a hold or a waiting list entry names (or a branch that staff belong to) is not
 * deleted ({@link ReferencedRowException}); what nothing names is. Deactivated branches round-trip.
 */
public abstract class AbstractCatalogueReferencesContractTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private ContractFixtures fx;
    private CatalogueRepository catalogue;

    @BeforeEach
    void setUp() {
        fx = ContractFixtures.create(storage());
        catalogue = fx.storage().catalogue();
    }

    @Test
    void aDeactivatedBranch_roundTripsAsInactive() {
        Branch gone = catalogue.findBranch(fx.tenant(), fx.branch()).orElseThrow().deactivated();

        catalogue.saveBranch(gone);

        assertThat(catalogue.findBranch(fx.tenant(), fx.branch())).contains(gone);
        assertThat(gone.active()).isFalse();
    }

    @Test
    void whatAnAppointmentNames_isNotDeleted() {
        // given
        fx.storage().appointments().insert(fx.appointment().build());

        // when / then
        assertThatThrownBy(() -> catalogue.deleteStaff(fx.tenant(), fx.staff()))
                .isInstanceOf(ReferencedRowException.class);
        assertThatThrownBy(() -> catalogue.deleteService(fx.tenant(), fx.service()))
                .isInstanceOf(ReferencedRowException.class);
        assertThatThrownBy(() -> catalogue.deleteBranch(fx.tenant(), fx.branch()))
                .isInstanceOf(ReferencedRowException.class);
        assertThat(catalogue.findStaff(fx.tenant(), fx.staff())).isPresent();
        assertThat(catalogue.findService(fx.tenant(), fx.service())).isPresent();
        assertThat(catalogue.findBranch(fx.tenant(), fx.branch())).isPresent();
    }

    @Test
    void aStaffMemberNamedByAHold_orAServiceNamedByAWaitingListEntry_isNotDeleted() {
        // given
        StaffId held = fx.addStaff();
        Hold hold = fx.hold(held, at("11:00", 30));
        fx.storage().holds().insert(hold, hold.createdAt());
        ServiceId other = fx.addService();
        fx.storage().waitlist().save(fx.waitlistEntry(other, hold.createdAt()));

        // when / then
        assertThatThrownBy(() -> catalogue.deleteStaff(fx.tenant(), held)).isInstanceOf(ReferencedRowException.class);
        assertThatThrownBy(() -> catalogue.deleteService(fx.tenant(), other))
                .isInstanceOf(ReferencedRowException.class);
    }

    @Test
    void aBranchThatStaffBelongTo_isNotDeleted_butOneNothingNamesIs() {
        // given
        BranchId empty = BranchId.of(ContractFixtures.randomId("branch"));
        catalogue.saveBranch(ContractFixtures.branch(fx.tenant(), empty));
        StaffId unused = fx.addStaff();

        // when / then
        assertThatThrownBy(() -> catalogue.deleteBranch(fx.tenant(), fx.branch()))
                .isInstanceOf(ReferencedRowException.class);
        assertThat(catalogue.deleteStaff(fx.tenant(), unused)).isTrue();
        assertThat(catalogue.deleteBranch(fx.tenant(), empty)).isTrue();
    }
}
