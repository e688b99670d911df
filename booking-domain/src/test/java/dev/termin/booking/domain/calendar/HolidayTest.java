package dev.termin.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayTest {

    private static final TenantId TENANT = TenantId.of("salon");
    private static final BranchId MITTE = BranchId.of("mitte");
    private static final BranchId PANKOW = BranchId.of("pankow");
    private static final StaffId MARIA = StaffId.of("maria");
    private static final StaffId EMMA = StaffId.of("emma");

    private static Holiday holiday(Optional<BranchId> branch, String first, String last, boolean yearly,
            Set<StaffId> staff) {
        return new Holiday(HolidayId.of("h1"), TENANT, branch, "Urlaub", HolidayType.COMPANY_HOLIDAY,
                LocalDate.parse(first), LocalDate.parse(last), yearly, staff);
    }

    @Test
    void aOneOffHolidayCoversOnlyItsDay() {
        // given
        Holiday h = Holiday.singleDay(HolidayId.of("tag-der-einheit"), TENANT, "Tag der Deutschen Einheit",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2026, 10, 3), false);

        // when / then
        assertThat(h.covers(LocalDate.of(2026, 10, 3))).isTrue();
        assertThat(h.covers(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(h.covers(LocalDate.of(2026, 10, 4))).isFalse();
        assertThat(h.covers(LocalDate.of(2027, 10, 3))).as("not recurring").isFalse();
    }

    @Test
    void aMultiDayHolidayCoversEveryDayFromFirstToLastInclusive() {
        // given
        Holiday h = holiday(Optional.empty(), "2026-07-27", "2026-08-07", false, Set.of());

        // when / then
        assertThat(h.covers(LocalDate.of(2026, 7, 26))).isFalse();
        assertThat(h.covers(LocalDate.of(2026, 7, 27))).isTrue();
        assertThat(h.covers(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(h.covers(LocalDate.of(2026, 8, 7))).isTrue();
        assertThat(h.covers(LocalDate.of(2026, 8, 8))).isFalse();
        assertThat(h.covers(LocalDate.of(2027, 8, 1))).isFalse();
    }

    @Test
    void aRecurringHolidayCoversTheSameDaysEveryYear() {
        // given
        Holiday christmas = holiday(Optional.empty(), "2025-12-24", "2025-12-26", true, Set.of());

        // when / then
        assertThat(christmas.covers(LocalDate.of(2024, 12, 25))).isTrue();
        assertThat(christmas.covers(LocalDate.of(2030, 12, 24))).isTrue();
        assertThat(christmas.covers(LocalDate.of(2030, 12, 26))).isTrue();
        assertThat(christmas.covers(LocalDate.of(2030, 12, 23))).isFalse();
        assertThat(christmas.covers(LocalDate.of(2030, 12, 27))).isFalse();
    }

    @Test
    void aRecurringHolidayAcrossNewYearCoversBothEndsOfTheYear() {
        // given: between the years, 24 December to 2 January
        Holiday betweenTheYears = holiday(Optional.empty(), "2025-12-24", "2026-01-02", true, Set.of());

        // when / then
        assertThat(betweenTheYears.covers(LocalDate.of(2026, 12, 23))).isFalse();
        assertThat(betweenTheYears.covers(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(betweenTheYears.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(betweenTheYears.covers(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(betweenTheYears.covers(LocalDate.of(2027, 1, 2))).isTrue();
        assertThat(betweenTheYears.covers(LocalDate.of(2027, 1, 3))).isFalse();
        assertThat(betweenTheYears.covers(LocalDate.of(2027, 6, 15))).isFalse();
    }

    @Test
    void aRecurringHolidayMustBeShorterThanAYearAndNoHolidayMayEndBeforeItStarts() {
        // given / when / then
        assertThatThrownBy(() -> holiday(Optional.empty(), "2026-01-01", "2027-01-01", true, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holiday(Optional.empty(), "2026-01-02", "2026-01-01", false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(holiday(Optional.empty(), "2026-01-01", "2027-01-01", false, Set.of()).covers(
                LocalDate.of(2026, 7, 1))).as("a one-off holiday may be longer").isTrue();
    }

    @Test
    void aHolidayWithoutBranchAndStaffAppliesToEverybodyEverywhere() {
        // given
        Holiday h = holiday(Optional.empty(), "2026-05-01", "2026-05-01", false, Set.of());

        // when / then
        assertThat(h.appliesTo(MITTE, MARIA)).isTrue();
        assertThat(h.appliesTo(PANKOW, EMMA)).isTrue();
        assertThat(h.appliesToWholeBranch(MITTE)).isTrue();
        assertThat(h.appliesToWholeBranch(PANKOW)).isTrue();
    }

    @Test
    void aBranchHolidayAppliesOnlyToThatBranch() {
        // given
        Holiday h = holiday(Optional.of(MITTE), "2026-05-04", "2026-05-04", false, Set.of());

        // when / then
        assertThat(h.appliesTo(MITTE, MARIA)).isTrue();
        assertThat(h.appliesTo(PANKOW, MARIA)).isFalse();
        assertThat(h.appliesToWholeBranch(MITTE)).isTrue();
        assertThat(h.appliesToWholeBranch(PANKOW)).isFalse();
    }

    @Test
    void aHolidayForListedStaffAppliesOnlyToThemAndNeverToTheWholeBranch() {
        // given: Maria's training day in Mitte
        Holiday h = new Holiday(HolidayId.of("schulung"), TENANT, Optional.of(MITTE), "Schulung",
                HolidayType.TRAINING, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 6), false, Set.of(MARIA));

        // when / then
        assertThat(h.appliesTo(MITTE, MARIA)).isTrue();
        assertThat(h.appliesTo(MITTE, EMMA)).isFalse();
        assertThat(h.appliesTo(PANKOW, MARIA)).isFalse();
        assertThat(h.appliesToWholeBranch(MITTE)).isFalse();
    }

    @Test
    void holidayTypesHaveStableLowercaseCodes() {
        // given / when / then
        assertThat(HolidayType.PUBLIC_HOLIDAY.code()).isEqualTo("public_holiday");
        assertThat(HolidayType.fromCode(" maintenance ")).isEqualTo(HolidayType.MAINTENANCE);
        assertThatThrownBy(() -> HolidayType.fromCode("party")).isInstanceOf(IllegalArgumentException.class);
    }
}
