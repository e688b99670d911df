package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ExternalChangeOutcome.Action;
import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.sync.SyncAlert;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Webhook deliveries shaped like Cal.com's, applied by the engine: each rule, and refusals that change nothing. */
class CalComWebhookSyncTest extends TwoWaySyncBase {

    private static final Instant TEN = MONDAY_9.plus(Duration.ofHours(1));

    @Test
    void aBookingMadeOnCalCom_becomesAnExternalAppointmentOfItsStaff() {
        // given
        FakeCalCom.Booking b = fake.addBooking(EMMA_EVENT_TYPE, TEN, TEN.plus(Duration.ofMinutes(30)), "accepted",
                Map.of());

        // when
        ExternalChangeOutcome outcome = deliver(webhook("BOOKING_CREATED", b, null));

        // then
        assertThat(outcome.action()).isEqualTo(Action.IMPORTED);
        assertThat(active(TENANT)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(Source.CALCOM);
            assertThat(a.staff()).isEqualTo(EMMA);
            assertThat(a.interval().start()).isEqualTo(TEN);
            assertThat(a.customer().email()).isPresent();
        });
    }

    @Test
    void aRequestedBookingOnASharedEventType_isImportedForItsMappedHost_andItsRejectionCancelsIt() {
        // given
        FakeCalCom.Booking b = fake.addBooking(CUT_EVENT_TYPE, TEN, TEN.plus(Duration.ofMinutes(45)), "pending",
                Map.of(), java.util.List.of("maria"));
        deliver(webhook("BOOKING_REQUESTED", b, null));

        // when
        b.status = "rejected";
        ExternalChangeOutcome rejected = deliver(webhook("BOOKING_REJECTED", b, null));

        // then
        assertThat(rejected.action()).isEqualTo(Action.CANCELLED);
        Appointment a = engine.appointments().find(TENANT, rejected.appointment().orElseThrow()).orElseThrow();
        assertThat(a.staff()).isEqualTo(MARIA);
        assertThat(a.service()).isEqualTo(CUT);
        assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void termin_sOwnBooking_reportedByCalCom_isNotImportedTwice() {
        // given
        Appointment mine = book(CUT, MONDAY_9).orElseThrow();
        engine.operations().processOutbox(10);
        FakeCalCom.Booking b = fake.activeFor(mine.id().value(), "main").get(0);

        // when
        ExternalChangeOutcome echo = deliver(webhook("BOOKING_CREATED", b, null));

        // then
        assertThat(echo.action()).isEqualTo(Action.UNCHANGED);
        assertThat(active(TENANT)).extracting(Appointment::id).containsExactly(mine.id());
    }

    @Test
    void aCancellationOnCalCom_ofOneSegment_cancelsTheWholeCompositeAppointment_inTerminAndCalCom() {
        // given
        Appointment colour = book(COLOUR, MONDAY_9).orElseThrow();
        engine.operations().processOutbox(10);
        FakeCalCom.Booking segmentB = fake.activeFor(colour.id().value(), "B").get(0);

        // when
        fake.cancelInCalCom(segmentB.uid);
        ExternalChangeOutcome outcome = deliver(webhook("BOOKING_CANCELLED", segmentB, null));
        engine.operations().processOutbox(10);

        // then
        assertThat(outcome.action()).isEqualTo(Action.CANCELLED);
        assertThat(engine.appointments().find(TENANT, colour.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(fake.bookings()).allSatisfy(b -> assertThat(b.status).isEqualTo("cancelled"));
        assertThat(book(CUT, MONDAY_9).isSuccess()).isTrue();
    }

    @Test
    void aMoveOnCalCom_toFreeTime_movesTheAppointment_andCalComIsNotCalledBack() {
        // given
        Appointment mine = book(CUT, MONDAY_9).orElseThrow();
        engine.operations().processOutbox(10);
        FakeCalCom.Booking before = fake.activeFor(mine.id().value(), "main").get(0);

        // when
        FakeCalCom.Booking after = fake.rescheduleInCalCom(before.uid, TEN);
        fake.clearRecorded();
        ExternalChangeOutcome outcome = deliver(webhook("BOOKING_RESCHEDULED", after, before));
        engine.operations().processOutbox(10);

        // then
        assertThat(outcome.action()).isEqualTo(Action.MOVED);
        Appointment moved = engine.appointments().find(TENANT, mine.id()).orElseThrow();
        assertThat(moved.interval().start()).isEqualTo(TEN);
        assertThat(moved.sync().externalRefs()).containsExactly(new ExternalRef("main", after.uid, TEN));
        assertThat(fake.requestsUnder("POST", "/v2/bookings")).isEmpty();
    }

    @Test
    void aMoveOnCalCom_ontoTakenTime_isFlaggedForReview_namingBothAppointments() {
        // given
        Appointment first = book(CUT, MONDAY_9).orElseThrow();
        Appointment second = book(CUT, TEN).orElseThrow();
        engine.operations().processOutbox(10);
        FakeCalCom.Booking before = fake.activeFor(first.id().value(), "main").get(0);

        // when
        FakeCalCom.Booking after = fake.rescheduleInCalCom(before.uid, TEN.plus(Duration.ofMinutes(15)));
        ExternalChangeOutcome outcome = deliver(webhook("BOOKING_RESCHEDULED", after, before));

        // then
        assertThat(outcome.action()).isEqualTo(Action.FLAGGED);
        assertThat(outcome.detail()).contains(first.id().value(), second.id().value());
        assertThat(engine.appointments().find(TENANT, first.id()).orElseThrow().interval().start())
                .isEqualTo(MONDAY_9);
        assertThat(engine.operations().syncHealth(TENANT).alert(SyncAlert.MANUAL_REVIEW)).isPresent();
    }

    @Test
    void aFlaggedMove_reSynced_putsCalComBackToTermin_sTime() {
        // given
        Appointment first = book(CUT, MONDAY_9).orElseThrow();
        book(CUT, TEN).orElseThrow();
        engine.operations().processOutbox(10);
        FakeCalCom.Booking before = fake.activeFor(first.id().value(), "main").get(0);
        FakeCalCom.Booking after = fake.rescheduleInCalCom(before.uid, TEN);
        deliver(webhook("BOOKING_RESCHEDULED", after, before));

        // when
        engine.externalChanges().resync(TENANT, first.id(), "Termin's time stands").orElseThrow();
        engine.operations().processOutbox(10);

        // then
        assertThat(fake.activeFor(first.id().value(), "main")).singleElement()
                .satisfies(b -> assertThat(b.start).isEqualTo(MONDAY_9));
        assertThat(engine.externalChanges().flaggedForReview(TENANT)).isEmpty();
        assertThat(engine.operations().syncHealth(TENANT).counts().manualReview()).isZero();
    }

    @Test
    void redeliveredAndOutOfOrderDeliveries_areHarmless() {
        // given
        FakeCalCom.Booking b = fake.addBooking(MARIA_EVENT_TYPE, TEN, TEN.plus(Duration.ofMinutes(30)), "accepted",
                Map.of());
        byte[] created = webhook("BOOKING_CREATED", b, null);
        fake.cancelInCalCom(b.uid);
        byte[] cancelled = webhook("BOOKING_CANCELLED", b, null);

        // when
        ExternalChangeOutcome first = deliver(cancelled);
        ExternalChangeOutcome late = deliver(created);
        ExternalChangeOutcome again = deliver(cancelled);

        // then
        assertThat(first.action()).isEqualTo(Action.IGNORED);
        assertThat(late.action()).isEqualTo(Action.STALE);
        assertThat(again.action()).isEqualTo(Action.STALE);
        assertThat(active(TENANT)).isEmpty();
    }

    @Test
    void unsignedWronglySignedAndStaleDeliveries_areRefused() {
        // given
        FakeCalCom.Booking b = fake.addBooking(MARIA_EVENT_TYPE, TEN, TEN.plus(Duration.ofMinutes(30)), "accepted",
                Map.of());
        byte[] body = webhook("BOOKING_CREATED", b, null);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("walk-in@", "evil@")
                .getBytes(StandardCharsets.UTF_8);

        // when / then
        assertThat(webhooks.read(TENANT, body, Optional.empty())).isInstanceOf(WebhookDelivery.Refused.class);
        assertThat(webhooks.read(TENANT, body, Optional.of(CalComWebhooks.sign("another-secret", body))))
                .isInstanceOf(WebhookDelivery.Refused.class);
        assertThat(webhooks.read(TENANT, tampered, Optional.of(CalComWebhooks.sign(SECRET, body))))
                .isInstanceOf(WebhookDelivery.Refused.class);
        clock.advance(Duration.ofMinutes(6));
        assertThat(webhooks.read(TENANT, body, Optional.of(CalComWebhooks.sign(SECRET, body))))
                .isInstanceOfSatisfying(WebhookDelivery.Refused.class,
                        r -> assertThat(r.reason()).contains("stale"));
        assertThat(active(TENANT)).isEmpty();
    }

    @Test
    void aSignedDeliveryThatIsNoBooking_isMalformed_andAPing_isIgnored() {
        byte[] junk = "{\"triggerEvent\":\"BOOKING_CREATED\",\"createdAt\":\"2050-09-01T06:00:00.000Z\",\"payload\":{}}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] ping = "{\"triggerEvent\":\"PING\",\"createdAt\":\"2050-09-01T06:00:00.000Z\",\"payload\":{}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(webhooks.read(TENANT, junk, Optional.of(CalComWebhooks.sign(SECRET, junk))))
                .isInstanceOf(WebhookDelivery.Malformed.class);
        assertThat(webhooks.read(TENANT, ping, Optional.of(CalComWebhooks.sign(SECRET, ping))))
                .isInstanceOf(WebhookDelivery.Ignored.class);
    }

    @Test
    void anAppointmentOfATenantWithoutCalCom_needsNoSync_whileTheConnectedTenant_sDoes() {
        // given
        TenantId other = TenantId.of("bravo");
        salon(engine, other);

        // when
        Appointment theirs = engine.appointments().book(new BookCommand(new SlotRequest(other, Optional.of(BRANCH),
                CUT, Optional.of(MARIA)), MONDAY_9, customer(), "", Source.WEB, Optional.empty(), Optional.empty(),
                "corr-bravo")).orElseThrow();
        Appointment ours = book(CUT, MONDAY_9).orElseThrow();

        // then
        assertThat(theirs.sync().status()).isEqualTo(SyncStatus.NOT_REQUIRED);
        assertThat(ours.sync().status()).isEqualTo(SyncStatus.PENDING);
        assertThat(engine.operations().syncHealth(other).circuit()).isEqualTo(CircuitState.NOT_CONFIGURED);
    }
}
