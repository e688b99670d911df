package dev.termin.booking.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitlistMatcherTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    static final ServiceId CUT = ServiceId.of("cut");
    static final StaffId MARIA = StaffId.of("maria");
    /** Wednesday 17 June 2026, 10:00–10:30 in Berlin. */
    static final TimeInterval FREED = TimeInterval.of(Instant.parse("2026-06-17T08:00:00Z"), Duration.ofMinutes(30));

    static WaitlistEntry entry(String id, int priority, Instant joined, Optional<StaffId> staff,
            Set<DayOfWeek> days, List<LocalTimeWindow> times) {
        return new WaitlistEntry(WaitlistEntryId.of(id), TenantId.of("t"), BranchId.of("b"), CUT, staff,
                Customer.withPhone("Kunde " + id, "+4915112345678"), LocalDate.of(2026, 6, 16),
                LocalDate.of(2026, 6, 20), days, times, priority, joined, WaitlistStatus.WAITING, Optional.empty(),
                Optional.empty());
    }

    static WaitlistEntry entry(String id, int priority, Instant joined) {
        return entry(id, priority, joined, Optional.empty(), Set.of(), List.of());
    }

    @Test
    void matchesAreOrderedByPriorityThenByWhoJoinedFirst() {
        List<WaitlistEntry> entries = List.of(entry("late-low", 1, NOW.plusSeconds(20)),
                entry("early-low", 1, NOW), entry("high", 5, NOW.plusSeconds(60)));
        assertThat(WaitlistMatcher.match(entries, CUT, MARIA, FREED, BERLIN, NOW, Duration.ofHours(48)))
                .extracting(e -> e.id().value()).containsExactly("high", "early-low", "late-low");
    }

    @Test
    void entriesForOtherStaffOtherWeekdaysOtherTimesOrOtherServicesDoNotMatch() {
        WaitlistEntry otherStaff = entry("emma", 1, NOW, Optional.of(StaffId.of("emma")), Set.of(), List.of());
        WaitlistEntry mondaysOnly = entry("monday", 1, NOW, Optional.empty(), Set.of(DayOfWeek.MONDAY), List.of());
        WaitlistEntry afternoons = entry("pm", 1, NOW, Optional.empty(), Set.of(),
                List.of(LocalTimeWindow.of("14:00", "18:00")));
        WaitlistEntry mornings = entry("am", 1, NOW, Optional.of(MARIA), Set.of(DayOfWeek.WEDNESDAY),
                List.of(LocalTimeWindow.of("09:00", "12:00")));
        assertThat(WaitlistMatcher.match(List.of(otherStaff, mondaysOnly, afternoons, mornings), CUT, MARIA, FREED,
                BERLIN, NOW, Duration.ofHours(48))).extracting(e -> e.id().value()).containsExactly("am");
        assertThat(WaitlistMatcher.match(List.of(mornings), ServiceId.of("colour"), MARIA, FREED, BERLIN, NOW,
                Duration.ofHours(48))).isEmpty();
    }

    @Test
    void anEntryOfferedRecentlyOrRemovedIsSkipped() {
        WaitlistEntry offered = entry("o", 1, NOW).offer(FREED, NOW.minus(Duration.ofHours(1)));
        WaitlistEntry offeredLongAgo = entry("old", 1, NOW).offer(FREED, NOW.minus(Duration.ofHours(49)));
        WaitlistEntry removed = entry("r", 1, NOW).remove();
        assertThat(WaitlistMatcher.match(List.of(offered, offeredLongAgo, removed), CUT, MARIA, FREED, BERLIN, NOW,
                Duration.ofHours(48))).extracting(e -> e.id().value()).containsExactly("old");
    }

    @Test
    void aSlotOutsideTheDateRangeDoesNotMatchAndRangesAreValidated() {
        TimeInterval later = FREED.shift(Duration.ofDays(7));
        assertThat(WaitlistMatcher.match(List.of(entry("e", 1, NOW)), CUT, MARIA, later, BERLIN, NOW,
                Duration.ofHours(48))).isEmpty();
        assertThatThrownBy(() -> entry("bad", 101, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompatibleServiceIsOneTheFreedStaffMemberPerformsThatFitsIntoTheFreedTime() {
        Service cut = Service.plain(CUT, TenantId.of("t"), "Haarschnitt", 30, Money.euros(35));
        Service wash = Service.plain(ServiceId.of("wash"), TenantId.of("t"), "Waschen", 15, Money.euros(10));
        Service colour = Service.plain(ServiceId.of("colour"), TenantId.of("t"), "Farbe", 90, Money.euros(80));
        Service perm = Service.plain(ServiceId.of("perm"), TenantId.of("t"), "Dauerwelle", 20, Money.euros(60));
        Staff maria = new Staff(MARIA, TenantId.of("t"), BranchId.of("b"), "Maria", List.of(),
                Set.of(CUT, wash.id(), colour.id()), WeeklyHours.none(), WeeklyHours.none(), List.of(), true);
        FreedSlot freed = FreedSlot.of(wash.id(), maria, FREED, List.of(cut, wash, colour, perm));
        // colour is too long for the 30 minutes, Maria does not do perms
        assertThat(freed.fitting()).containsExactlyInAnyOrder(CUT, wash.id());
    }

    @Test
    void anEntryThatAcceptsACompatibleServiceOrAnyStaff_isOfferedAfterExactMatchesOfItsPriority() {
        // given a freed 30 minutes of a wash with Maria, in which a cut would fit
        FreedSlot freed = new FreedSlot(ServiceId.of("wash"), MARIA, FREED, Set.of(CUT, ServiceId.of("wash")));
        WaitlistEntry strictCut = entry("strict", 1, NOW);
        WaitlistEntry flexibleCut = entry("flex", 1, NOW.plusSeconds(5)).with(new WaitlistFlexibility(false, true),
                Optional.empty());
        WaitlistEntry emmaOrAnyone = new WaitlistEntry(WaitlistEntryId.of("any"), TenantId.of("t"), BranchId.of("b"),
                ServiceId.of("wash"), Optional.of(StaffId.of("emma")), Customer.withPhone("Kunde", "+4915112345678"),
                LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 20), Set.of(), List.of(), 1, NOW.plusSeconds(9),
                WaitlistStatus.WAITING, Optional.empty(), Optional.empty(), new WaitlistFlexibility(true, false),
                Optional.empty());
        WaitlistEntry exactWash = new WaitlistEntry(WaitlistEntryId.of("exact"), TenantId.of("t"),
                BranchId.of("b"), ServiceId.of("wash"), Optional.empty(), Customer.withPhone("K", "+4915112345678"),
                LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 20), Set.of(), List.of(), 1, NOW.plusSeconds(60),
                WaitlistStatus.WAITING, Optional.empty(), Optional.empty());

        // then the strict cut entry does not match, the exact wash comes first, the flexible ones in joining order
        assertThat(WaitlistMatcher.match(List.of(strictCut, flexibleCut, emmaOrAnyone, exactWash), freed, BERLIN,
                NOW, Duration.ofHours(48))).extracting(e -> e.id().value()).containsExactly("exact", "flex", "any");
    }

    @Test
    void theBookingPageOfAnEntryIsAPathOnTheBookingServer_neverAnotherSite() {
        assertThat(entry("p", 1, NOW).with(WaitlistFlexibility.NONE, Optional.of("/book/demo?key=termin_page_a-b"))
                .bookingPage()).contains("/book/demo?key=termin_page_a-b");
        assertThatThrownBy(() -> entry("p", 1, NOW).with(WaitlistFlexibility.NONE,
                Optional.of("https://evil.example/book/demo"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry("p", 1, NOW).with(WaitlistFlexibility.NONE,
                Optional.of("//evil.example/book/demo"))).isInstanceOf(IllegalArgumentException.class);
    }
}
