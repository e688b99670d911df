package dev.termin.booking.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link WaitlistMatcher} with flexible entries (any staff, compatible service). */
class WaitlistMatcherProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(48);
    private static final List<ServiceId> SERVICES = List.of(ServiceId.of("cut"), ServiceId.of("colour"),
            ServiceId.of("wash"));
    private static final List<StaffId> STAFF = List.of(StaffId.of("maria"), StaffId.of("emma"));
    private static final TimeInterval FREED = TimeInterval.of(Instant.parse("2026-06-17T08:00:00Z"),
            Duration.ofMinutes(60));

    @Provide
    Arbitrary<List<WaitlistEntry>> entries() {
        Arbitrary<WaitlistEntry> one = Combinators.combine(
                Arbitraries.of(SERVICES), Arbitraries.of(STAFF).optional(0.6),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false, false))
                .as((service, staff, priority, joined, anyStaff, compatible, removed) -> {
                    WaitlistEntry e = new WaitlistEntry(WaitlistEntryId.of("e" + service + staff.map(StaffId::value).orElse("-") + priority + joined
                            + anyStaff + compatible + removed), TenantId.of("t"), BranchId.of("b"), service, staff,
                            Customer.withPhone("Kunde", "+4915112345678"), LocalDate.of(2026, 6, 16),
                            LocalDate.of(2026, 6, 20), Set.of(), List.of(), priority, NOW.plusSeconds(joined),
                            WaitlistStatus.WAITING, Optional.empty(), Optional.empty(),
                            new WaitlistFlexibility(anyStaff, compatible), Optional.empty());
                    return removed ? e.remove() : e;
                });
        return one.list().ofMaxSize(12).uniqueElements(e -> e.id());
    }

    @Provide
    Arbitrary<FreedSlot> freed() {
        return Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(STAFF),
                Arbitraries.of(SERVICES).set().ofMaxSize(3))
                .as((service, staff, fitting) -> new FreedSlot(service, staff, FREED, fitting));
    }

    private static boolean serviceFits(WaitlistEntry e, FreedSlot f) {
        return e.service().equals(f.service()) || e.flexibility().compatibleService() && f.fitting().contains(e.service());
    }

    private static boolean staffFits(WaitlistEntry e, FreedSlot f) {
        return e.staff().isEmpty() || e.staff().get().equals(f.staff()) || e.flexibility().anyStaff();
    }

    @Property
    void exactlyTheOpenEntriesWhoseServiceAndStaffFitAreOffered(@ForAll("entries") List<WaitlistEntry> entries,
            @ForAll("freed") FreedSlot freed) {
        List<WaitlistEntry> matched = WaitlistMatcher.match(entries, freed, BERLIN, NOW, WINDOW);
        List<WaitlistEntry> expected = entries.stream().filter(e -> e.status() != WaitlistStatus.REMOVED)
                .filter(e -> serviceFits(e, freed) && staffFits(e, freed)).toList();
        assertThat(matched).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void matchesAreOrderedByPriorityThenExactBeforeFlexibleThenFirstCome(
            @ForAll("entries") List<WaitlistEntry> entries, @ForAll("freed") FreedSlot freed) {
        List<WaitlistEntry> matched = WaitlistMatcher.match(entries, freed, BERLIN, NOW, WINDOW);
        for (int i = 1; i < matched.size(); i++) {
            WaitlistEntry a = matched.get(i - 1);
            WaitlistEntry b = matched.get(i);
            assertThat(a.priority()).isGreaterThanOrEqualTo(b.priority());
            if (a.priority() == b.priority()) {
                boolean aFlexible = a.flexibly(freed.service(), freed.staff());
                boolean bFlexible = b.flexibly(freed.service(), freed.staff());
                assertThat(!aFlexible || bFlexible).as("exact before flexible").isTrue();
                if (aFlexible == bFlexible) {
                    assertThat(a.createdAt()).isBeforeOrEqualTo(b.createdAt());
                }
            }
        }
    }

    @Property
    void flexibilityOnlyWidensTheMatches_andWithoutItOnlyTheSameServiceMatches(
            @ForAll("entries") List<WaitlistEntry> entries, @ForAll("freed") FreedSlot freed) {
        List<WaitlistEntry> strict = new ArrayList<>();
        entries.forEach(e -> strict.add(e.with(WaitlistFlexibility.NONE, Optional.empty())));
        List<WaitlistEntry> strictMatches = WaitlistMatcher.match(strict, freed, BERLIN, NOW, WINDOW);
        assertThat(strictMatches).allSatisfy(e -> assertThat(e.service()).isEqualTo(freed.service()));
        assertThat(strictMatches).allSatisfy(e -> assertThat(e.flexibly(freed.service(), freed.staff())).isFalse());
        List<WaitlistEntryId> flexibleIds = WaitlistMatcher.match(entries, freed, BERLIN, NOW, WINDOW).stream()
                .map(WaitlistEntry::id).toList();
        assertThat(flexibleIds).containsAll(strictMatches.stream().map(WaitlistEntry::id).toList());
    }

    @Property
    void anEntryOfferedSomethingWithinTheWindowIsNeverOfferedAgain(@ForAll("entries") List<WaitlistEntry> entries,
            @ForAll("freed") FreedSlot freed) {
        List<WaitlistEntry> offered = entries.stream().map(e -> e.offer(FREED, NOW.minus(Duration.ofHours(1))))
                .toList();
        assertThat(WaitlistMatcher.match(offered, freed, BERLIN, NOW, WINDOW)).isEmpty();
    }
}
