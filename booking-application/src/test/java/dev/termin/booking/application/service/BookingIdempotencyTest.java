package dev.termin.booking.application.service;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.application.port.out.StorageUnavailableException;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.application.scenario.Salon;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingIdempotencyTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final BookingStorage memory = new InMemoryStorage(clock).storage();
    private final IdempotencyStore store = memory.idempotency();
    private final AtomicInteger releases = new AtomicInteger();
    private final AtomicReference<RuntimeException> transactionsFail = new AtomicReference<>();
    private Salon salon;

    @BeforeEach
    void setUp() {
        // the in-memory storage, with transactions that can be made to fail and releases of keys counted
        BookingStorage storage = new BookingStorage(new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                RuntimeException failure = transactionsFail.get();
                if (failure != null) {
                    throw failure;
                }
                return memory.transactions().inTransaction(work);
            }
        }, memory.staffLocks(), memory.catalogue(), memory.appointments(), memory.holds(), memory.waitlist(),
                memory.outbox(), new IdempotencyStore() {
                    @Override
                    public Claim claim(TenantId tenant, String key, String fingerprint, Instant now, Duration ttl,
                            Duration inFlightTimeout) {
                        return store.claim(tenant, key, fingerprint, now, ttl, inFlightTimeout);
                    }

                    @Override
                    public void complete(TenantId tenant, String key, String response) {
                        store.complete(tenant, key, response);
                    }

                    @Override
                    public void release(TenantId tenant, String key) {
                        releases.incrementAndGet();
                        store.release(tenant, key);
                    }

                    @Override
                    public int purgeExpired(Instant now) {
                        return store.purgeExpired(now);
                    }
                }, memory.flowLog());
        salon = new Salon(BookingEngine.builder().clock(clock).storage(storage).build());
    }

    private BookCommand keyed(String key) {
        return new BookCommand(salon.request(salon.cut, salon.maria), wednesday("10:00"), customer("Anna Becker"), "",
                Source.DESK, Optional.empty(), Optional.of(key), "corr-" + key);
    }

    private Claim claimAgain(BookCommand c) {
        return store.claim(salon.tenant, "book:" + c.idempotencyKey().orElseThrow(),
                BookingIdempotency.fingerprint(c), clock.instant(), Duration.ofHours(24), Duration.ofSeconds(60));
    }

    @Test
    void aRefusedKeyedBooking_isStoredWithTheStableCode_andReplayedWithIt() {
        // given the time is taken
        salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();

        // when a keyed booking of it is refused
        Result<Appointment> first = salon.engine.appointments().book(keyed("k-stable"));

        // then the record holds the stable code, and a retry gets the same failure
        assertThat(((Result.Failure<Appointment>) first).code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        Claim stored = claimAgain(keyed("k-stable"));
        assertThat(stored).isInstanceOf(Claim.Replay.class);
        assertThat(((Claim.Replay) stored).response()).startsWith("failure:slot_unavailable\n");
        Result.Failure<Appointment> retry = (Result.Failure<Appointment>) salon.engine.appointments()
                .book(keyed("k-stable"));
        assertThat(retry.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(retry.message()).isEqualTo(((Result.Failure<Appointment>) first).message());
    }

    @Test
    void givenAFailureStoredTheOldWayWithTheEnumName_aRetry_stillReplaysIt() {
        // given a record written before codes were stored
        BookCommand c = keyed("k-old");
        assertThat(claimAgain(c)).isInstanceOf(Claim.Claimed.class);
        store.complete(salon.tenant, "book:k-old", "failure:SLOT_UNAVAILABLE\nThat time was just taken; please "
                + "choose another.");

        // when the client retries
        Result<Appointment> retry = salon.engine.appointments().book(c);

        // then it gets the stored failure, and nothing was booked
        assertThat(retry).isInstanceOf(Result.Failure.class);
        Result.Failure<Appointment> f = (Result.Failure<Appointment>) retry;
        assertThat(f.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(f.message()).isEqualTo("That time was just taken; please choose another.");
        assertThat(salon.book(salon.cut, salon.maria, wednesday("10:00")).isSuccess()).isTrue();
    }

    @Test
    void givenTheDatabaseUnreachable_aKeyedBookingFails_withoutWaitingAgainToReleaseItsClaim() {
        // given the key is claimed, then the database cannot be reached within its time bounds
        transactionsFail.set(new StorageUnavailableException("no database connection within the connection timeout",
                null));

        // when the keyed booking runs
        assertThatThrownBy(() -> salon.engine.appointments().book(keyed("k-down")))
                .isInstanceOf(StorageUnavailableException.class);

        // then no release was tried (it would wait as long again); the claim waits for the in-flight timeout
        assertThat(releases).hasValue(0);
        assertThat(claimAgain(keyed("k-down"))).isInstanceOf(Claim.InFlight.class);
    }

    @Test
    void givenABrokenConnection_aKeyedBookingFails_andReleasesItsClaimForAnImmediateRetry() {
        // given the write's connection breaks (the database may be back on a fresh one)
        transactionsFail.set(new StorageException("database operation failed (SQLSTATE 08006)"));

        // when the keyed booking runs
        assertThatThrownBy(() -> salon.engine.appointments().book(keyed("k-broken")))
                .isInstanceOf(StorageException.class);

        // then its claim was released, so a retry runs at once
        assertThat(releases).hasValue(1);
        assertThat(claimAgain(keyed("k-broken"))).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void storedCodes_readBothTheStableCodeAndTheEnumName() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(BookingIdempotency.errorCode(code.code())).isEqualTo(code);
            assertThat(BookingIdempotency.errorCode(code.name())).isEqualTo(code);
        }
    }
}
