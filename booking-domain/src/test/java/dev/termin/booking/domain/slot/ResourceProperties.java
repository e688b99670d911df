package dev.termin.booking.domain.slot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;

/**
 * No slot over-uses a resource: generated resource types (1 to 3 units), existing uses by appointments and holds
 * (of the asker and of others), and plain or composite services needing units for their whole time or one segment.
 */
class ResourceProperties {

    private static final TenantId TENANT = TenantId.of("t");
    private static final BranchId BRANCH = BranchId.of("b");
    private static final ServiceId SERVICE = ServiceId.of("s");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 16);
    private static final List<ResourceTypeId> TYPES = List.of(ResourceTypeId.of("basin"), ResourceTypeId.of("chair"));
    private static final String OWNER = "call-1";

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<ResourceUse> use() {
        Instant base = DAY.atTime(8, 0).atZone(ZONE).toInstant();
        return Combinators.combine(Arbitraries.of(TYPES), uniform(1, 2), uniform(0, 40), uniform(1, 12),
                uniform(0, 2), uniform(0, 99))
                .as((type, units, s, len, origin, n) -> {
                    ResourceOccupancy o = new ResourceOccupancy(type, units, TimeInterval.of(
                            base.plus(Duration.ofMinutes(15L * s)), Duration.ofMinutes(15L * len)));
                    return switch (origin) {
                        case 0 -> ResourceUse.appointment(o, "apt-" + n);
                        case 1 -> ResourceUse.hold(o, "hold-" + n, OWNER);
                        default -> ResourceUse.hold(o, "hold-" + n, "call-2");
                    };
                });
    }

    private static Arbitrary<Service> service() {
        Arbitrary<ResourceNeed> wholeNeed = Combinators.combine(Arbitraries.of(TYPES), uniform(1, 2))
                .as(ResourceNeed::whole);
        Arbitrary<Service> plain = Combinators.combine(uniform(1, 6), wholeNeed.list().ofMinSize(1).ofMaxSize(2))
                .as((q, needs) -> Service.plain(SERVICE, TENANT, "p", 15 * q, Money.euros(1))
                        .withResources(needs));
        Arbitrary<ResourceNeed> anyNeed = Combinators.combine(Arbitraries.of(TYPES), uniform(1, 2),
                Arbitraries.of("A", "B").optional(0.7))
                .as(ResourceNeed::new);
        Arbitrary<Service> composite = Combinators.combine(uniform(1, 4), uniform(1, 4),
                anyNeed.list().ofMinSize(1).ofMaxSize(3))
                .as((a, pause, needs) -> Service.composite(SERVICE, TENANT, "c", new CompositeDefinition(List.of(
                        new WorkSegment("A", "A", Duration.ofMinutes(15L * a), Set.of()),
                        new Pause(Duration.ofMinutes(15L * pause)),
                        new WorkSegment("B", "B", Duration.ofMinutes(30), Set.of())), PausePolicy.FREE),
                        Money.euros(1)).withResources(needs));
        return Arbitraries.oneOf(plain, composite);
    }

    /** One generated calendar and the asking owner. */
    record Scenario(AvailabilityContext ctx, Optional<String> owner) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Branch branch = new Branch(BRANCH, TENANT, "b", ZONE,
                OpeningHours.weekly(WeeklyHours.on(List.of(DayOfWeek.values()), LocalTimeWindow.of("08:00", "20:00"))));
        List<Staff> staff = List.of(StaffId.of("s1"), StaffId.of("s2")).stream()
                .map(id -> new Staff(id, TENANT, BRANCH, id.value(), List.of(), Set.of(SERVICE),
                        WeeklyHours.on(List.of(DayOfWeek.values()), LocalTimeWindow.of("08:00", "20:00")),
                        WeeklyHours.none(), List.of(), true))
                .toList();
        Instant now = DAY.minusDays(1).atStartOfDay(ZONE).toInstant();
        return Combinators.combine(service(), uniform(1, 3), uniform(1, 3), use().list().ofMaxSize(8),
                Arbitraries.of(OWNER, "call-3").optional(0.5))
                .as((svc, basins, chairs, uses, owner) -> {
                    List<ResourceType> types = List.of(new ResourceType(TYPES.get(0), TENANT, BRANCH, "basin", basins),
                            new ResourceType(TYPES.get(1), TENANT, BRANCH, "chair", chairs));
                    return new Scenario(new AvailabilityContext(branch, svc, BookingPolicy.DEFAULTS, staff,
                            List.of(), List.of(), now).withResources(types, possible(uses, types)), owner);
                });
    }

    /** The uses that the storage could hold together: each one that would over-use a type is left out. */
    private static List<ResourceUse> possible(List<ResourceUse> uses, List<ResourceType> types) {
        List<ResourceUse> kept = new ArrayList<>();
        List<ResourceOccupancy> occupied = new ArrayList<>();
        for (ResourceUse u : uses) {
            occupied.add(u.occupancy());
            if (withinCounts(occupied, types)) {
                kept.add(u);
            } else {
                occupied.remove(occupied.size() - 1);
            }
        }
        return kept;
    }

    /** True when, at every instant, the uses of each type add up to at most its count. */
    private static boolean withinCounts(List<ResourceOccupancy> uses, List<ResourceType> types) {
        for (ResourceType t : types) {
            TreeSet<Instant> instants = new TreeSet<>();
            uses.stream().filter(u -> u.type().equals(t.id())).forEach(u -> instants.add(u.interval().start()));
            for (Instant i : instants) {
                int sum = uses.stream().filter(u -> u.type().equals(t.id()) && u.interval().contains(i))
                        .mapToInt(ResourceOccupancy::units).sum();
                if (sum > t.count()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<ResourceOccupancy> blocking(AvailabilityContext ctx, Optional<String> owner) {
        return ctx.resourceUse().stream().filter(u -> u.blocks(owner, Optional.empty()))
                .map(ResourceUse::occupancy).toList();
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void noSlotOverUsesAResourceGivenTheExistingUses(@ForAll("scenarios") Scenario s) {
        // given
        List<ResourceOccupancy> existing = blocking(s.ctx(), s.owner());
        SlotQuery query = new SlotQuery(DAY, DAY, Optional.empty(), s.owner());

        // when
        List<Slot> slots = SlotSearch.find(s.ctx(), query);

        // then
        for (Slot slot : slots) {
            assertThat(slot.resources()).hasSize(s.ctx().service().resources().size());
            List<ResourceOccupancy> all = new ArrayList<>(existing);
            all.addAll(slot.resources());
            assertThat(withinCounts(all, s.ctx().resourceTypes())).as("%s over %s", slot.resources(), existing)
                    .isTrue();
        }
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void bookingFoundSlotsOneAfterAnotherNeverOverUsesAResource(@ForAll("scenarios") Scenario s) {
        // given
        AvailabilityContext ctx = s.ctx();
        SlotQuery query = new SlotQuery(DAY, DAY, Optional.empty(), s.owner());

        // when: take the middle slot of each search as a new appointment, six times
        for (int i = 0; i < 6; i++) {
            List<Slot> slots = SlotSearch.find(ctx, query);
            if (slots.isEmpty()) {
                break;
            }
            Slot taken = slots.get(slots.size() / 2);
            List<ResourceUse> uses = new ArrayList<>(ctx.resourceUse());
            taken.resources().forEach(r -> uses.add(ResourceUse.appointment(r, "new-" + uses.size())));
            ctx = ctx.withResources(ctx.resourceTypes(), uses);
        }

        // then
        assertThat(withinCounts(blocking(ctx, s.owner()), ctx.resourceTypes())).isTrue();
    }
}
