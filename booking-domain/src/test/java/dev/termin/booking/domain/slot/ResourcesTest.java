package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.between;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.salon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.slot.Reason.Code;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Resources: the salon has two wash basins. Staff are free unless a test says otherwise, so only resources can
 * make a time unavailable.
 */
class ResourcesTest {

    private static final ResourceTypeId BASIN = ResourceTypeId.of("wash-basin");

    /** The cut needs one basin for its whole time. */
    private static Salon cutWithBasin() {
        return salon().service(Salon.cut().withResources(List.of(ResourceNeed.whole(BASIN, 1))))
                .resourceType("wash-basin", 2);
    }

    @Test
    void aSlotCarriesTheResourceUnitsItTakes() {
        // given / when
        Slot slot = cutWithBasin().slotAt(at(TUESDAY, "10:00"), ANNA);

        // then: the customer's time, without the staff buffer
        assertThat(slot.resources()).containsExactly(
                new ResourceOccupancy(BASIN, 1, between(TUESDAY, "10:00", "10:30")));
    }

    @Test
    void whenEveryUnitIsTakenTheTimeIsUnavailableWithReasonResourceUnavailable() {
        // given: both basins taken 10:15–10:30
        Salon salon = cutWithBasin().resourceUse("x-1", "wash-basin", 1, TUESDAY, "10:00", "10:30")
                .resourceUse("x-2", "wash-basin", 1, TUESDAY, "10:15", "10:45");

        // when
        Explanation e = salon.explain(at(TUESDAY, "10:00"));

        // then
        assertThat(codes(e)).containsExactly(Code.RESOURCE_UNAVAILABLE);
        assertThat(e.reasons().get(0).message()).contains("wash-basin");
        assertThat(salon.explain(at(TUESDAY, "10:30")).bookable()).isTrue();
        assertThat(Salon.localStarts(salon.find(TUESDAY))).contains("09:45", "10:30").doesNotContain("10:00",
                "10:15");
    }

    @Test
    void oneUnitLeftIsEnoughForANeedOfOne() {
        // given
        Salon salon = cutWithBasin().resourceUse("x-1", "wash-basin", 1, TUESDAY, "10:00", "10:30");

        // when / then
        assertThat(salon.explain(at(TUESDAY, "10:00")).bookable()).isTrue();
    }

    @Test
    void aServiceNeedingMoreUnitsThanTheBranchHasIsNeverOffered() {
        // given
        Salon salon = salon().service(Salon.cut().withResources(List.of(ResourceNeed.whole(BASIN, 3))))
                .resourceType("wash-basin", 2);

        // when / then
        assertThat(salon.find(TUESDAY)).isEmpty();
        assertThat(codes(salon.explain(at(TUESDAY, "10:00")))).containsExactly(Code.RESOURCE_UNAVAILABLE);
    }

    @Test
    void aTypeTheBranchDoesNotHaveCountsAsNoUnits() {
        // given
        Salon salon = salon().service(Salon.cut().withResources(List.of(ResourceNeed.whole(BASIN, 1))));

        // when / then
        assertThat(salon.find(TUESDAY)).isEmpty();
    }

    @Test
    void aSegmentNeedTakesTheResourceOnlyDuringThatSegment() {
        // given: the wash (segment B, 11:15–11:30 for a 10:00 colour) needs a basin; both are taken 10:00–11:15
        Salon salon = salon()
                .service(Salon.colour(PausePolicy.FREE).withResources(List.of(ResourceNeed.during("B", BASIN, 1))))
                .resourceType("wash-basin", 2)
                .resourceUse("x-1", "wash-basin", 2, TUESDAY, "10:00", "11:15");

        // when
        Slot slot = salon.slotAt(at(TUESDAY, "10:00"), ANNA);

        // then
        assertThat(slot.resources()).containsExactly(
                new ResourceOccupancy(BASIN, 1, between(TUESDAY, "11:15", "11:30")));
        assertThat(salon.resourceUse("x-2", "wash-basin", 2, TUESDAY, "11:15", "11:20")
                .explain(at(TUESDAY, "10:00"), ANNA).bookable()).isFalse();
    }

    @Test
    void theAskersOwnHoldAndTheMovedAppointmentDoNotTakeResourcesFromThem() {
        // given: one basin; a hold of call-1 and appointment a-1 each take it at different times
        Salon salon = salon().service(Salon.cut().withResources(List.of(ResourceNeed.whole(BASIN, 1))))
                .resourceType("wash-basin", 1)
                .resourceUse("a-1", "wash-basin", 1, TUESDAY, "14:00", "14:30");
        AvailabilityContext ctx = salon.context().withResources(salon.context().resourceTypes(),
                List.of(salon.context().resourceUse().get(0), ResourceUse.hold(new ResourceOccupancy(BASIN, 1,
                        between(TUESDAY, "10:00", "10:30")), "h-1", "call-1")));

        // when / then
        assertThat(SlotSearch.explain(ctx, at(TUESDAY, "10:00"), Optional.empty(), Optional.of("call-1"))
                .bookable()).isTrue();
        assertThat(SlotSearch.explain(ctx, at(TUESDAY, "10:00"), Optional.empty(), Optional.of("call-2"))
                .bookable()).isFalse();
        assertThat(SlotSearch.explain(ctx, at(TUESDAY, "14:00"), Optional.empty(), Optional.empty(),
                Optional.of("a-1")).bookable()).isTrue();
        assertThat(SlotSearch.explain(ctx, at(TUESDAY, "14:00"), Optional.empty(), Optional.empty())
                .bookable()).isFalse();
    }

    @Test
    void resourcesAreSharedByTheWholeBranchWhateverTheStaff() {
        // given: one basin taken; Ben and Clara are free
        Salon salon = salon().service(Salon.cut().withResources(List.of(ResourceNeed.whole(BASIN, 1))))
                .resourceType("wash-basin", 1)
                .resourceUse("a-1", "wash-basin", 1, TUESDAY, "10:00", "10:30");

        // when / then
        assertThat(salon.explain(at(TUESDAY, "10:00"), BEN).bookable()).isFalse();
        assertThat(salon.explain(at(TUESDAY, "10:00"), CLARA).bookable()).isFalse();
    }

    @Test
    void aNeedForASegmentTheServiceDoesNotHaveIsRefused() {
        // given / when / then
        assertThatThrownBy(() -> Salon.cut().withResources(List.of(ResourceNeed.during("B", BASIN, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment B");
    }
}
