package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.application.port.out.OutboxStats;
import dev.termin.booking.domain.appointment.AppointmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link Outbox}: claiming with a lease, retries, parking, and never handing one message to two
 * claimers. Claims work across tenants, so these tests claim with a large limit and look only at their own
 * tenant's messages.
 */
public abstract class AbstractOutboxTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private BookingStorage storage;
    private Outbox outbox;
    private ContractFixtures f;
    private Instant t0;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        outbox = storage.outbox();
        f = ContractFixtures.create(storage);
        t0 = now().minus(Duration.ofHours(1));
    }

    @Test
    void anEnqueuedMessage_isClaimedWithEveryField_andCompletingRemovesIt() {
        // given
        OutboxMessage message = new OutboxMessage(UUID.randomUUID(), f.tenant(), OutboxMessage.Kind.NOTIFY_BOOKED,
                AppointmentId.of(ContractFixtures.randomId("appt")), "{\"waitlist\":\"w-1\",\"text\":\"Grüße ✓ '%_\\\"}",
                0, t0, Optional.empty(), t0);
        outbox.enqueue(message);

        // when
        List<OutboxMessage> claimed = claimOurs(t0.plusSeconds(1));
        outbox.complete(message.id());

        // then
        assertThat(claimed).containsExactly(message);
        assertThat(claimOurs(t0.plus(LEASE).plusSeconds(5))).isEmpty();
    }

    @Test
    void aMessage_isNotDueBeforeItsNextAttempt() {
        OutboxMessage message = f.outboxMessage(t0);
        outbox.enqueue(message);

        assertThat(claimOurs(t0.minusMillis(1))).isEmpty();
        assertThat(claimOurs(t0)).containsExactly(message);
    }

    @Test
    void dueMessages_areClaimedOldestFirst() {
        OutboxMessage second = f.outboxMessage(t0.plusSeconds(2));
        OutboxMessage first = f.outboxMessage(t0.plusSeconds(1));
        OutboxMessage third = f.outboxMessage(t0.plusSeconds(3));
        outbox.enqueue(second);
        outbox.enqueue(third);
        outbox.enqueue(first);

        assertThat(claimOurs(t0.plusSeconds(10))).containsExactly(first, second, third);
    }

    @Test
    void claimDue_returnsAtMostTheLimit() {
        for (int i = 0; i < 3; i++) {
            outbox.enqueue(f.outboxMessage(t0));
        }

        assertThat(outbox.claimDue(t0.plusSeconds(1), 2, LEASE)).hasSizeLessThanOrEqualTo(2);
        assertThat(outbox.claimDue(t0.plusSeconds(1), 0, LEASE)).isEmpty();
    }

    @Test
    void aClaimedMessage_isHiddenForTheLease_thenDueAgain() {
        OutboxMessage message = f.outboxMessage(t0);
        outbox.enqueue(message);
        Instant claimedAt = t0.plusSeconds(1);
        assertThat(claimOurs(claimedAt)).containsExactly(message);

        assertThat(claimOurs(claimedAt.plus(LEASE).minusSeconds(1))).as("within the lease").isEmpty();
        assertThat(claimOurs(claimedAt.plus(LEASE).plusSeconds(1))).as("after the lease").containsExactly(message);
    }

    @Test
    void retryLater_hidesTheMessageUntilTheNextAttempt_andRecordsAttemptsAndError() {
        // given
        OutboxMessage message = f.outboxMessage(t0);
        outbox.enqueue(message);
        Instant claimedAt = t0.plusSeconds(1);
        claimOurs(claimedAt);
        Instant next = claimedAt.plusSeconds(30);

        // when
        outbox.retryLater(message.id(), 1, next, "HTTP 503 vom Kalender");

        // then
        assertThat(claimOurs(next.minusMillis(1))).isEmpty();
        List<OutboxMessage> retried = claimOurs(next);
        assertThat(retried).hasSize(1);
        OutboxMessage m = retried.get(0);
        assertThat(m.id()).isEqualTo(message.id());
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.nextAttemptAt()).isEqualTo(next);
        assertThat(m.lastError()).contains("HTTP 503 vom Kalender");
        assertThat(m.createdAt()).isEqualTo(message.createdAt());
        assertThat(m.payload()).isEqualTo(message.payload());
    }

    @Test
    void aParkedMessage_isNeverClaimedAgain_andNoLongerPending() {
        OutboxMessage message = f.outboxMessage(t0);
        long before = outbox.pendingCount();
        outbox.enqueue(message);
        assertThat(outbox.pendingCount()).isEqualTo(before + 1);
        claimOurs(t0.plusSeconds(1));

        outbox.park(message.id(), 5, "gave up");

        assertThat(outbox.pendingCount()).isEqualTo(before);
        assertThat(claimOurs(t0.plus(Duration.ofDays(365)))).isEmpty();
    }

    @Test
    void pendingCount_countsMessagesUntilCompletedOrParked() {
        long before = outbox.pendingCount();
        OutboxMessage a = f.outboxMessage(t0);
        OutboxMessage b = f.outboxMessage(t0);
        outbox.enqueue(a);
        outbox.enqueue(b);
        assertThat(outbox.pendingCount()).isEqualTo(before + 2);
        claimOurs(t0.plusSeconds(1));
        assertThat(outbox.pendingCount()).as("claimed is still pending").isEqualTo(before + 2);

        outbox.complete(a.id());
        assertThat(outbox.pendingCount()).isEqualTo(before + 1);
        outbox.park(b.id(), 3, "kaputt");
        assertThat(outbox.pendingCount()).isEqualTo(before);
    }

    @Test
    void completingAnUnknownOrCompletedMessage_isHarmless() {
        OutboxMessage message = f.outboxMessage(t0);
        outbox.enqueue(message);
        outbox.complete(message.id());

        assertThatCode(() -> {
            outbox.complete(message.id());
            outbox.complete(UUID.randomUUID());
        }).doesNotThrowAnyException();
    }

    @Test
    @Timeout(120)
    void fourConcurrentClaimers_neverGetTheSameMessage() {
        // given
        Set<UUID> ours = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            OutboxMessage m = f.outboxMessage(t0.plusMillis(i));
            outbox.enqueue(m);
            ours.add(m.id());
        }
        Set<UUID> claimedOfOurs = ConcurrentHashMap.newKeySet();

        // when
        List<List<UUID>> perClaimer = Concurrency.race(4, n -> {
            List<UUID> mine = new ArrayList<>();
            for (int round = 0; round < 1_000 && claimedOfOurs.size() < ours.size(); round++) {
                for (OutboxMessage m : outbox.claimDue(t0.plusSeconds(10), 3, Duration.ofHours(1))) {
                    mine.add(m.id());
                    if (ours.contains(m.id())) {
                        claimedOfOurs.add(m.id());
                    }
                }
            }
            return mine;
        });

        // then
        List<UUID> all = perClaimer.stream().flatMap(List::stream).toList();
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all.stream().filter(ours::contains)).containsExactlyInAnyOrderElementsOf(ours);
    }

    @Test
    void aMessageEnqueuedInARolledBackTransaction_leavesNothing() {
        OutboxMessage message = f.outboxMessage(t0);
        long before = outbox.pendingCount();

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            outbox.enqueue(message);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(claimOurs(t0.plusSeconds(1))).isEmpty();
        assertThat(outbox.pendingCount()).isEqualTo(before);
    }

    @Test
    void aMessageEnqueuedInACommittedTransaction_isClaimable() {
        OutboxMessage message = f.outboxMessage(t0);

        storage.transactions().inTransaction(() -> {
            outbox.enqueue(message);
            return null;
        });

        assertThat(claimOurs(t0.plusSeconds(1))).containsExactly(message);
    }

    /** Claims everything due at {@code now} and keeps this test's messages. */
    private List<OutboxMessage> claimOurs(Instant now) {
        List<OutboxMessage> ours = new ArrayList<>();
        for (int round = 0; round < 1_000; round++) {
            List<OutboxMessage> batch = outbox.claimDue(now, 500, LEASE);
            batch.stream().filter(m -> m.tenant().equals(f.tenant())).forEach(ours::add);
            if (batch.size() < 500) {
                return ours;
            }
        }
        throw new AssertionError("claimDue never ran dry");
    }

    @Test
    void stats_countTheTenantsPendingRetryingAndParkedMessages_ofTheAskedKinds() {
        OutboxMessage fresh = notification(OutboxMessage.Kind.NOTIFY_BOOKED);
        OutboxMessage failing = notification(OutboxMessage.Kind.NOTIFY_REMINDER);
        OutboxMessage givenUp = notification(OutboxMessage.Kind.NOTIFY_CANCELLED);
        OutboxMessage sync = f.outboxMessage(t0);
        List.of(fresh, failing, givenUp, sync).forEach(outbox::enqueue);
        outbox.retryLater(failing.id(), 1, t0.plusSeconds(30), "smtp down");
        outbox.park(givenUp.id(), 5, "smtp down");
        Set<OutboxMessage.Kind> notifications = Set.of(OutboxMessage.Kind.NOTIFY_BOOKED,
                OutboxMessage.Kind.NOTIFY_REMINDER, OutboxMessage.Kind.NOTIFY_CANCELLED);

        assertThat(outbox.stats(f.tenant(), notifications)).isEqualTo(new OutboxStats(2, 1, 1));
        assertThat(outbox.stats(f.tenant(), Set.of(OutboxMessage.Kind.CALENDAR_SYNC)))
                .isEqualTo(new OutboxStats(1, 0, 0));
        assertThat(outbox.stats(ContractFixtures.randomTenant(), notifications)).isEqualTo(new OutboxStats(0, 0, 0));
    }

    private OutboxMessage notification(OutboxMessage.Kind kind) {
        return OutboxMessage.of(UUID.randomUUID(), f.tenant(), kind, AppointmentId.of(ContractFixtures.randomId("a")),
                "", t0);
    }
}
