package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.domain.catalogue.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link SlotLocks} on the wall clock: ownership, expiry, extension, fencing tokens and races. Short
 * TTLs (250 ms to 1 s) are waited out by polling with a deadline, never by fixed sleeps.
 */
@Timeout(60)
public abstract class AbstractSlotLocksTest {

    /** A lease the tests wait out. */
    private static final Duration SHORT = Duration.ofMillis(250);
    /** A lease that must still be held a moment after it was granted, even on a slow machine. */
    private static final Duration MEDIUM = Duration.ofSeconds(1);
    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    /** The lock store under test; called once per test, may return the same shared instance every time. */
    protected abstract SlotLocks slotLocks();

    private SlotLocks locks;
    private LockKey key;

    @BeforeEach
    void setUpKey() {
        locks = slotLocks();
        key = new LockKey(randomTenant(), StaffId.of(randomId("staff")));
    }

    @Test
    void aFreeLock_isAcquired() {
        Instant before = Instant.now();

        LockLease lease = locks.tryAcquire(key, "call-1", LONG).orElseThrow();

        assertThat(lease.key()).isEqualTo(key);
        assertThat(lease.owner()).isEqualTo("call-1");
        assertThat(lease.expiresAt()).isAfter(before.plus(LONG).minusSeconds(5))
                .isBefore(Instant.now().plus(LONG).plusSeconds(5));
        assertThat(locks.isHeld(lease)).isTrue();
    }

    @Test
    void aHeldLock_isRefusedToAnotherOwner() {
        locks.tryAcquire(key, "call-1", LONG).orElseThrow();

        assertThat(locks.tryAcquire(key, "call-2", LONG)).isEmpty();
    }

    @Test
    void theHolder_mayAcquireItsLockAgain() {
        LockLease first = locks.tryAcquire(key, "call-1", LONG).orElseThrow();

        Optional<LockLease> again = locks.tryAcquire(key, "call-1", LONG);

        assertThat(again).isPresent();
        assertThat(locks.isHeld(again.get())).isTrue();
        assertThat(locks.tryAcquire(key, "call-2", LONG)).isEmpty();
        assertThat(again.get().fencingToken().getAsLong()).isGreaterThan(first.fencingToken().getAsLong());
    }

    @Test
    void releasingByTheOwner_freesTheLock() {
        LockLease lease = locks.tryAcquire(key, "call-1", LONG).orElseThrow();

        assertThat(locks.release(lease)).isTrue();

        assertThat(locks.isHeld(lease)).isFalse();
        assertThat(locks.tryAcquire(key, "call-2", LONG)).isPresent();
    }

    @Test
    void releasingTwice_returnsFalseTheSecondTime() {
        LockLease lease = locks.tryAcquire(key, "call-1", LONG).orElseThrow();
        locks.release(lease);

        assertThat(locks.release(lease)).isFalse();
    }

    @Test
    void releasingByANonOwner_isRefused_andTheLockIsKept() {
        LockLease lease = locks.tryAcquire(key, "call-1", LONG).orElseThrow();
        LockLease forged = new LockLease(key, "intruder", lease.expiresAt(), lease.fencingToken());

        assertThat(locks.release(forged)).isFalse();

        assertThat(locks.isHeld(lease)).isTrue();
        assertThat(locks.isHeld(forged)).isFalse();
        assertThat(locks.tryAcquire(key, "intruder", LONG)).isEmpty();
    }

    @Test
    void extendingByTheOwner_keepsTheLockPastItsFirstExpiry() {
        LockLease lease = locks.tryAcquire(key, "call-1", MEDIUM).orElseThrow();

        LockLease extended = locks.extend(lease, LONG).orElseThrow();
        Concurrency.awaitInstant(lease.expiresAt().plusMillis(100));

        assertThat(extended.expiresAt()).isAfter(lease.expiresAt());
        assertThat(extended.owner()).isEqualTo("call-1");
        assertThat(extended.key()).isEqualTo(key);
        assertThat(extended.fencingToken()).isEqualTo(lease.fencingToken());
        assertThat(locks.isHeld(extended)).isTrue();
        assertThat(locks.tryAcquire(key, "call-2", LONG)).isEmpty();
    }

    @Test
    void extendingByANonOwner_isRefused_andDoesNotProlongTheLock() {
        LockLease lease = locks.tryAcquire(key, "call-1", MEDIUM).orElseThrow();
        LockLease forged = new LockLease(key, "intruder", lease.expiresAt(), lease.fencingToken());

        assertThat(locks.extend(forged, LONG)).isEmpty();

        assertThat(locks.isHeld(lease)).isTrue();
        Concurrency.awaitUntil("the lock expired", () -> !locks.isHeld(lease), DEADLINE);
    }

    @Test
    void extendingAnExpiredLock_isRefused() {
        LockLease lease = locks.tryAcquire(key, "call-1", SHORT).orElseThrow();
        Concurrency.awaitUntil("the lock expired", () -> !locks.isHeld(lease), DEADLINE);

        assertThat(locks.extend(lease, LONG)).isEmpty();
    }

    @Test
    void anExpiredLock_letsAnotherOwnerIn_andIsNoLongerTheFirstOwners() {
        LockLease first = locks.tryAcquire(key, "call-1", MEDIUM).orElseThrow();
        assertThat(locks.tryAcquire(key, "call-2", LONG)).isEmpty();

        List<LockLease> second = new ArrayList<>();
        Concurrency.awaitUntil("another owner gets the lock",
                () -> locks.tryAcquire(key, "call-2", LONG).map(second::add).orElse(false), DEADLINE);

        assertThat(locks.isHeld(first)).isFalse();
        assertThat(locks.release(first)).isFalse();
        assertThat(locks.extend(first, LONG)).isEmpty();
        assertThat(locks.isHeld(second.get(0))).isTrue();
    }

    @Test
    void fencingTokens_increaseStrictlyAcrossAcquisitionsReleasesExpiriesAndStaff() {
        List<Long> tokens = new ArrayList<>();

        LockLease a = locks.tryAcquire(key, "call-1", LONG).orElseThrow();
        tokens.add(a.fencingToken().getAsLong());
        locks.release(a);
        LockLease b = locks.tryAcquire(key, "call-2", SHORT).orElseThrow();
        tokens.add(b.fencingToken().getAsLong());
        List<LockLease> c = new ArrayList<>();
        Concurrency.awaitUntil("the lock expired and was taken",
                () -> locks.tryAcquire(key, "call-3", LONG).map(c::add).orElse(false), DEADLINE);
        tokens.add(c.get(0).fencingToken().getAsLong());
        LockKey colleague = new LockKey(key.tenant(), StaffId.of(randomId("staff")));
        tokens.add(locks.tryAcquire(colleague, "call-4", LONG).orElseThrow().fencingToken().getAsLong());
        LockKey another = new LockKey(key.tenant(), StaffId.of(randomId("staff")));
        tokens.add(locks.tryAcquire(another, "call-5", LONG).orElseThrow().fencingToken().getAsLong());

        assertThat(tokens).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void fencingTokens_growPerTenantAcrossStaffMembers_soTheNewestLeaseFencesEveryStaffMemberItCovers() {
        LockKey other = new LockKey(key.tenant(), StaffId.of(randomId("staff")));
        long first = locks.tryAcquire(key, "call-1", LONG).orElseThrow().fencingToken().getAsLong();
        long second = locks.tryAcquire(other, "call-2", LONG).orElseThrow().fencingToken().getAsLong();
        LockKey third = new LockKey(key.tenant(), StaffId.of(randomId("staff")));
        long thirdToken = locks.tryAcquire(third, "call-3", LONG).orElseThrow().fencingToken().getAsLong();

        assertThat(second).isGreaterThan(first);
        assertThat(thirdToken).isGreaterThan(second);
    }

    @Test
    @Timeout(120)
    void concurrentAcquisitionsOfOneTenantsStaff_getDistinctTokens() {
        List<OptionalLong> tokens = Concurrency.race(32, n -> locks.tryAcquire(
                new LockKey(key.tenant(), StaffId.of(key.staff().value() + "-" + n)), "call-" + n, LONG)
                .orElseThrow().fencingToken());

        assertThat(tokens).allMatch(OptionalLong::isPresent);
        assertThat(tokens.stream().map(OptionalLong::getAsLong)).doesNotHaveDuplicates();
    }

    @Test
    @Timeout(120)
    void thirtyTwoThreadsRacingForOneKey_haveExactlyOneWinner() {
        List<Optional<LockLease>> results = Concurrency.race(32, n -> locks.tryAcquire(key, "call-" + n, LONG));

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    }

    @Test
    void differentKeys_areIndependent() {
        locks.tryAcquire(key, "call-1", LONG).orElseThrow();

        LockKey otherStaff = new LockKey(key.tenant(), StaffId.of(randomId("staff")));
        LockKey otherTenant = new LockKey(randomTenant(), key.staff());

        assertThat(locks.tryAcquire(otherStaff, "call-3", LONG)).isPresent();
        assertThat(locks.tryAcquire(otherTenant, "call-4", LONG)).isPresent();
    }
}
