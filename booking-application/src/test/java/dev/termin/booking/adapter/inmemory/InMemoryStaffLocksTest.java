package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.contract.AbstractStaffLocksTest;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryStaffLocksTest extends AbstractStaffLocksTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }

    @Test
    void aLockNotGrantedWithinTheTimeout_failsWithStorageException() throws Exception {
        InMemoryStorage own = new InMemoryStorage(Clock.systemUTC(), Duration.ofMillis(100));
        ContractFixtures f = ContractFixtures.create(own.storage());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> own.storage().transactions().inTransaction(() -> {
                own.storage().staffLocks().lock(f.tenant(), List.of(f.staff()), OptionalLong.empty());
                held.countDown();
                try {
                    done.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> own.storage().transactions().inTransaction(() -> {
                own.storage().staffLocks().lock(f.tenant(), List.of(f.staff()), OptionalLong.empty());
                return null;
            })).isInstanceOf(StorageException.class).hasMessageContaining("timed out");
        } finally {
            done.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedWait_failsWithStorageException_andKeepsTheInterrupt() throws Exception {
        InMemoryStorage own = new InMemoryStorage();
        ContractFixtures f = ContractFixtures.create(own.storage());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> own.storage().transactions().inTransaction(() -> {
                own.storage().staffLocks().lock(f.tenant(), List.of(f.staff()), OptionalLong.empty());
                held.countDown();
                try {
                    done.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> own.storage().transactions().inTransaction(() -> {
                own.storage().staffLocks().lock(f.tenant(), List.of(f.staff()), OptionalLong.empty());
                return null;
            })).isInstanceOf(StorageException.class);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            done.countDown();
            pool.shutdownNow();
        }
    }
}
