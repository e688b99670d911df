package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.contract.AbstractOutboxTest;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InMemoryOutboxTest extends AbstractOutboxTest {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected BookingStorage storage() {
        return STORAGE.storage();
    }

    @Test
    @Timeout(30)
    void aMessageOfARunningTransaction_isNotClaimableByOthersBeforeCommit() throws Exception {
        // given
        InMemoryStorage own = new InMemoryStorage();
        ContractFixtures f = ContractFixtures.create(own.storage());
        Instant t = Instant.parse("2031-01-01T00:00:00Z");
        OutboxMessage message = f.outboxMessage(t);
        CountDownLatch enqueued = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> tx = pool.submit(() -> own.storage().transactions().inTransaction(() -> {
                own.storage().outbox().enqueue(message);
                enqueued.countDown();
                try {
                    commit.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(enqueued.await(10, TimeUnit.SECONDS)).isTrue();

            // then
            assertThat(own.storage().outbox().claimDue(t, 10, Duration.ofMinutes(1))).isEmpty();
            commit.countDown();
            tx.get(10, TimeUnit.SECONDS);
            assertThat(own.storage().outbox().claimDue(t, 10, Duration.ofMinutes(1))).containsExactly(message);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parkedMessages_canBeInspected() {
        InMemoryStorage own = new InMemoryStorage();
        InMemoryOutbox outbox = (InMemoryOutbox) own.storage().outbox();
        OutboxMessage message = ContractFixtures.create(own.storage()).outboxMessage(Instant.EPOCH);
        outbox.enqueue(message);

        outbox.park(message.id(), 7, "kaputt");

        assertThat(outbox.parked()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(message.id());
            assertThat(m.attempts()).isEqualTo(7);
            assertThat(m.lastError()).contains("kaputt");
        });
    }

    @Test
    void aRolledBackRetry_restoresTheLease() {
        InMemoryStorage own = new InMemoryStorage();
        OutboxMessage message = ContractFixtures.create(own.storage()).outboxMessage(Instant.EPOCH);
        own.storage().outbox().enqueue(message);
        Instant claimedAt = Instant.EPOCH.plusSeconds(1);
        own.storage().outbox().claimDue(claimedAt, 10, Duration.ofMinutes(1));

        assertThatThrownBy(() -> own.storage().transactions().inTransaction(() -> {
            own.storage().outbox().retryLater(message.id(), 1, claimedAt, "x");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(own.storage().outbox().claimDue(claimedAt.plusSeconds(5), 10, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void enqueuingAnExistingId_isRefused() {
        InMemoryStorage own = new InMemoryStorage();
        OutboxMessage message = ContractFixtures.create(own.storage()).outboxMessage(Instant.EPOCH);
        own.storage().outbox().enqueue(message);

        assertThatThrownBy(() -> own.storage().outbox().enqueue(message)).isInstanceOf(StorageException.class);
    }
}
