package dev.termin.booking.adapter.jdbc;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.jdbc.testing.TestH2;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.application.scenario.Salon;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process dies after a keyed booking, hold or confirmation committed and before it answered (simulated by an
 * error thrown right after the commit, which skips everything the dying process would have done next). A second
 * engine on the same database - the restarted instance - gets the client's retry and replays the first result:
 * the same appointment or hold, nothing written twice, no {@code idempotency_in_flight} and no
 * {@code slot_unavailable} for the client's own booking.
 */
class H2AnswerLostAfterCommitTest {

    /** The process ending between commit and answer. */
    private static final class ProcessDied extends Error {
        ProcessDied() {
            super("killed after commit", null, false, false);
        }
    }

    /** Transactions that die right after the next outermost commit once armed. */
    private static final class DyingAfterCommit implements Transactions {
        private final Transactions delegate;
        private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
        private volatile boolean armed;

        DyingAfterCommit(Transactions delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            depth.set(depth.get() + 1);
            T result;
            try {
                result = delegate.inTransaction(work);
            } finally {
                depth.set(depth.get() - 1);
            }
            if (armed && depth.get() == 0) {
                armed = false;
                throw new ProcessDied();
            }
            return result;
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private JdbcStorage store;
    private DyingAfterCommit dying;
    private Salon salon;
    private BookingEngine restarted;

    @BeforeEach
    void open() {
        store = JdbcStorage.create(TestH2.newDatabase(), clock);
        BookingStorage s = store.storage();
        dying = new DyingAfterCommit(s.transactions());
        BookingStorage crashing = new BookingStorage(dying, s.staffLocks(), s.catalogue(), s.appointments(),
                s.holds(), s.bookedTime(), s.waitlist(), s.outbox(), s.idempotency(), s.flowLog());
        salon = new Salon(BookingEngine.builder().clock(clock).storage(crashing).build());
        restarted = BookingEngine.builder().clock(clock).storage(s).build();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private BookCommand booking(String key) {
        return new BookCommand(salon.request(salon.cut, salon.maria), wednesday("10:00"), customer("Anna Becker"), "",
                Source.WEB, Optional.empty(), Optional.of(key), "corr-" + key);
    }

    private HoldCommand hold(String key) {
        return new HoldCommand(salon.request(salon.cut, salon.maria), wednesday("11:00"), "session-1",
                Optional.empty(), "corr-" + key, Optional.of(key));
    }

    private List<Appointment> storedAt(String time) {
        return store.storage().appointments().findActiveOccupying(salon.tenant, List.of(salon.maria),
                TimeInterval.of(wednesday(time), wednesday(time).plusSeconds(60)));
    }

    @Test
    void aKeyedBookingWhoseAnswerWasLost_isReplayedByTheRestartedInstance() {
        // given the first instance commits the booking and dies before answering
        dying.armed = true;
        assertThatThrownBy(() -> salon.engine.appointments().book(booking("k-book"))).isInstanceOf(ProcessDied.class);
        assertThat(storedAt("10:00")).hasSize(1);

        // when the client retries with its key on the restarted instance
        Result<Appointment> retry = restarted.appointments().book(booking("k-book"));

        // then it gets the booking the first attempt made, and nothing more is stored
        assertThat(retry.isSuccess()).as("retry answered %s", retry).isTrue();
        assertThat(retry.orElseThrow().id()).isEqualTo(storedAt("10:00").get(0).id());
        assertThat(storedAt("10:00")).hasSize(1);
    }

    @Test
    void aKeyedHoldWhoseAnswerWasLost_isReplayed_andCanBeConfirmed() {
        // given the first instance commits the hold and dies before answering
        dying.armed = true;
        assertThatThrownBy(() -> salon.engine.holds().hold(hold("k-hold"))).isInstanceOf(ProcessDied.class);

        // when the client retries with its key on the restarted instance
        Result<Hold> retry = restarted.holds().hold(hold("k-hold"));

        // then it gets the hold the first attempt placed, which is the only one
        assertThat(retry.isSuccess()).as("retry answered %s", retry).isTrue();
        List<Hold> active = store.storage().holds().findActiveOccupying(salon.tenant, List.of(salon.maria),
                TimeInterval.of(wednesday("11:00"), wednesday("11:01")), clock.instant());
        assertThat(active).extracting(Hold::token).containsExactly(retry.orElseThrow().token());

        // and a keyed confirmation whose answer is lost too is replayed as the same appointment
        ConfirmHoldCommand confirm = new ConfirmHoldCommand(salon.tenant, retry.orElseThrow().token(), "session-1",
                customer("Anna Becker"), "", Source.WEB, "corr-confirm", Optional.of("k-confirm"));
        dying.armed = true;
        assertThatThrownBy(() -> salon.engine.holds().confirm(confirm)).isInstanceOf(ProcessDied.class);
        Result<Appointment> confirmed = restarted.holds().confirm(confirm);
        assertThat(confirmed.isSuccess()).as("retry answered %s", confirmed).isTrue();
        assertThat(storedAt("11:00")).extracting(Appointment::id).containsExactly(confirmed.orElseThrow().id());
    }
}
