package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.WEDNESDAY;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.JoinWaitlistCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Reason;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.sync.HealthStatus;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingScenariosTest {

    private MutableClock clock;
    private InMemoryExternalCalendar calendar;
    private RecordingNotifier notifier;
    private Salon salon;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        calendar = new InMemoryExternalCalendar();
        notifier = new RecordingNotifier();
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .externalCalendar(calendar).notifier(notifier).build());
    }

    private Result<Hold> hold(String owner, Instant start) {
        return salon.engine.holds().hold(new HoldCommand(salon.request(salon.cut, salon.maria), start, owner,
                Optional.empty(), "corr-" + owner));
    }

    private Result<Appointment> confirm(Hold hold, String owner) {
        return salon.engine.holds().confirm(new ConfirmHoldCommand(salon.tenant, hold.token(), owner,
                customer("Anna Becker"), "", Source.PHONE, "corr-" + owner));
    }

    private static ErrorCode code(Result<?> r) {
        return ((Result.Failure<?>) r).code();
    }

    @Test
    void aStalePendingAppointmentWhoseSyncFailedStillBlocksItsSlotWhileTheExternalCalendarSaysFree() {
        // given an appointment booked five days ago whose calendar sync failed for good
        clock.set(NOW.minus(Duration.ofDays(5)));
        Appointment old = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        calendar.failNextCreates(10, true);
        for (int i = 0; i < 10; i++) {
            salon.engine.operations().processOutbox(10);
            clock.advance(Duration.ofHours(1));
        }
        calendar.clearFailures();
        clock.set(NOW);
        assertThat(salon.engine.appointments().find(salon.tenant, old.id()).orElseThrow().sync().status())
                .isEqualTo(SyncStatus.FAILED);
        assertThat(calendar.activeBookings()).isEmpty();

        // when the caller asks for that time
        var explanation = salon.engine.availability().explain(salon.request(salon.cut, salon.maria),
                wednesday("10:00"), Optional.empty()).orElseThrow();
        List<Slot> slots = salon.engine.availability().findSlots(salon.request(salon.cut, salon.maria), WEDNESDAY,
                WEDNESDAY, Optional.empty()).orElseThrow();

        // then the local appointment blocks it, though the external calendar has nothing there
        assertThat(explanation.bookable()).isFalse();
        assertThat(explanation.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(Reason.Code.APPOINTMENT_CONFLICT);
            assertThat(r.reference()).contains(old.id().value());
        });
        assertThat(slots).noneMatch(s -> s.start().equals(wednesday("10:00")));
        assertThat(salon.engine.operations().syncHealth(salon.tenant).status()).isEqualTo(HealthStatus.CRITICAL);
    }

    @Test
    void twoOwnersRacingForOneHoldEndWithExactlyOneWinner() throws Exception {
        // given 16 callers asking for the same time at once
        int callers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Result<Hold>>> results = new java.util.ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String owner = "call-" + i;
            results.add(pool.submit(() -> {
                start.await();
                return hold(owner, wednesday("11:00"));
            }));
        }
        // when they race
        start.countDown();
        int won = 0;
        for (Future<Result<Hold>> f : results) {
            Result<Hold> r = f.get();
            if (r.isSuccess()) {
                won++;
            } else {
                assertThat(code(r)).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
            }
        }
        pool.shutdown();
        // then exactly one holds it
        assertThat(won).isEqualTo(1);
    }

    @Test
    void anExpiredHoldFreesTheSlotAndCannotBeConfirmed() {
        // given a hold of call A
        Hold hold = hold("call-A", wednesday("12:00")).orElseThrow();
        assertThat(hold("call-B", wednesday("12:00")).isSuccess()).isFalse();

        // when its lifetime (5 minutes) has passed
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        // then another caller can hold the time, even before the sweeper ran, and A cannot confirm
        assertThat(hold("call-B", wednesday("12:00")).isSuccess()).isTrue();
        Result<Appointment> late = confirm(hold, "call-A");
        assertThat(code(late)).isEqualTo(ErrorCode.RESERVATION_EXPIRED);
        assertThat(salon.engine.operations().expireHolds(100)).isEqualTo(1);
    }

    @Test
    void anOwnerSeesTheTimeTheyHoldAsFreeAndOthersDoNot() {
        hold("call-A", wednesday("12:00")).orElseThrow();
        var forOwner = salon.engine.availability().explain(salon.request(salon.cut, salon.maria),
                wednesday("12:00"), Optional.of("call-A")).orElseThrow();
        var forOther = salon.engine.availability().explain(salon.request(salon.cut, salon.maria),
                wednesday("12:00"), Optional.of("call-B")).orElseThrow();
        assertThat(forOwner.bookable()).isTrue();
        assertThat(forOther.reasons()).extracting(Reason::code).contains(Reason.Code.HELD_BY_OTHER_OWNER);
    }

    @Test
    void confirmingAHoldByAnotherOwnerIsRefusedAndAnUnknownTokenIsNotFound() {
        Hold hold = hold("call-A", wednesday("12:00")).orElseThrow();
        assertThat(code(confirm(hold, "call-B"))).isEqualTo(ErrorCode.RESERVATION_OWNER_MISMATCH);
        Hold unknown = new Hold(new dev.termin.booking.domain.appointment.HoldToken(java.util.UUID.randomUUID()),
                hold.tenant(), hold.branch(), hold.service(), hold.staff(), "call-A", hold.interval(),
                hold.segments(), hold.occupancies(), hold.createdAt(), hold.expiresAt(), hold.status(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(code(confirm(unknown, "call-A"))).isEqualTo(ErrorCode.RESERVATION_NOT_FOUND);
    }

    @Test
    void aConfirmedHoldBecomesAnAppointmentWithSyncPendingAndReachesTheCalendar() {
        Hold hold = hold("call-A", wednesday("12:00")).orElseThrow();
        Result<Appointment> booked = confirm(hold, "call-A");
        Appointment a = booked.orElseThrow();
        assertThat(((Result.Success<Appointment>) booked).warnings()).extracting(Warning::code)
                .containsExactly(Warning.CALENDAR_SYNC_PENDING);
        assertThat(a.fromHold()).contains(hold.token());
        assertThat(salon.engine.holds().find(salon.tenant, hold.token()).orElseThrow().convertedTo())
                .contains(a.id());
        // confirming again is a retry and returns the same appointment
        assertThat(confirm(hold, "call-A").orElseThrow().id()).isEqualTo(a.id());

        salon.engine.operations().processOutbox(10);

        Appointment synced = salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
        assertThat(synced.sync().status()).isEqualTo(SyncStatus.SYNCED);
        assertThat(calendar.activeBookings()).hasSize(1);
        assertThat(notifier.sent()).extracting(Notification::kind)
                .containsExactly(Notification.Kind.BOOKING_CONFIRMATION);
        assertThat(notifier.sent().get(0).message(Notification.Language.GERMAN).invite().orElseThrow().events())
                .hasSize(1);
        assertThat(salon.engine.appointments().flow(salon.tenant, "corr-call-A"))
                .extracting(e -> e.step()).contains("hold.placed", "hold.converted", "sync.synced");
    }

    @Test
    void aThirtyMinuteCutIsBookedIntoAFreePauseAndRefusedInABlockedOne() {
        // given Maria colours at 10:00 (colour 10:00–10:30, pause until 11:15) under each policy on two days
        salon.book(salon.colour, salon.maria, wednesday("10:00")).orElseThrow();
        Instant thursday10 = Salon.berlin(WEDNESDAY.plusDays(1), "10:00");
        salon.book(salon.colourBlocked, salon.maria, thursday10).orElseThrow();

        // when a cut is asked for at 10:30, inside the pause
        Result<Appointment> inFreePause = salon.book(salon.cut, salon.maria, wednesday("10:30"));
        Result<Appointment> inBlockedPause = salon.book(salon.cut, salon.maria,
                Salon.berlin(WEDNESDAY.plusDays(1), "10:30"));

        // then the free pause takes it and the blocked one refuses, naming the pause policy
        assertThat(inFreePause.isSuccess()).isTrue();
        assertThat(code(inBlockedPause)).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(((Result.Failure<Appointment>) inBlockedPause).details().get("reasons")).contains("pause_policy");
    }

    @Test
    void theSagaCancelsTheMadeSegmentsWhenTheThirdOfFourFails() {
        // given a four-segment colour appointment and a calendar that rejects the third create
        Appointment a = salon.book(salon.colour, salon.maria, wednesday("10:00")).orElseThrow();
        assertThat(a.segments()).hasSize(4);
        calendar.failCreateOfSegment("wash");

        // when it is synced (segments are created in reverse order: blow-dry, cut, wash, colour)
        salon.engine.operations().processOutbox(10);

        // then blow-dry and cut were cancelled again, and the appointment is failed and flagged
        Appointment after = salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
        assertThat(after.sync().status()).isEqualTo(SyncStatus.FAILED);
        assertThat(after.sync().manualReview()).isTrue();
        assertThat(after.sync().externalRefs()).isEmpty();
        assertThat(calendar.activeBookings()).isEmpty();
        assertThat(calendar.createCalls()).isEqualTo(3);
        assertThat(salon.engine.operations().syncHealth(salon.tenant).status()).isNotEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void aCompositeBookingReachesTheCalendarAsOneBookingPerSegment() {
        Appointment a = salon.book(salon.colour, salon.maria, wednesday("10:00")).orElseThrow();
        salon.engine.operations().processOutbox(10);
        Appointment synced = salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
        assertThat(synced.sync().status()).isEqualTo(SyncStatus.SYNCED);
        assertThat(synced.sync().externalRefs()).extracting(r -> r.segmentKey())
                .containsExactlyInAnyOrder("colour", "wash", "cut", "blowdry");
        assertThat(calendar.activeBookings()).hasSize(4);
        Notification.Message message = notifier.sent().get(0).message(Notification.Language.GERMAN);
        assertThat(message.invite().orElseThrow().events()).extracting(Notification.Event::summary)
                .containsExactly("1 von 4 · Farbe auftragen", "2 von 4 · Waschen", "3 von 4 · Schneiden",
                        "4 von 4 · Föhnen");
    }

    @Test
    void aBookingIsAcceptedWhileTheCalendarIsDownAndSyncedOnceItReturns() {
        calendar.setUnreachable(true);
        Result<Appointment> booked = salon.book(salon.cut, salon.emma, wednesday("15:00"));
        assertThat(((Result.Success<Appointment>) booked).warnings()).extracting(Warning::code)
                .contains(Warning.EXTERNAL_CALENDAR_UNAVAILABLE, Warning.CALENDAR_SYNC_PENDING);
        salon.engine.operations().processOutbox(10);
        assertThat(calendar.activeBookings()).isEmpty();

        calendar.setUnreachable(false);
        clock.advance(Duration.ofMinutes(5));
        salon.engine.operations().processOutbox(10);

        assertThat(calendar.activeBookings()).hasSize(1);
        assertThat(salon.engine.appointments().find(salon.tenant, booked.orElseThrow().id()).orElseThrow()
                .sync().status()).isEqualTo(SyncStatus.SYNCED);
    }

    @Test
    void aCancellationInsideTheDeadlineIsRefusedUnlessTheDeskOverrides() {
        // given an appointment tomorrow morning, less than 24 hours away
        Appointment a = salon.book(salon.cut, salon.maria, Salon.berlin(NOW.atZone(Salon.BERLIN).toLocalDate()
                .plusDays(1), "09:00")).orElseThrow();

        Result<Appointment> byCustomer = salon.engine.appointments()
                .cancel(new CancelCommand(salon.tenant, a.id(), "krank", false, "c1"));
        Result<Appointment> byDesk = salon.engine.appointments()
                .cancel(new CancelCommand(salon.tenant, a.id(), "krank", true, "c2"));

        assertThat(code(byCustomer)).isEqualTo(ErrorCode.POLICY_VIOLATION);
        assertThat(byDesk.orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void aCancellationOffersTheFreedSlotToTheBestWaitlistEntryThroughTheOutbox() {
        // given a booked Wednesday and two waiting customers, the later one with higher priority
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        join("Bernd Normal", 1);
        clock.advance(Duration.ofMinutes(1));
        join("Clara Dringend", 5);
        notifier.clear();

        // when the appointment is cancelled and the outbox runs
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "", false, "cancel-1"))
                .orElseThrow();
        boolean sentInline = !notifier.sent().isEmpty();
        salon.engine.operations().processOutbox(20);

        // then only the higher priority is offered the slot, after the cancellation committed
        List<Notification> offers = notifier.sent().stream()
                .filter(n -> n.kind() == Notification.Kind.WAITLIST_OFFER).toList();
        assertThat(sentInline).isFalse();
        assertThat(offers).extracting(n -> n.recipient().name()).containsExactly("Clara Dringend");
        assertThat(salon.engine.waitlist().list(salon.tenant, Optional.of(salon.cut)))
                .filteredOn(e -> e.customer().name().equals("Clara Dringend"))
                .allSatisfy(e -> assertThat(e.offeredSlot()).contains(a.interval()));
    }

    private void join(String name, int priority) {
        salon.engine.waitlist().join(new JoinWaitlistCommand(salon.tenant, salon.branch, salon.cut,
                Optional.empty(), customer(name), WEDNESDAY, WEDNESDAY.plusDays(2), Set.of(), List.of(), priority))
                .orElseThrow();
    }

    @Test
    void rescheduleRespectsTheLimitAndMovesTheAppointment() {
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        Instant[] targets = {wednesday("11:00"), wednesday("12:00"), wednesday("13:00"), wednesday("14:00")};
        for (int i = 0; i < 3; i++) {
            Appointment moved = salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant, a.id(),
                    targets[i], Optional.empty(), false, "r" + i)).orElseThrow();
            assertThat(moved.interval().start()).isEqualTo(targets[i]);
            assertThat(moved.rescheduleCount()).isEqualTo(i + 1);
        }
        Result<Appointment> fourth = salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant,
                a.id(), targets[3], Optional.empty(), false, "r3"));
        assertThat(code(fourth)).isEqualTo(ErrorCode.POLICY_VIOLATION);
        // the old times are free again
        assertThat(salon.book(salon.cut, salon.maria, wednesday("10:00")).isSuccess()).isTrue();
    }

    @Test
    void aRescheduleMayOverlapTheAppointmentsOwnOldTime() {
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        Appointment moved = salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant, a.id(),
                wednesday("10:15"), Optional.empty(), false, "r")).orElseThrow();
        assertThat(moved.interval().start()).isEqualTo(wednesday("10:15"));
    }

    @Test
    void theSameIdempotencyKeyAndPayloadReturnTheFirstResultAndAnotherPayloadIsRefused() {
        BookCommand first = new BookCommand(salon.request(salon.cut, salon.emma), wednesday("16:00"),
                customer("Dora Weiß"), "", Source.WEB, Optional.empty(), Optional.of("key-1"), "c1");
        BookCommand otherPayload = new BookCommand(salon.request(salon.cut, salon.emma), wednesday("16:30"),
                customer("Dora Weiß"), "", Source.WEB, Optional.empty(), Optional.of("key-1"), "c2");

        Appointment a = salon.engine.appointments().book(first).orElseThrow();
        Appointment again = salon.engine.appointments().book(first).orElseThrow();
        Result<Appointment> mismatch = salon.engine.appointments().book(otherPayload);

        assertThat(again.id()).isEqualTo(a.id());
        assertThat(code(mismatch)).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
        assertThat(salon.engine.appointments().list(salon.tenant, Optional.of(salon.emma),
                dev.termin.booking.domain.time.TimeInterval.of(wednesday("00:00"), wednesday("23:59")))).hasSize(1);
    }

    @Test
    void bookingsTooSoonOrTooFarAheadArePolicyViolations() {
        Result<Appointment> tooSoon = salon.book(salon.cut, salon.maria, NOW.plus(Duration.ofMinutes(60))
                .atZone(Salon.BERLIN).withMinute(0).toInstant());
        Result<Appointment> tooFar = salon.book(salon.cut, salon.maria, wednesday("10:00").plus(Duration.ofDays(120)));
        assertThat(code(tooSoon)).isEqualTo(ErrorCode.POLICY_VIOLATION);
        assertThat(code(tooFar)).isEqualTo(ErrorCode.POLICY_VIOLATION);
    }

    @Test
    void reservationMetricsCountCreatedConvertedExpiredAndCancelledHolds() {
        Hold a = hold("call-1", wednesday("10:00")).orElseThrow();
        confirm(a, "call-1").orElseThrow();
        hold("call-2", wednesday("11:00")).orElseThrow();
        Hold c = hold("call-3", wednesday("12:00")).orElseThrow();
        salon.engine.holds().release(salon.tenant, c.token(), "call-3", "changed mind", "c").orElseThrow();
        clock.advance(Duration.ofMinutes(10));

        var m = salon.engine.operations().reservationMetrics(salon.tenant, Duration.ofHours(24));

        assertThat(m.created()).isEqualTo(3);
        assertThat(m.converted()).isEqualTo(1);
        assertThat(m.expired()).isEqualTo(1);
        assertThat(m.cancelled()).isEqualTo(1);
        assertThat(m.conversionRate()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void cancellingAndReschedulingASyncedAppointmentAreMirroredInTheCalendar() {
        Appointment a = salon.book(salon.cut, salon.jonas, wednesday("10:00")).orElseThrow();
        Appointment b = salon.book(salon.cut, salon.jonas, wednesday("12:00")).orElseThrow();
        salon.engine.operations().processOutbox(20);
        assertThat(calendar.activeBookings()).hasSize(2);

        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "krank", false, "c")).orElseThrow();
        salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant, b.id(), wednesday("15:00"),
                Optional.empty(), false, "r")).orElseThrow();
        salon.engine.operations().processOutbox(20);

        Appointment movedB = salon.engine.appointments().find(salon.tenant, b.id()).orElseThrow();
        assertThat(movedB.sync().status()).isEqualTo(SyncStatus.SYNCED);
        assertThat(movedB.sync().externalRefs()).singleElement()
                .satisfies(r -> assertThat(r.syncedStart()).isEqualTo(wednesday("15:00")));
        assertThat(salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow().sync().externalRefs())
                .isEmpty();
        assertThat(calendar.activeBookings()).hasSize(1);
        assertThat(notifier.sent()).extracting(Notification::kind).contains(Notification.Kind.CANCELLATION,
                Notification.Kind.RESCHEDULE);
    }

    @Test
    void aNotificationThatFailsIsRetriedLater() {
        notifier.failNextSends(1);
        salon.book(salon.cut, salon.emma, wednesday("09:00")).orElseThrow();
        salon.engine.operations().processOutbox(20);
        assertThat(notifier.sent()).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        salon.engine.operations().processOutbox(20);

        assertThat(notifier.sent()).extracting(Notification::kind)
                .containsExactly(Notification.Kind.BOOKING_CONFIRMATION);
    }

    @Test
    void whileTheCalendarsCircuitIsOpenSyncWaitsWithoutSpendingItsAttempts() {
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("11:00")).orElseThrow();
        calendar.setUnreachable(true);
        for (int i = 0; i < 20; i++) {
            salon.engine.operations().processOutbox(10);
            clock.advance(Duration.ofHours(1));
        }
        Appointment waiting = salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow();
        assertThat(waiting.sync().status()).isEqualTo(SyncStatus.PENDING);
        assertThat(waiting.sync().attempts()).isZero();

        calendar.setUnreachable(false);
        salon.engine.operations().processOutbox(10);

        assertThat(salon.engine.appointments().find(salon.tenant, a.id()).orElseThrow().sync().status())
                .isEqualTo(SyncStatus.SYNCED);
        assertThat(calendar.activeBookings()).hasSize(1);
    }

    @Test
    void aSyncedAppointmentCanBeMovedOverlappingItsOwnExternalBooking() {
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        salon.engine.operations().processOutbox(10);
        assertThat(calendar.activeBookings()).hasSize(1);

        Result<Appointment> moved = salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant,
                a.id(), wednesday("10:15"), Optional.empty(), false, "move"));

        assertThat(moved.orElseThrow().interval().start()).isEqualTo(wednesday("10:15"));
        // another appointment still sees the external booking until the move is synced
        assertThat(salon.book(salon.cut, salon.maria, wednesday("09:30")).isSuccess()).isFalse();
    }

    @Test
    void aKeyedBookingKeepsItsKeyInTheStorage_soItWorksAndReplaysWhileTheSeparateKeyStoreIsDown() {
        var broken = new dev.termin.booking.application.port.out.IdempotencyStore() {
            @Override
            public Claim claim(dev.termin.booking.domain.catalogue.TenantId tenant, String key, String fingerprint,
                    Instant now, Duration ttl, Duration inFlightTimeout) {
                throw new dev.termin.booking.application.port.out.StorageException("key store down");
            }

            @Override
            public void complete(dev.termin.booking.domain.catalogue.TenantId tenant, String key, String response) {
            }

            @Override
            public void release(dev.termin.booking.domain.catalogue.TenantId tenant, String key) {
            }

            @Override
            public int purgeExpired(Instant now) {
                return 0;
            }
        };
        Salon withBrokenKeys = new Salon(BookingEngine.builder().clock(clock)
                .storage(new InMemoryStorage(clock).storage()).idempotency(broken).build());

        BookCommand command = new BookCommand(withBrokenKeys.request(withBrokenKeys.cut, withBrokenKeys.emma),
                wednesday("16:00"), customer("Dora"), "", Source.WEB, Optional.empty(), Optional.of("k"), "c");

        Result<Appointment> keyed = withBrokenKeys.engine.appointments().book(command);
        Result<Appointment> retry = withBrokenKeys.engine.appointments().book(command);

        assertThat(keyed.isSuccess()).isTrue();
        assertThat(retry.orElseThrow().id()).isEqualTo(keyed.orElseThrow().id());

        // and the README's flow, a keyed hold confirmed with a key, goes through too, so no hold is left blocking
        var hold = withBrokenKeys.engine.holds().hold(new HoldCommand(
                withBrokenKeys.request(withBrokenKeys.cut, withBrokenKeys.emma), wednesday("17:00"), "session-9",
                Optional.empty(), "c-hold", Optional.of("k-hold"))).orElseThrow();
        var confirmed = withBrokenKeys.engine.holds().confirm(
                new ConfirmHoldCommand(withBrokenKeys.tenant, hold.token(),
                        "session-9", customer("Dora"), "", Source.WEB, "c-confirm", Optional.of("k-confirm")));
        assertThat(confirmed.isSuccess()).as("confirm answered %s", confirmed).isTrue();
    }
}
