package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.WEDNESDAY;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.port.in.JoinWaitlistCommand;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The waitlist offer chain: a freed slot held for the best entry for the offer window and offered with a code;
 * unanswered, the next entry gets it; the code books it.
 */
class WaitlistChainTest {

    private static final Pattern CODE = Pattern.compile("wo_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}");

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Salon salon;
    private WaitlistEntry bernd;
    private WaitlistEntry clara;
    private Appointment freed;

    @BeforeEach
    void setUp() {
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .notifier(notifier).build());
        // Wednesday 16:00 booked; Bernd (priority 1) waits first, Clara (priority 5) joins later
        freed = salon.book(salon.cut, salon.maria, wednesday("16:00")).orElseThrow();
        bernd = join("Bernd Normal", 1);
        clock.advance(Duration.ofMinutes(1));
        clara = join("Clara Dringend", 5);
        salon.engine.operations().processOutbox(20);
        notifier.clear();
    }

    private WaitlistEntry join(String name, int priority) {
        return salon.engine.waitlist().join(new JoinWaitlistCommand(salon.tenant, salon.branch, salon.cut,
                Optional.empty(), customer(name), WEDNESDAY, WEDNESDAY, Set.of(), List.of(), priority))
                .orElseThrow();
    }

    private List<Notification> offers() {
        return notifier.sent().stream().filter(n -> n.kind() == Notification.Kind.WAITLIST_OFFER).toList();
    }

    private static String code(Notification offer) {
        Matcher m = CODE.matcher(String.join("\n", offer.messages().get(Notification.Language.GERMAN)
                .paragraphs()));
        assertThat(m.find()).as("the offer shows its code").isTrue();
        return m.group();
    }

    private void cancelTheBooking() {
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, freed.id(), "", true, "cancel"))
                .orElseThrow();
        salon.engine.operations().processOutbox(20);
    }

    @Test
    void theFreedSlot_isHeldForTheBestEntry_andOfferedWithACode_soNobodyElseCanTakeIt() {
        cancelTheBooking();

        assertThat(offers()).singleElement().satisfies(o -> {
            assertThat(o.recipient().name()).isEqualTo("Clara Dringend");
            assertThat(o.messages().get(Notification.Language.GERMAN).paragraphs().get(0))
                    .contains("Mittwoch, 17. Juni 2026 um 16:00 Uhr", "Wir halten ihn bis Mittwoch, 17. Juni 2026");
        });
        assertThat(salon.engine.holds().hold(new HoldCommand(salon.request(salon.cut, salon.maria),
                wednesday("16:00"), "call-other", Optional.empty(), "other")).isSuccess()).isFalse();
        assertThat(salon.engine.waitlist().list(salon.tenant, Optional.empty()))
                .filteredOn(e -> e.id().equals(clara.id()))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(WaitlistStatus.OFFERED));
    }

    @Test
    void anOfferThatLapsesUnanswered_goesToTheNextEntry_whoBooksItThroughTheCode() {
        // given Clara's offer, not answered within the 48 hours of the window (capped by the start)
        cancelTheBooking();
        String claras = code(offers().get(0));
        notifier.clear();

        // when the window passes and the sweeper and the outbox run
        clock.set(NOW.plus(Duration.ofHours(48)).plus(Duration.ofMinutes(2)));
        salon.engine.operations().expireHolds(50);
        salon.engine.operations().processOutbox(20);

        // then Bernd is offered the slot, Clara's code is refused, Bernd's books it
        assertThat(offers()).singleElement().satisfies(o -> assertThat(o.recipient().name())
                .isEqualTo("Bernd Normal"));
        Result<Appointment> late = salon.engine.waitlist().confirmOffer(salon.tenant, claras, "late");
        assertThat(((Result.Failure<Appointment>) late).code()).isEqualTo(ErrorCode.RESERVATION_EXPIRED);
        Appointment booked = salon.engine.waitlist().confirmOffer(salon.tenant, code(offers().get(0)), "confirm")
                .orElseThrow();
        assertThat(booked.customer().name()).isEqualTo("Bernd Normal");
        assertThat(booked.interval()).isEqualTo(freed.interval());
        assertThat(salon.engine.waitlist().list(salon.tenant, Optional.empty()))
                .extracting(WaitlistEntry::id).containsExactly(clara.id());
        assertThat(salon.engine.waitlist().list(salon.tenant, Optional.empty()).get(0).status())
                .isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void aWrongOrForgedCode_isNotFound() {
        cancelTheBooking();
        String real = code(offers().get(0));
        String forged = real.substring(0, real.length() - 4) + "AAAA";

        for (String code : List.of(forged, "wo_nothing", "", real.replace("wo_", "xx_"))) {
            Result<Appointment> r = salon.engine.waitlist().confirmOffer(salon.tenant, code, "forged");
            assertThat(((Result.Failure<Appointment>) r).code()).as(code).isEqualTo(ErrorCode.RESERVATION_NOT_FOUND);
        }
        assertThat(salon.engine.waitlist().confirmOffer(salon.tenant, real, "ok").isSuccess()).isTrue();
        assertThat(salon.engine.waitlist().list(salon.tenant, Optional.empty())).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(bernd.id()));
    }
}
