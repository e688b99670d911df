package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.LockKey;
import dev.termin.booking.application.port.out.LockLease;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.application.port.out.contract.AbstractSlotLocksTest;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySlotLocksTest extends AbstractSlotLocksTest {

    private static final InMemorySlotLocks LOCKS = new InMemorySlotLocks();

    @Override
    protected SlotLocks slotLocks() {
        return LOCKS;
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2031-01-01T10:00:00Z"));
    private final InMemorySlotLocks locks = new InMemorySlotLocks(clock);
    private final LockKey key = new LockKey(TenantId.of("salon-1"), StaffId.of("maria"));

    @Test
    void aLock_expiresExactlyAtItsExpiry_byTheClock() {
        LockLease lease = locks.tryAcquire(key, "call-1", Duration.ofMinutes(2)).orElseThrow();
        assertThat(lease.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.set(lease.expiresAt().minusMillis(1));
        assertThat(locks.isHeld(lease)).isTrue();
        assertThat(locks.tryAcquire(key, "call-2", Duration.ofMinutes(2))).isEmpty();

        clock.set(lease.expiresAt());
        assertThat(locks.isHeld(lease)).isFalse();
        LockLease next = locks.tryAcquire(key, "call-2", Duration.ofMinutes(2)).orElseThrow();
        assertThat(next.fencingToken().getAsLong()).isEqualTo(lease.fencingToken().getAsLong() + 1);
    }

    @Test
    void manyExpiredLocks_doNotStopNewOnes() {
        for (int n = 0; n < 3_000; n++) {
            locks.tryAcquire(new LockKey(key.tenant(), StaffId.of("staff-" + n)), "call", Duration
                    .ofSeconds(1)).orElseThrow();
            clock.advance(Duration.ofSeconds(2));
        }

        assertThat(locks.tryAcquire(key, "other", Duration.ofSeconds(1))).isPresent();
    }

    @Test
    void aNonPositiveTtl_isRefused() {
        assertThatThrownBy(() -> locks.tryAcquire(key, "call-1", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
