package dev.termin.booking.application.service;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.application.scenario.Salon;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingIdempotencyTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final BookingStorage storage = new InMemoryStorage(clock).storage();
    private final IdempotencyStore store = storage.idempotency();
    private Salon salon;

    @BeforeEach
    void setUp() {
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
    void storedCodes_readBothTheStableCodeAndTheEnumName() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(BookingIdempotency.errorCode(code.code())).isEqualTo(code);
            assertThat(BookingIdempotency.errorCode(code.name())).isEqualTo(code);
        }
    }
}
