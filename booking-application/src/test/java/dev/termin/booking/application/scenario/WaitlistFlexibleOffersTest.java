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
import dev.termin.booking.application.port.in.JoinWaitlistCommand;
import dev.termin.booking.application.port.in.WaitlistOffer;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistFlexibility;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.testing.SiteCustomerPages;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waitlist offers through the customer's link: the offer message links to the offer page, the offer is read,
 * declined (the next entry gets the time) or taken once; and entries that accept any staff member or a compatible
 * service get freed time they would otherwise miss. Fixed clock, in-memory storage.
 */
class WaitlistFlexibleOffersTest {

    private static final Pattern CODE = Pattern.compile("wo_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}");

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Salon salon;

    @BeforeEach
    void setUp() {
        salon = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .notifier(notifier).customerPages(new SiteCustomerPages("https://termin.example")).build());
    }

    private WaitlistEntry join(String name, int priority, ServiceId service, Optional<StaffId> staff,
            WaitlistFlexibility flexibility) {
        WaitlistEntry e = salon.engine.waitlist().join(new JoinWaitlistCommand(salon.tenant, salon.branch, service,
                staff, customer(name), WEDNESDAY, WEDNESDAY, Set.of(), List.of(), priority, flexibility,
                Optional.of("/book/" + salon.tenant.value() + "?key=termin_page_abc"))).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        return e;
    }

    private List<Notification> offers() {
        salon.engine.operations().processOutbox(20);
        return notifier.sent().stream().filter(n -> n.kind() == Notification.Kind.WAITLIST_OFFER).toList();
    }

    private static String code(Notification offer) {
        Matcher m = CODE.matcher(String.join("\n", offer.messages().get(Notification.Language.GERMAN)
                .paragraphs()));
        assertThat(m.find()).as("the offer shows its code").isTrue();
        return m.group();
    }

    private Appointment bookAndCancel(ServiceId service, StaffId staff, String time) {
        Appointment a = salon.book(service, staff, wednesday(time)).orElseThrow();
        salon.engine.operations().processOutbox(20);
        notifier.clear();
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "", true, "cancel"))
                .orElseThrow();
        return a;
    }

    private static ErrorCode failure(Result<?> r) {
        return ((Result.Failure<?>) r).code();
    }

    @Test
    void theOfferMessageLinksToTheOfferPage_andTheOfferShowsItsServiceStaffTimeAndEnd() {
        join("Clara", 1, salon.cut, Optional.empty(), WaitlistFlexibility.NONE);
        Appointment freed = bookAndCancel(salon.cut, salon.maria, "16:00");

        Notification offer = offers().get(0);
        String code = code(offer);
        assertThat(offer.manageLink()).contains(URI.create("https://termin.example/book/" + salon.tenant.value()
                + "/offer/" + code));
        assertThat(offer.messages().get(Notification.Language.GERMAN).manageLinkLabel())
                .isEqualTo("Termin bestätigen oder ablehnen");
        WaitlistOffer open = salon.engine.waitlist().findOffer(salon.tenant, code).orElseThrow();
        assertThat(open.hold().service()).isEqualTo(salon.cut);
        assertThat(open.hold().staff()).isEqualTo(salon.maria);
        assertThat(open.hold().interval()).isEqualTo(freed.interval());
        // held for the tenant's 48 h offer window from the cancellation (Wednesday 16:00 is later)
        assertThat(open.hold().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
    }

    @Test
    void aDeclinedOffer_goesToTheNextEntry_andTheDeclinerWaitsAgain_withTheLinkNoLongerOpen() {
        WaitlistEntry clara = join("Clara", 5, salon.cut, Optional.empty(), WaitlistFlexibility.NONE);
        join("Bernd", 1, salon.cut, Optional.empty(), WaitlistFlexibility.NONE);
        bookAndCancel(salon.cut, salon.maria, "16:00");
        String claras = code(offers().get(0));
        notifier.clear();

        WaitlistEntry declined = salon.engine.waitlist().declineOffer(salon.tenant, claras, "decline").orElseThrow();

        assertThat(declined.id()).isEqualTo(clara.id());
        assertThat(declined.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(offers()).singleElement().satisfies(o -> assertThat(o.recipient().name()).isEqualTo("Bernd"));
        Result<WaitlistOffer> again = salon.engine.waitlist().findOffer(salon.tenant, claras);
        assertThat(failure(again)).isEqualTo(ErrorCode.RESERVATION_EXPIRED);
        assertThat(((Result.Failure<WaitlistOffer>) again).details()).containsEntry("reason", "declined")
                .containsEntry("bookingPage", "/book/" + salon.tenant.value() + "?key=termin_page_abc");
        assertThat(failure(salon.engine.waitlist().declineOffer(salon.tenant, claras, "twice")))
                .isEqualTo(ErrorCode.RESERVATION_EXPIRED);
    }

    @Test
    void anOfferIsTakenOnce_aSecondConfirmOrAReadSaysItWasUsed() {
        join("Clara", 1, salon.cut, Optional.empty(), WaitlistFlexibility.NONE);
        bookAndCancel(salon.cut, salon.maria, "16:00");
        String code = code(offers().get(0));

        Appointment booked = salon.engine.waitlist().confirmOffer(salon.tenant, code, "confirm").orElseThrow();

        assertThat(booked.customer().name()).isEqualTo("Clara");
        Result<Appointment> second = salon.engine.waitlist().confirmOffer(salon.tenant, code, "again");
        assertThat(failure(second)).isEqualTo(ErrorCode.RESERVATION_EXPIRED);
        assertThat(((Result.Failure<Appointment>) second).details()).containsEntry("reason", "used");
        assertThat(failure(salon.engine.waitlist().findOffer(salon.tenant, code)))
                .isEqualTo(ErrorCode.RESERVATION_EXPIRED);
        assertThat(failure(salon.engine.waitlist().findOffer(salon.tenant, "wo_forged")))
                .isEqualTo(ErrorCode.RESERVATION_NOT_FOUND);
    }

    @Test
    void anEntryAcceptingAnyStaff_getsAnotherStaffMembersFreedTime_aStrictOneDoesNot() {
        join("Strikt", 9, salon.cut, Optional.of(salon.emma), WaitlistFlexibility.NONE);
        join("Flexibel", 1, salon.cut, Optional.of(salon.emma), new WaitlistFlexibility(true, false));
        bookAndCancel(salon.cut, salon.maria, "16:00");

        Notification offer = offers().get(0);
        assertThat(offer.recipient().name()).isEqualTo("Flexibel");
        Appointment booked = salon.engine.waitlist().confirmOffer(salon.tenant, code(offer), "ok").orElseThrow();
        assertThat(booked.staff()).isEqualTo(salon.maria);
    }

    @Test
    void anEntryAcceptingACompatibleService_getsItsOwnServiceInTheFreedTimeOfAnother() {
        // given a strict and a flexible customer waiting for a cut, and Maria's 3-hour colour at 10:00 cancelled
        join("Strikt", 9, salon.cut, Optional.empty(), WaitlistFlexibility.NONE);
        join("Passt auch", 1, salon.cut, Optional.empty(), new WaitlistFlexibility(false, true));
        bookAndCancel(salon.colour, salon.maria, "10:00");

        // then the flexible customer is offered a cut with Maria at 10:00, and books it
        Notification offer = offers().get(0);
        assertThat(offer.recipient().name()).isEqualTo("Passt auch");
        WaitlistOffer open = salon.engine.waitlist().findOffer(salon.tenant, code(offer)).orElseThrow();
        assertThat(open.hold().service()).isEqualTo(salon.cut);
        assertThat(open.hold().interval()).isEqualTo(TimeInterval.of(wednesday("10:00"), Duration.ofMinutes(30)));
        assertThat(open.entry().offeredSlot()).contains(open.hold().interval());
        Appointment booked = salon.engine.waitlist().confirmOffer(salon.tenant, code(offer), "ok").orElseThrow();
        assertThat(booked.service()).isEqualTo(salon.cut);
        assertThat(booked.staff()).isEqualTo(salon.maria);
    }
}
