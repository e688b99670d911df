package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.ExternalChangeOutcome.Action;
import dev.termin.booking.application.port.in.ReconcileReport;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reconciliation repairs what lost webhooks missed, and converges after dropped, repeated and reordered ones. */
class CalComReconciliationTest extends TwoWaySyncBase {

    private static final TimeInterval WINDOW = TimeInterval.of(Instant.parse("2050-08-31T00:00:00Z"),
            Duration.ofDays(91));

    @Test
    void withEveryWebhookLost_oneReconciliationImportsCancelsAndMoves_andReportsIt() {
        // given: a booking made on Cal.com, one of Termin's cancelled there and one moved there, nothing delivered
        FakeCalCom.Booking direct = fake.addBooking(EMMA_EVENT_TYPE, slot(0), slot(0).plus(Duration.ofMinutes(30)),
                "accepted", Map.of());
        Appointment cancelled = book(CUT, slot(1)).orElseThrow();
        Appointment moved = book(CUT, slot(2)).orElseThrow();
        engine.operations().processOutbox(10);
        fake.cancelInCalCom(fake.activeFor(cancelled.id().value(), "main").get(0).uid);
        FakeCalCom.Booking newTime = fake.rescheduleInCalCom(fake.activeFor(moved.id().value(), "main").get(0).uid,
                slot(3));

        // when
        ReconcileReport report = engine.externalChanges().reconcile(TENANT, WINDOW).orElseThrow();
        ReconcileReport second = engine.externalChanges().reconcile(TENANT, WINDOW).orElseThrow();

        // then
        assertThat(report.changes()).extracting(ExternalChangeOutcome::action)
                .containsExactlyInAnyOrder(Action.IMPORTED, Action.CANCELLED, Action.MOVED);
        assertThat(report.examined()).isEqualTo(4);
        assertThat(second.changes()).isEmpty();
        assertThat(active(TENANT)).hasSize(2).anySatisfy(a -> assertThat(a.sync().externalRefs())
                .containsExactly(new ExternalRef("main", direct.uid, slot(0))));
        assertThat(engine.appointments().find(TENANT, moved.id()).orElseThrow().sync().externalRefs())
                .containsExactly(new ExternalRef("main", newTime.uid, slot(3)));
    }

    @Test
    void whenCalComCannotBeRead_reconciliationFailsAsServiceUnavailable_andChangesNothing() {
        fake.down(FakeCalCom.Fault.serverError(503));

        Result<ReconcileReport> r = engine.externalChanges().reconcile(TENANT, WINDOW);

        assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        assertThat(active(TENANT)).isEmpty();
    }

    @Test
    void aRunWith30PercentOfWebhooksDroppedRepeatedOrReordered_convergesAfterOneReconciliation() {
        // given: changes on both sides, each producing the webhook Cal.com would send
        List<byte[]> deliveries = new ArrayList<>();
        List<FakeCalCom.Booking> direct = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long type = i % 2 == 0 ? MARIA_EVENT_TYPE : EMMA_EVENT_TYPE;
            FakeCalCom.Booking b = fake.addBooking(type, slot(i), slot(i).plus(Duration.ofMinutes(30)), "accepted",
                    Map.of());
            direct.add(b);
            deliveries.add(webhook("BOOKING_CREATED", b, null));
        }
        List<Appointment> mine = new ArrayList<>();
        for (int i = 20; i < 26; i++) {
            mine.add(book(CUT, slot(i)).orElseThrow());
        }
        engine.operations().processOutbox(50);
        for (Appointment a : mine) {
            deliveries.add(webhook("BOOKING_CREATED", fake.activeFor(a.id().value(), "main").get(0), null));
        }
        for (int i = 0; i < 3; i++) {
            deliveries.add(webhook("BOOKING_CANCELLED", fake.cancelInCalCom(direct.get(i).uid), null));
        }
        for (int i = 0; i < 2; i++) {
            FakeCalCom.Booking b = fake.activeFor(mine.get(i).id().value(), "main").get(0);
            deliveries.add(webhook("BOOKING_CANCELLED", fake.cancelInCalCom(b.uid), null));
        }
        FakeCalCom.Booking chain = direct.get(3);
        for (int hop = 0; hop < 3; hop++) {
            FakeCalCom.Booking next = fake.rescheduleInCalCom(chain.uid, slot(40 + hop));
            deliveries.add(webhook("BOOKING_RESCHEDULED", next, chain));
            chain = next;
        }
        FakeCalCom.Booking d4 = direct.get(4);
        deliveries.add(webhook("BOOKING_RESCHEDULED", fake.rescheduleInCalCom(d4.uid, slot(45)), d4));
        FakeCalCom.Booking own = fake.activeFor(mine.get(2).id().value(), "main").get(0);
        deliveries.add(webhook("BOOKING_RESCHEDULED", fake.rescheduleInCalCom(own.uid, slot(46)), own));

        // when: 30 % of the deliveries are dropped, repeated or moved later; then one reconciliation runs
        List<byte[]> chaotic = chaos(deliveries, new Random(13));
        chaotic.forEach(this::deliver);
        engine.externalChanges().reconcile(TENANT, WINDOW).orElseThrow();
        engine.operations().processOutbox(50);

        // then
        assertThat(chaotic).isNotEqualTo(deliveries);
        assertSameBookings();
        assertNoDoubleBooking();
    }

    /** Each delivery: 10 % dropped, 10 % delivered twice, 10 % delivered later than its turn. */
    private static List<byte[]> chaos(List<byte[]> deliveries, Random random) {
        List<byte[]> out = new ArrayList<>();
        List<byte[]> late = new ArrayList<>();
        for (byte[] d : deliveries) {
            double r = random.nextDouble();
            if (r < 0.1) {
                continue;
            }
            if (r < 0.2) {
                out.add(d);
                out.add(d);
            } else if (r < 0.3) {
                late.add(d);
            } else {
                out.add(d);
            }
        }
        out.addAll(late);
        return out;
    }

    /** Every active Cal.com booking is exactly one active appointment's segment at the same time, and back. */
    private void assertSameBookings() {
        Map<String, Instant> calcom = fake.bookings().stream().filter(FakeCalCom.Booking::isActive)
                .collect(Collectors.toMap(b -> b.uid, b -> b.start));
        Map<String, Instant> termin = new HashMap<>();
        for (Appointment a : active(TENANT)) {
            assertThat(a.sync().externalRefs()).as("refs of " + a.id()).hasSize(a.segments().size());
            for (ExternalRef r : a.sync().externalRefs()) {
                Instant start = a.segments().stream().filter(s -> s.key().equals(r.segmentKey())).findFirst()
                        .orElseThrow().interval().start();
                assertThat(termin.put(r.externalId(), start)).as("uid " + r.externalId() + " twice").isNull();
            }
        }
        assertThat(termin).isEqualTo(calcom);
        assertThat(engine.externalChanges().flaggedForReview(TENANT)).isEmpty();
    }

    private void assertNoDoubleBooking() {
        List<Occupancy> all = active(TENANT).stream().flatMap(a -> a.occupancies().stream()).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).conflictsWith(all.get(j))).as(all.get(i) + " vs " + all.get(j)).isFalse();
            }
        }
        assertThat(Set.copyOf(all)).hasSameSizeAs(all);
    }

    /** Slot {@code i}: one hour each from Monday 09:00, ten a day, Monday to Friday of that week and the next. */
    private static Instant slot(int i) {
        int day = i / 10;
        int weekday = day % 5 + (day / 5) * 7;
        return MONDAY_9.plus(Duration.ofDays(weekday)).plus(Duration.ofHours(i % 10));
    }
}
