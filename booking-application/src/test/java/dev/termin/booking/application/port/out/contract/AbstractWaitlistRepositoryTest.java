package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.DAY;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistFlexibility;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link WaitlistRepository}: upserts, exact round trips, open entries oldest first, tenant scope. */
public abstract class AbstractWaitlistRepositoryTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingStorage storage;
    private WaitlistRepository waitlist;
    private ContractFixtures f;
    private TenantId tenant;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        waitlist = storage.waitlist();
        f = ContractFixtures.create(storage);
        tenant = f.tenant();
    }

    @Test
    void aSavedEntry_roundTripsEveryField() {
        Instant now = now();
        WaitlistEntry entry = new WaitlistEntry(WaitlistEntryId.of(randomId("wait")), tenant, f.branch(),
                f.service(), Optional.of(f.staff()),
                new Customer("Zoë Ünal", Optional.empty(), Optional.of(new EmailAddress("zoe@example.org"))),
                DAY, DAY.plusDays(30), Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                List.of(LocalTimeWindow.of("09:00", "12:00"), LocalTimeWindow.of("15:30", "18:00")), 80,
                now.minus(Duration.ofDays(1)), WaitlistStatus.OFFERED, Optional.of(at("10:00", 30)),
                Optional.of(now)).with(new WaitlistFlexibility(true, true),
                Optional.of("/book/" + tenant.value() + "?key=termin_page_x&color=%237a2e5b"));

        waitlist.save(entry);

        assertThat(waitlist.find(tenant, entry.id())).contains(entry);
    }

    @Test
    void aMinimalEntry_roundTrips() {
        WaitlistEntry entry = f.waitlistEntry(f.service(), now());

        waitlist.save(entry);

        assertThat(waitlist.find(tenant, entry.id())).contains(entry);
    }

    @Test
    void savingAgain_updatesTheEntry() {
        WaitlistEntry entry = f.waitlistEntry(f.service(), now());
        waitlist.save(entry);
        WaitlistEntry offered = entry.offer(at("11:00", 30), now());

        waitlist.save(offered);

        assertThat(waitlist.find(tenant, entry.id())).contains(offered);
    }

    @Test
    void listOpen_excludesRemovedEntries_andListsTheOldestFirst() {
        // given
        Instant t = now().minus(Duration.ofHours(1));
        WaitlistEntry newest = f.waitlistEntry(f.service(), t.plusSeconds(30));
        WaitlistEntry oldest = f.waitlistEntry(f.service(), t);
        WaitlistEntry offered = f.waitlistEntry(f.service(), t.plusSeconds(10)).offer(at("10:00", 30), t);
        WaitlistEntry removed = f.waitlistEntry(f.service(), t.plusSeconds(20)).remove();
        for (WaitlistEntry e : List.of(newest, oldest, offered, removed)) {
            waitlist.save(e);
        }

        // then
        assertThat(waitlist.listOpen(tenant, Optional.empty())).containsExactly(oldest, offered, newest);
    }

    @Test
    void listOpen_filtersByService() {
        ServiceId colour = f.addService();
        Instant t = now();
        WaitlistEntry cut = f.waitlistEntry(f.service(), t);
        WaitlistEntry dye = f.waitlistEntry(colour, t.plusSeconds(1));
        waitlist.save(cut);
        waitlist.save(dye);

        assertThat(waitlist.listOpen(tenant, Optional.of(colour))).containsExactly(dye);
        assertThat(waitlist.listOpen(tenant, Optional.of(f.service()))).containsExactly(cut);
        assertThat(waitlist.listOpen(tenant, Optional.empty())).containsExactly(cut, dye);
    }

    @Test
    void anotherTenant_seesNoEntries() {
        WaitlistEntry entry = f.waitlistEntry(f.service(), now());
        waitlist.save(entry);
        ContractFixtures other = ContractFixtures.create(storage);

        assertThat(waitlist.find(other.tenant(), entry.id())).isEmpty();
        assertThat(waitlist.listOpen(other.tenant(), Optional.empty())).isEmpty();
        assertThat(waitlist.listOpen(other.tenant(), Optional.of(f.service()))).isEmpty();
    }

    @Test
    void theSameIdUnderAnotherTenant_leavesTheFirstTenantsEntryUntouched() {
        WaitlistEntry entry = f.waitlistEntry(f.service(), now());
        waitlist.save(entry);
        ContractFixtures other = ContractFixtures.create(storage);
        WaitlistEntry template = other.waitlistEntry(other.service(), now());
        WaitlistEntry theirs = new WaitlistEntry(entry.id(), other.tenant(), other.branch(), other.service(),
                Optional.empty(), template.customer(), template.firstDay(), template.lastDay(), Set.of(), List.of(),
                10, template.createdAt(), WaitlistStatus.REMOVED, Optional.empty(), Optional.empty());

        waitlist.save(theirs);

        assertThat(waitlist.find(tenant, entry.id())).contains(entry);
        assertThat(waitlist.find(other.tenant(), entry.id())).contains(theirs);
    }
}
