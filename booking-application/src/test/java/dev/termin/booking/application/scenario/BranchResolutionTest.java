package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BranchResolutionTest {

    private final Salon salon = new Salon(BookingEngine.builder().build());

    private Result<Branch> resolve(TenantId tenant, Optional<BranchId> branch, Optional<StaffId> staff) {
        return salon.engine.catalogue().resolveBranch(tenant, branch, staff);
    }

    private static ErrorCode code(Result<?> r) {
        return ((Result.Failure<?>) r).code();
    }

    @Test
    void theOnlyBranch_theNamedOne_andTheStaffMembersOne_areFound() {
        assertThat(resolve(salon.tenant, Optional.empty(), Optional.empty()).orElseThrow().id())
                .isEqualTo(salon.branch);
        assertThat(resolve(salon.tenant, Optional.of(salon.branch), Optional.empty()).orElseThrow().id())
                .isEqualTo(salon.branch);
        assertThat(resolve(salon.tenant, Optional.empty(), Optional.of(salon.maria)).orElseThrow().id())
                .isEqualTo(salon.branch);
    }

    @Test
    void aStaffMemberOfAnotherBranch_anUnknownStaffMember_andAnUnknownBranch_areRefused() {
        BranchId nord = BranchId.of("nord");
        salon.engine.catalogue().saveBranch(new Branch(nord, salon.tenant, "Salon Nord", BERLIN,
                OpeningHours.weekly(WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"))))).orElseThrow();

        assertThat(code(resolve(salon.tenant, Optional.of(nord), Optional.of(salon.maria))))
                .isEqualTo(ErrorCode.INVALID_DATA);
        assertThat(code(resolve(salon.tenant, Optional.empty(), Optional.of(StaffId.of("ghost")))))
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(code(resolve(salon.tenant, Optional.of(BranchId.of("sued")), Optional.empty())))
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(code(resolve(salon.tenant, Optional.empty(), Optional.empty())))
                .isEqualTo(ErrorCode.MISSING_REQUIRED_FIELD);
    }

    @Test
    void aTenantWithoutBranches_hasNothingToBook() {
        assertThat(code(resolve(TenantId.of("no-branches"), Optional.empty(), Optional.empty())))
                .isEqualTo(ErrorCode.NOT_FOUND);
    }
}
