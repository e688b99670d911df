package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.customer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemorySlotLocks;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 64 threads, over two engines sharing one in-memory store, race to hold, confirm, book, reschedule and cancel
 * overlapping times of three staff members; afterwards no two active occupancies of one staff member conflict,
 * and every success reported to a caller is stored.
 */
class ConcurrentBookingTest {

    private static final Set<ErrorCode> EXPECTED_REFUSALS = Set.of(ErrorCode.SLOT_UNAVAILABLE,
            ErrorCode.RESERVATION_EXPIRED, ErrorCode.INVALID_STATE, ErrorCode.POLICY_VIOLATION);

    @Test
    void sixtyFourThreadsRacingOverOverlappingSlotsLeaveNoOverlapAndLoseNoSuccess() throws Exception {
        // given two engines over one store and one set of slot locks, as two instances over one database
        MutableClock clock = new MutableClock(NOW);
        InMemoryStorage store = new InMemoryStorage(clock);
        InMemorySlotLocks locks = new InMemorySlotLocks(clock);
        BookingEngine first = BookingEngine.builder().clock(clock).storage(store.storage()).slotLocks(locks).build();
        BookingEngine second = BookingEngine.builder().clock(clock).storage(store.storage()).slotLocks(locks)
                .build();
        Salon salon = new Salon(first);
        List<StaffId> staff = List.of(salon.maria, salon.emma, salon.jonas);
        List<ServiceId> services = List.of(salon.cut, salon.colour, salon.colourBlocked);

        int threads = 64;
        int attemptsPerThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentHashMap<String, Appointment> reportedBooked = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Boolean> reportedCancelled = new ConcurrentHashMap<>();
        AtomicInteger unexpected = new AtomicInteger();
        AtomicInteger successes = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            BookingEngine engine = t % 2 == 0 ? first : second;
            pool.submit(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                go.await();
                for (int i = 0; i < attemptsPerThread; i++) {
                    StaffId who = staff.get(rnd.nextInt(staff.size()));
                    ServiceId what = services.get(rnd.nextInt(services.size()));
                    // every start falls in one busy morning, so almost everything overlaps something
                    Instant start = Salon.wednesday("09:00").plus(Duration.ofMinutes(15L * rnd.nextInt(12)));
                    String owner = "caller-" + seed + "-" + i;
                    Result<?> r;
                    switch (rnd.nextInt(4)) {
                        case 0 -> {
                            r = engine.holds().hold(new HoldCommand(salon.request(what, who), start, owner,
                                    Optional.empty(), owner));
                            if (r instanceof Result.Success<?> s && rnd.nextBoolean()) {
                                r = engine.holds().confirm(new ConfirmHoldCommand(salon.tenant,
                                        ((Hold) s.value()).token(), owner, customer("Kunde " + seed), "",
                                        Source.PHONE, owner));
                            }
                        }
                        case 1, 2 -> r = engine.appointments().book(new BookCommand(salon.request(what, who), start,
                                customer("Kunde " + seed), "", Source.WEB, Optional.empty(), Optional.empty(),
                                owner));
                        default -> {
                            List<Appointment> mine = new ArrayList<>(reportedBooked.values());
                            if (mine.isEmpty()) {
                                continue;
                            }
                            Appointment a = mine.get(rnd.nextInt(mine.size()));
                            r = rnd.nextBoolean()
                                    ? engine.appointments().cancel(
                                            new CancelCommand(salon.tenant, a.id(), "", true, owner))
                                    : engine.appointments().reschedule(new RescheduleCommand(salon.tenant, a.id(),
                                            start, Optional.empty(), true, owner));
                        }
                    }
                    if (r instanceof Result.Success<?> s) {
                        successes.incrementAndGet();
                        if (s.value() instanceof Appointment a) {
                            if (a.isActive()) {
                                reportedBooked.merge(a.id().value(), a, (x, y) ->
                                        x.updatedAt().isAfter(y.updatedAt()) ? x : y);
                            } else {
                                reportedCancelled.put(a.id().value(), true);
                            }
                        }
                    } else if (!EXPECTED_REFUSALS.contains(((Result.Failure<?>) r).code())) {
                        unexpected.incrementAndGet();
                    }
                }
                return null;
            });
        }

        // when they all race
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        // then no two stored active occupancies of one staff member conflict
        TimeInterval day = TimeInterval.of(Salon.wednesday("00:00"), Salon.wednesday("23:59"));
        List<Occupancy> active = new ArrayList<>();
        List<Appointment> stored = first.appointments().list(salon.tenant, Optional.empty(), day);
        stored.forEach(a -> active.addAll(a.activeOccupancies()));
        for (Hold h : store.storage().holds().findActiveOccupying(salon.tenant, staff, day, clock.instant())) {
            active.addAll(h.occupancies());
        }
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                assertThat(active.get(i).conflictsWith(active.get(j)))
                        .as("%s vs %s", active.get(i), active.get(j)).isFalse();
            }
        }
        // and every appointment reported as booked is stored (cancelled ones as cancelled)
        assertThat(successes.get()).isPositive();
        assertThat(unexpected.get()).isZero();
        for (String id : reportedBooked.keySet()) {
            Appointment s = stored.stream().filter(a -> a.id().value().equals(id)).findFirst().orElseThrow();
            assertThat(s.isActive() || reportedCancelled.containsKey(id)).isTrue();
        }
        assertThat(stored).isNotEmpty();
    }

    @Test
    void bookingsOfOneStaffMemberOnManyFreeDaysAtOnceAllSucceed() throws Exception {
        // given free days of one staff member, booked concurrently (fencing must not refuse valid bookings)
        MutableClock clock = new MutableClock(NOW);
        InMemoryStorage store = new InMemoryStorage(clock);
        InMemorySlotLocks locks = new InMemorySlotLocks(clock);
        BookingEngine engine = BookingEngine.builder().clock(clock).storage(store.storage()).slotLocks(locks).build();
        Salon salon = new Salon(engine);
        List<Instant> starts = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            for (int day = 0; day < 5; day++) {
                starts.add(Salon.berlin(Salon.WEDNESDAY.plusDays(5 + 7L * week + day), "10:00"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(starts.size());
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<Result<Appointment>>> results = new ArrayList<>();
        for (Instant start : starts) {
            results.add(pool.submit(() -> {
                go.await();
                return engine.appointments().book(new BookCommand(salon.request(salon.cut, salon.maria), start,
                        customer("Kunde"), "", Source.WEB, Optional.empty(), Optional.empty(), "day-" + start));
            }));
        }

        // when
        go.countDown();

        // then every one of them is booked
        for (var r : results) {
            Result<Appointment> result = r.get(1, TimeUnit.MINUTES);
            assertThat(result.isSuccess()).as(String.valueOf(result)).isTrue();
        }
        pool.shutdown();
    }
}
