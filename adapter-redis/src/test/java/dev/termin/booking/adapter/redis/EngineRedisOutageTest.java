package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.contract.Concurrency;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.application.scenario.Salon;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two engine instances lock through one Redis and share one store (standing in for the database). Redis is
 * stopped in the middle of a concurrent run and started again: bookings never overlap, every outcome is a clean
 * result, bookings keep being accepted through the outage, and the locks are used again after it without a restart.
 */
class EngineRedisOutageTest {

    private static final Set<ErrorCode> EXPECTED = Set.of(ErrorCode.SLOT_UNAVAILABLE, ErrorCode.RESERVATION_EXPIRED);

    @Test
    void aRedisOutageInTheMiddleOfAConcurrentRunNeverCausesADoubleBookingAndRedisIsUsedAgainAfterwards()
            throws Exception {
        TestRedis redis = TestRedis.get();
        assumeTrue(redis.isEmbedded(), "needs the embedded server to stop and start it");
        MutableClock clock = new MutableClock(Salon.NOW);
        InMemoryStorage store = new InMemoryStorage(clock);
        try (RedisConnections first = RedisConnections.create(redis.config());
                RedisConnections second = RedisConnections.create(redis.config())) {
            BookingEngine a = BookingEngine.builder().clock(clock).storage(store.storage())
                    .slotLocks(first.slotLocks()).build();
            BookingEngine b = BookingEngine.builder().clock(clock).storage(store.storage())
                    .slotLocks(second.slotLocks()).build();
            Salon salon = new Salon(a);
            AtomicInteger successes = new AtomicInteger();

            // when bookings race before, during and after the outage
            race(salon, a, b, 0, successes);
            redis.stop();
            int before = successes.get();
            race(salon, a, b, 1, successes);
            Result<Appointment> duringOutage = salon.book(salon.cut, salon.jonas, Salon.wednesday("17:00"));
            assertThat(first.circuitState()).isNotEqualTo(CircuitState.CLOSED);
            redis.start();
            Concurrency.awaitUntil("the breaker closed again", () -> {
                try {
                    first.slotLocks().tryAcquire(new LockKey(salon.tenant, salon.jonas), "probe", Duration.ofMillis(50))
                            .ifPresent(first.slotLocks()::release);
                } catch (RedisUnavailableException stillOpen) {
                    return false;
                }
                return first.circuitState() == CircuitState.CLOSED;
            }, Duration.ofSeconds(20));
            race(salon, a, b, 2, successes);

            // then no two active occupancies of one staff member conflict
            TimeInterval day = TimeInterval.of(Salon.wednesday("00:00"), Salon.wednesday("00:00")
                    .plus(Duration.ofDays(3)));
            List<Occupancy> active = new ArrayList<>();
            a.appointments().list(salon.tenant, Optional.empty(), day).forEach(x -> active.addAll(x.activeOccupancies()));
            for (int i = 0; i < active.size(); i++) {
                for (int j = i + 1; j < active.size(); j++) {
                    assertThat(active.get(i).conflictsWith(active.get(j))).isFalse();
                }
            }
            // and the outage did not stop bookings: the database guarantee carried them
            assertThat(duringOutage.isSuccess()).isTrue();
            assertThat(successes.get()).isGreaterThan(before);
            // and after the outage the engine takes its slot locks in Redis again: the booking carries the fencing
            // token Redis issued (a write without a lock has none)
            Appointment afterwards = salon.book(salon.cut, salon.emma,
                    Salon.berlin(Salon.WEDNESDAY.plusDays(5), "10:00")).orElseThrow();
            assertThat(afterwards.fencingToken()).isPositive();
        } finally {
            redis.start();
        }
    }

    /** 16 threads over both engines, 15 overlapping attempts each on one busy morning of the phase's own day. */
    private static void race(Salon salon, BookingEngine a, BookingEngine b, int phase, AtomicInteger successes)
            throws Exception {
        List<StaffId> staff = List.of(salon.maria, salon.emma);
        List<ServiceId> services = List.of(salon.cut, salon.colourBlocked);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            BookingEngine engine = t % 2 == 0 ? a : b;
            int seed = phase * 100 + t;
            done.add(pool.submit(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                for (int i = 0; i < 15; i++) {
                    // each phase fills its own day, so that every phase's attempts reach the lock store
                    Instant start = Salon.berlin(Salon.WEDNESDAY.plusDays(phase), "09:00")
                            .plus(Duration.ofMinutes(15L * rnd.nextInt(32)));
                    Result<Appointment> r = engine.appointments().book(new BookCommand(salon.request(
                            services.get(rnd.nextInt(2)), staff.get(rnd.nextInt(2))), start,
                            Salon.customer("Kunde " + seed), "", Source.WEB, Optional.empty(), Optional.empty(),
                            "outage-" + seed + "-" + i));
                    if (r.isSuccess()) {
                        successes.incrementAndGet();
                    } else {
                        assertThat(EXPECTED).contains(((Result.Failure<Appointment>) r).code());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
