package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.jdbc.internal.CatalogueCache;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.WebhookSubscription;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cached catalogue of two server instances (two stores, each with its own pool and cache) on one database: a
 * change made through one is seen by the other once {@link CatalogueCache#MAX_AGE} has passed on the other's clock
 * (the clocks here are counters, so nothing waits), and by the instance that made it at once; a rolled back change
 * is never served.
 */
abstract class AbstractCatalogueCacheAcrossInstancesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2030, 6, 18);

    /** The database both instances share. */
    protected abstract JdbcConfig database();

    private final AtomicLong tickerA = new AtomicLong();
    private final AtomicLong tickerB = new AtomicLong();
    private final TenantId tenant = Fixtures.tenant();
    private final StaffId maria = StaffId.of("maria");
    private final ServiceId cut = ServiceId.of("cut");
    private JdbcStorage storeA;
    private JdbcStorage storeB;
    private CatalogueRepository catalogueA;
    private CatalogueRepository catalogueB;

    @BeforeEach
    void startTwoInstances() {
        JdbcConfig config = database().withPoolSize(4);
        storeA = JdbcStorage.create(config, Clock.systemUTC(), UnaryOperator.identity(), tickerA::get);
        storeB = JdbcStorage.create(config, Clock.systemUTC(), UnaryOperator.identity(), tickerB::get);
        catalogueA = storeA.storage().catalogue();
        catalogueB = storeB.storage().catalogue();
        catalogueA.saveCompany(new Company(tenant, "Salon Zwei", BookingPolicy.DEFAULTS));
        catalogueA.saveBranch(new Branch(BranchId.of("main"), tenant, "Mitte", BERLIN,
                OpeningHours.weekly(WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00")))));
        catalogueA.saveService(Service.plain(cut, tenant, "Haarschnitt", 30, Money.euros(30)));
        catalogueA.saveStaff(staff("08:00", "20:00"));
    }

    @AfterEach
    void stopInstances() {
        storeA.close();
        storeB.close();
    }

    private Staff staff(String from, String to) {
        return new Staff(maria, tenant, BranchId.of("main"), "Maria", List.of(), Set.of(cut),
                WeeklyHours.weekdays(LocalTimeWindow.of(from, to)), WeeklyHours.none(), List.of(), true);
    }

    private static LocalTimeWindow firstWindow(Staff s) {
        return s.workingHours().windowsOn(DAY.getDayOfWeek()).get(0);
    }

    private void age(AtomicLong ticker) {
        ticker.addAndGet(CatalogueCache.MAX_AGE.toNanos());
    }

    @Test
    void workingHoursChangedThroughOneInstance_areSeenByTheOther_onceTheMaximumAgeHasPassed() {
        assertThat(firstWindow(catalogueB.findStaff(tenant, maria).orElseThrow()))
                .isEqualTo(LocalTimeWindow.of("08:00", "20:00"));

        catalogueA.saveStaff(staff("12:00", "20:00"));
        age(tickerB);

        assertThat(firstWindow(catalogueB.findStaff(tenant, maria).orElseThrow()))
                .isEqualTo(LocalTimeWindow.of("12:00", "20:00"));
        assertThat(catalogueB.listStaff(tenant, BranchId.of("main"))).extracting(AbstractCatalogueCacheAcrossInstancesTest::firstWindow)
                .containsExactly(LocalTimeWindow.of("12:00", "20:00"));
    }

    @Test
    void anEngineOnTheOtherInstance_refusesTimeTheStaffMemberNoLongerWorks_onceTheMaximumAgeHasPassed() {
        BookingEngine engineB = BookingEngine.builder().storage(storeB.storage())
                .clock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC)).build();
        assertThat(book(engineB, "09:00").isSuccess()).isTrue();

        catalogueA.saveStaff(staff("12:00", "20:00"));
        age(tickerB);

        Result<Appointment> refused = book(engineB, "10:00");
        assertThat(refused.isSuccess()).isFalse();
        assertThat(((Result.Failure<Appointment>) refused).code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
    }

    @Test
    void aChangeIsSeenAtOnce_byTheInstanceThatMadeIt() {
        assertThat(catalogueA.findStaff(tenant, maria)).isPresent();

        catalogueA.saveStaff(staff("12:00", "20:00"));
        catalogueA.saveService(Service.plain(cut, tenant, "Haarschnitt lang", 45, Money.euros(40)));

        assertThat(firstWindow(catalogueA.findStaff(tenant, maria).orElseThrow()))
                .isEqualTo(LocalTimeWindow.of("12:00", "20:00"));
        assertThat(catalogueA.findService(tenant, cut).orElseThrow().name()).isEqualTo("Haarschnitt lang");
        assertThat(catalogueA.deleteStaff(tenant, maria)).isTrue();
        assertThat(catalogueA.findStaff(tenant, maria)).isEmpty();
    }

    @Test
    void aChangeRolledBack_isNotServed_evenWhenItWasReadInsideItsTransaction() {
        assertThat(catalogueA.findStaff(tenant, maria)).isPresent();

        try {
            storeA.storage().transactions().inTransaction(() -> {
                catalogueA.saveStaff(staff("12:00", "20:00"));
                assertThat(firstWindow(catalogueA.findStaff(tenant, maria).orElseThrow()))
                        .isEqualTo(LocalTimeWindow.of("12:00", "20:00"));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the transaction is rolled back
        }

        assertThat(firstWindow(catalogueA.findStaff(tenant, maria).orElseThrow()))
                .isEqualTo(LocalTimeWindow.of("08:00", "20:00"));
    }

    @Test
    void aWebhookSubscriptionAddedThroughOneInstance_isSeenByTheOther_onceTheMaximumAgeHasPassed() {
        assertThat(storeB.webhooks().subscriptions(tenant)).isEmpty();

        storeA.webhooks().save(new WebhookSubscription("wh_1", tenant, URI.create("https://example.org/hook"),
                EnumSet.of(WebhookEvent.APPOINTMENT_CREATED), "whsec_1", true, 0, Optional.empty(),
                Instant.parse("2030-01-01T00:00:00Z")));
        age(tickerB);

        assertThat(storeB.webhooks().subscriptions(tenant)).extracting(WebhookSubscription::id)
                .containsExactly("wh_1");
    }

    private Result<Appointment> book(BookingEngine engine, String time) {
        Instant start = DAY.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
        return engine.appointments().book(new BookCommand(new SlotRequest(tenant, Optional.of(BranchId.of("main")),
                cut, Optional.of(maria)), start, Fixtures.customer(), "", Source.API, Optional.empty(),
                Optional.empty(), "corr-" + time));
    }
}
