package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.StaffLocks;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link StaffLocks}: transaction-scoped, serialising writers of the same staff member, never blocking
 * other staff members, deadlock-free in any order, and refusing stale fencing tokens.
 *
 * <p>Locking outside a transaction must be refused; an adapter may throw {@link IllegalStateException} (the
 * in-memory one) or a {@link StorageException} (a database that notices no transaction is open).
 */
@Timeout(60)
public abstract class AbstractStaffLocksTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingStorage storage;
    private Transactions transactions;
    private StaffLocks locks;
    private ContractFixtures f;
    private TenantId tenant;
    private StaffId staff;
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        transactions = storage.transactions();
        locks = storage.staffLocks();
        f = ContractFixtures.create(storage);
        tenant = f.tenant();
        staff = f.staff();
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void lockingOutsideATransaction_isRefused() {
        assertThatThrownBy(() -> locks.lock(tenant, List.of(staff), OptionalLong.empty()))
                .isInstanceOfAny(IllegalStateException.class, StorageException.class);
    }

    @Test
    void lockingInsideATransaction_succeeds_andCommitReleasesTheLock() throws Exception {
        lockIn(List.of(staff), OptionalLong.empty());

        Future<?> other = pool.submit(() -> lockIn(List.of(staff), OptionalLong.empty()));

        other.get(10, TimeUnit.SECONDS);
    }

    @Test
    void lockingTheSameStaffTwiceInOneTransaction_doesNotBlock() {
        assertThatCode(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(staff), OptionalLong.empty());
            locks.lock(tenant, List.of(staff, staff), OptionalLong.empty());
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void twoTransactionsLockingTheSameStaff_runOneAfterTheOther() throws Exception {
        // given
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        AtomicBoolean firstFinished = new AtomicBoolean();
        Future<?> first = pool.submit(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(staff), OptionalLong.empty());
            firstHoldsTheLock.countDown();
            Concurrency.sleep(Duration.ofMillis(300));
            firstFinished.set(true);
            return null;
        }));
        assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();

        // when
        Future<Boolean> second = pool.submit(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(staff), OptionalLong.empty());
            return firstFinished.get();
        }));

        // then
        assertThat(second.get(20, TimeUnit.SECONDS)).as("the second got the lock only after the first ended")
                .isTrue();
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRolledBackTransaction_releasesItsLocks() throws Exception {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(staff), OptionalLong.empty());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        pool.submit(() -> lockIn(List.of(staff), OptionalLong.empty())).get(10, TimeUnit.SECONDS);
    }

    @Test
    void differentStaffMembers_doNotBlockEachOther() throws Exception {
        // given
        StaffId emma = f.addStaff();
        CountDownLatch emmaLocked = new CountDownLatch(1);

        // when: one transaction holds the fixture staff member until another locked Emma
        Future<Boolean> first = pool.submit(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(staff), OptionalLong.empty());
            try {
                return emmaLocked.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        Future<?> second = pool.submit(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(emma), OptionalLong.empty());
            emmaLocked.countDown();
            return null;
        }));

        // then
        assertThat(first.get(20, TimeUnit.SECONDS)).as("Emma was locked while the other was held").isTrue();
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theSameStaffIdOfAnotherTenant_doesNotBlock() throws Exception {
        ContractFixtures other = ContractFixtures.create(storage);
        storage.catalogue().saveStaff(ContractFixtures.staff(other.tenant(), other.branch(), staff,
                Set.of(other.service())));
        CountDownLatch otherLocked = new CountDownLatch(1);

        Future<Boolean> first = pool.submit(() -> transactions.inTransaction(() -> {
            locks.lock(tenant, List.of(staff), OptionalLong.empty());
            try {
                return otherLocked.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        pool.submit(() -> transactions.inTransaction(() -> {
            locks.lock(other.tenant(), List.of(staff), OptionalLong.empty());
            otherLocked.countDown();
            return null;
        })).get(20, TimeUnit.SECONDS);

        assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void eightTransactionsLockingTheSameStaffInShuffledOrder_allFinish() {
        List<StaffId> staffMembers = List.of(staff, f.addStaff(), f.addStaff(), f.addStaff());

        List<Integer> done = Concurrency.race(8, n -> {
            for (int round = 0; round < 5; round++) {
                List<StaffId> shuffled = new ArrayList<>(staffMembers);
                Collections.shuffle(shuffled, new Random(n * 31L + round));
                lockIn(shuffled, OptionalLong.empty());
            }
            return n;
        });

        assertThat(done).hasSize(8);
    }

    // ---- fencing tokens ---------------------------------------------------------------------------------------

    @Test
    void anOlderFencingToken_isRefused_anEqualOrNewerOneAccepted() {
        lockIn(List.of(staff), OptionalLong.of(5));

        assertThatThrownBy(() -> lockIn(List.of(staff), OptionalLong.of(4)))
                .isInstanceOf(StaleFencingTokenException.class);
        assertThatCode(() -> lockIn(List.of(staff), OptionalLong.of(5))).doesNotThrowAnyException();
        assertThatCode(() -> lockIn(List.of(staff), OptionalLong.of(6))).doesNotThrowAnyException();
        assertThatThrownBy(() -> lockIn(List.of(staff), OptionalLong.of(5)))
                .isInstanceOf(StaleFencingTokenException.class);
    }

    @Test
    void lockingWithoutAToken_isAlwaysAccepted() {
        lockIn(List.of(staff), OptionalLong.of(100));

        assertThatCode(() -> lockIn(List.of(staff), OptionalLong.empty())).doesNotThrowAnyException();
    }

    @Test
    void fencingTokens_areRecordedPerStaffMember() {
        StaffId emma = f.addStaff();
        lockIn(List.of(staff), OptionalLong.of(10));

        assertThatCode(() -> lockIn(List.of(emma), OptionalLong.of(3))).doesNotThrowAnyException();
    }

    @Test
    void fencingTokens_areRecordedPerTenant() {
        ContractFixtures other = ContractFixtures.create(storage);
        storage.catalogue().saveStaff(ContractFixtures.staff(other.tenant(), other.branch(), staff,
                Set.of(other.service())));
        lockIn(List.of(staff), OptionalLong.of(10));

        assertThatCode(() -> transactions.inTransaction(() -> {
            locks.lock(other.tenant(), List.of(staff), OptionalLong.of(3));
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void aStaleTokenForOneOfSeveralStaffMembers_refusesTheLock() {
        StaffId emma = f.addStaff();
        lockIn(List.of(emma), OptionalLong.of(7));

        assertThatThrownBy(() -> lockIn(List.of(staff, emma), OptionalLong.of(5)))
                .isInstanceOf(StaleFencingTokenException.class);
    }

    private void lockIn(Collection<StaffId> staffMembers, OptionalLong token) {
        transactions.inTransaction(() -> {
            locks.lock(tenant, staffMembers, token);
            return null;
        });
    }
}
