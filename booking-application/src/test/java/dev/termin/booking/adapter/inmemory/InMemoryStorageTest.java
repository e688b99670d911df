package dev.termin.booking.adapter.inmemory;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** What the in-memory storage decides beyond the port contracts: its clock, undo rules and hooks. */
@Timeout(30)
class InMemoryStorageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2031-04-01T08:00:00Z"));
    private final InMemoryStorage inMemory = new InMemoryStorage(clock);
    private final BookingStorage storage = inMemory.storage();
    private final ContractFixtures f = ContractFixtures.create(storage);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void storage_alwaysHandsOutTheSamePorts() {
        assertThat(inMemory.storage()).isSameAs(storage);
        assertThat(storage.transactions()).isSameAs(inMemory.transactions());
        assertThat(inMemory.clock()).isSameAs(clock);
    }

    @Test
    void anAppointmentInsert_judgesHoldExpiryByTheStorageClock() {
        Instant now = clock.instant();
        Hold hold = f.hold().interval(at("10:00", 30)).createdAt(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .build();
        storage.holds().insert(hold, now);
        Appointment appointment = f.appointment(f.staff(), at("10:00", 30));

        clock.set(hold.expiresAt().minusMillis(1));
        assertThatThrownBy(() -> storage.appointments().insert(appointment))
                .isInstanceOf(SlotConflictException.class);

        clock.set(hold.expiresAt());
        storage.appointments().insert(appointment);
        assertThat(storage.appointments().find(f.tenant(), appointment.id())).contains(appointment);
    }

    @Test
    void aHoldUpdate_checksConflictsOnlyWhileTheHoldStaysActiveByTheStorageClock() {
        Instant now = clock.instant();
        Hold hold = f.hold().interval(at("10:00", 30)).createdAt(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .build();
        storage.holds().insert(hold, now);
        clock.set(hold.expiresAt());
        storage.appointments().insert(f.appointment(f.staff(), at("10:00", 30)));

        storage.holds().update(hold.expire());

        assertThat(storage.holds().find(f.tenant(), hold.token())).contains(hold.expire());
    }

    @Test
    void aRollback_doesNotOverwriteWhatAnotherWriterStoredMeanwhile() throws Exception {
        // given
        WaitlistEntry entry = f.waitlistEntry(f.service(), clock.instant());
        WaitlistEntry othersVersion = entry.offer(at("11:00", 30), clock.instant());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch overwritten = new CountDownLatch(1);

        // when: a transaction writes, another thread overwrites, then the transaction rolls back
        Future<?> tx = pool.submit(() -> {
            try {
                storage.transactions().inTransaction(() -> {
                    storage.waitlist().save(entry);
                    written.countDown();
                    await(overwritten);
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
        });
        await(written);
        storage.waitlist().save(othersVersion);
        overwritten.countDown();
        tx.get(10, TimeUnit.SECONDS);

        // then
        assertThat(storage.waitlist().find(f.tenant(), entry.id())).contains(othersVersion);
    }

    @Test
    void afterCompletionHooks_runOnCommitAndRollback_inOrder() {
        List<String> calls = new ArrayList<>();

        storage.transactions().inTransaction(() -> {
            inMemory.transactions().afterCompletion(c -> calls.add("first " + c));
            inMemory.transactions().afterCompletion(c -> calls.add("second " + c));
            return null;
        });
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            inMemory.transactions().afterCompletion(c -> calls.add("third " + c));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(calls).containsExactly("first true", "second true", "third false");
    }

    @Test
    void aFailingHook_isLogged_andDoesNotStopTheOthers() {
        List<String> calls = new ArrayList<>();
        Logger logger = (Logger) LoggerFactory.getLogger(InMemoryTransactions.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        try {
            storage.transactions().inTransaction(() -> {
                inMemory.transactions().afterCompletion(c -> {
                    throw new IllegalStateException("hook");
                });
                inMemory.transactions().afterCompletion(c -> calls.add("ran"));
                return null;
            });
        } finally {
            logger.detachAppender(appender);
            logger.setAdditive(true);
        }

        assertThat(calls).containsExactly("ran");
        assertThat(appender.list).singleElement().satisfies(e -> assertThat(e.getLevel()).isEqualTo(Level.ERROR));
    }

    @Test
    void afterCompletion_outsideATransaction_isRefused() {
        assertThat(inMemory.transactions().isActive()).isFalse();
        assertThatThrownBy(() -> inMemory.transactions().afterCompletion(c -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFencingTokenRecordedInARolledBackTransaction_isForgotten() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(f.tenant(), List.of(f.staff()), OptionalLong.of(9));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        storage.transactions().inTransaction(() -> {
            storage.staffLocks().lock(f.tenant(), List.of(f.staff()), OptionalLong.of(3));
            return null;
        });
    }

    @Test
    void aRolledBackSweep_leavesTheHoldActiveAndDueForTheNextSweep() {
        Instant now = clock.instant();
        Hold hold = f.hold().interval(at("10:00", 30)).createdAt(now).expiresAt(now.plusSeconds(60)).build();
        storage.holds().insert(hold, now);
        Instant later = now.plusSeconds(120);

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            assertThat(storage.holds().expireDue(later, 10)).containsExactly(hold.expire());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.holds().find(f.tenant(), hold.token())).contains(hold);
        assertThat(storage.holds().expireDue(later, 10)).containsExactly(hold.expire());
        assertThat(storage.holds().expireDue(later, 10)).isEmpty();
    }

    @Test
    void constructorArguments_areChecked() {
        assertThatThrownBy(() -> new InMemoryStorage(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InMemoryStorage(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
