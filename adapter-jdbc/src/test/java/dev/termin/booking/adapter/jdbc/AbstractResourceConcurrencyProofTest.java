package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.testing.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The no-over-use guarantee for resources under load: engines on the store instances of {@link #instances()} (each
 * with its own in-process slot locks, so nothing but the database serializes them) race, round after round, twelve
 * bookings of twelve different staff members for the same time, each needing one of the branch's two wash basins.
 * Staff locks never meet, so only the store stands between them and a third basin. Afterwards SQL over every stored
 * resource occupancy row finds no unit taken twice at once and no instant with more units in use than exist, and
 * exactly two bookings per round were reported booked, each stored with its units.
 */
abstract class AbstractResourceConcurrencyProofTest {

    private static final int RACERS = 12;
    private static final int ROUNDS = 8;
    private static final int BASINS = 2;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2031, 5, 14);
    private static final ResourceTypeId BASIN = ResourceTypeId.of("wash-basin");

    private JdbcConfig config;
    private final List<JdbcStorage> stores = new ArrayList<>();
    private final List<BookingEngine> engines = new ArrayList<>();
    private final TenantId tenant = Fixtures.tenant();
    private final BranchId branch = BranchId.of("main");
    private final ServiceId wash = ServiceId.of("wash");

    /** An empty database of its own, so that the final queries can look at every row. */
    protected abstract JdbcConfig newDatabase();

    /** How many store instances (engine processes) share the database. */
    protected abstract int instances();

    /** A plain JDBC connection to the database, for the final queries. */
    protected abstract Connection connect(JdbcConfig config) throws SQLException;

    @BeforeEach
    void open() {
        config = newDatabase();
        MutableClock clock = new MutableClock(DAY.minusDays(7).atStartOfDay(BERLIN).toInstant());
        for (int i = 0; i < instances(); i++) {
            JdbcStorage store = JdbcStorage.create(config.withPoolSize(RACERS));
            stores.add(store);
            engines.add(BookingEngine.builder().clock(clock).storage(store.storage()).build());
        }
        BookingStorage s = stores.get(0).storage();
        WeeklyHours hours = WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00"));
        s.catalogue().saveCompany(new Company(tenant, "Salon Becken", BookingPolicy.DEFAULTS));
        s.catalogue().saveBranch(new Branch(branch, tenant, "Mitte", BERLIN, OpeningHours.weekly(hours)));
        s.catalogue().saveResourceType(new ResourceType(BASIN, tenant, branch, "Waschbecken", BASINS));
        s.catalogue().saveService(Service.plain(wash, tenant, "Waschen und Föhnen", 30, Money.euros(25))
                .withResources(List.of(ResourceNeed.whole(BASIN, 1))));
        for (int i = 0; i < RACERS; i++) {
            s.catalogue().saveStaff(new Staff(StaffId.of("staff-" + i), tenant, branch, "Staff " + i, List.of(),
                    Set.of(wash), hours, WeeklyHours.none(), List.of(), true));
        }
    }

    @AfterEach
    void close() {
        stores.forEach(JdbcStorage::close);
    }

    @Test
    @Timeout(120)
    void racingEnginesForTheLastBasins_neverUseMoreBasinsThanExist() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Appointment> booked = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant start = DAY.atTime(9, 0).plusMinutes(45L * round).atZone(BERLIN).toInstant();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Result<Appointment>>> racers = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    BookingEngine engine = engines.get(i % engines.size());
                    SlotRequest request = SlotRequest.of(tenant, branch, wash).withStaff(StaffId.of("staff-" + i));
                    String id = "r" + round + "-" + i;
                    racers.add(pool.submit(() -> {
                        go.await();
                        return engine.appointments().book(new BookCommand(request, start,
                                Customer.withPhone("Kundin " + id, "+4915112345678"), "", Source.WEB,
                                Optional.empty(), Optional.empty(), "corr-" + id));
                    }));
                }
                go.countDown();
                int successes = 0;
                for (Future<Result<Appointment>> f : racers) {
                    Result<Appointment> r = f.get(60, TimeUnit.SECONDS);
                    if (r instanceof Result.Success<Appointment> s) {
                        successes++;
                        booked.add(s.value());
                    } else {
                        assertThat(((Result.Failure<Appointment>) r).code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
                    }
                }
                assertThat(successes).as("bookings in round %d", round).isEqualTo(BASINS);
            }
        } finally {
            pool.shutdownNow();
        }

        // then: SQL over every stored row finds no unit used twice at once and no instant over the count
        assertThat(count("SELECT COUNT(*) FROM resource_occupancy a JOIN resource_occupancy b "
                + "ON a.tenant = b.tenant AND a.branch_id = b.branch_id AND a.type_id = b.type_id "
                + "AND a.unit = b.unit AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                + "WHERE a.active AND b.active")).isZero();
        assertThat(count("SELECT COUNT(*) FROM resource_occupancy a WHERE a.active AND "
                + "(SELECT COUNT(*) FROM resource_occupancy b WHERE b.active AND b.tenant = a.tenant "
                + "AND b.branch_id = a.branch_id AND b.type_id = a.type_id AND b.starts_at <= a.starts_at "
                + "AND b.ends_at > a.starts_at) > (SELECT t.unit_count FROM resource_type t WHERE t.tenant = a.tenant "
                + "AND t.branch_id = a.branch_id AND t.id = a.type_id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM resource_occupancy WHERE active")).isEqualTo(ROUNDS * BASINS);
        // and every reported booking is stored with its basin
        for (Appointment a : booked) {
            assertThat(stores.get(0).storage().appointments().find(tenant, a.id())).contains(a);
            assertThat(a.resources()).singleElement().matches(r -> r.type().equals(BASIN) && r.units() == 1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(config); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
