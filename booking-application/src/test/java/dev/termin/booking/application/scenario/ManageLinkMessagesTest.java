package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryAccessStorage;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.testing.SiteCustomerPages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Confirmation, reschedule and reminder carry the customer's manage link to the booking page's manage page; its token
 * is stored only as a hash and opens exactly the appointment until it ends. A cancellation has no link.
 */
class ManageLinkMessagesTest {

    private static final Pattern LINK = Pattern.compile("https://termine\\.example\\.org/book/([^/]+)/manage/(mt_.+)");

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final AccessStorage access = new InMemoryAccessStorage().storage();
    private final Salon salon = new Salon(BookingEngine.builder().clock(clock)
            .storage(new InMemoryStorage(clock).storage()).accessStorage(access).notifier(notifier)
            .customerPages(new SiteCustomerPages("https://termine.example.org")).build());

    private Notification sent(Notification.Kind kind) {
        salon.engine.operations().processOutbox(50);
        List<Notification> of = notifier.sent().stream().filter(n -> n.kind() == kind).toList();
        return of.get(of.size() - 1);
    }

    /** The grant the link's token opens, found by the token's SHA-256 as the server stores it. */
    private Optional<ManageGrant> grantOf(URI link) throws Exception {
        Matcher m = LINK.matcher(link.toString());
        assertThat(m.matches()).as(link.toString()).isTrue();
        assertThat(m.group(1)).isEqualTo(salon.tenant.value());
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(m.group(2).getBytes(StandardCharsets.UTF_8)));
        return access.manageTokens().find(hash);
    }

    @Test
    void theConfirmation_carriesAManageLink_whoseTokenOpensTheAppointmentUntilItEnds() throws Exception {
        // when a cut is booked and the outbox sends the confirmation
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        Notification confirmation = sent(Notification.Kind.BOOKING_CONFIRMATION);

        // then the message links to the manage page, in the text too, and the stored hash opens this appointment
        URI link = confirmation.manageLink().orElseThrow();
        assertThat(grantOf(link)).contains(ManageGrant.until(salon.tenant, a.id(), a.interval().end()));
        assertThat(confirmation.text(Notification.Language.GERMAN)).contains("Termin verwalten: " + link);
    }

    @Test
    void aReschedule_andTheReminder_carryLinksValidUntilTheNewEnd_andTheCancellationNone() throws Exception {
        // given a booked cut whose confirmation went out
        Appointment a = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        URI first = sent(Notification.Kind.BOOKING_CONFIRMATION).manageLink().orElseThrow();

        // when it is moved by an hour
        Appointment moved = salon.engine.appointments().reschedule(new RescheduleCommand(salon.tenant, a.id(),
                wednesday("11:00"), Optional.empty(), false, "corr-move")).orElseThrow();
        URI second = sent(Notification.Kind.RESCHEDULE).manageLink().orElseThrow();

        // then the new message has its own link, and both tokens now last until the new end
        assertThat(second).isNotEqualTo(first);
        ManageGrant untilNewEnd = ManageGrant.until(salon.tenant, a.id(), moved.interval().end());
        assertThat(grantOf(second)).contains(untilNewEnd);
        assertThat(grantOf(first)).contains(untilNewEnd);

        // and the reminder a day before links too
        clock.set(wednesday("11:00").minus(Duration.ofHours(24)));
        assertThat(grantOf(sent(Notification.Kind.REMINDER).manageLink().orElseThrow())).contains(untilNewEnd);

        // and a cancelled appointment's message has no link: there is nothing left to manage
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, a.id(), "", true, "corr-cancel"))
                .orElseThrow();
        assertThat(sent(Notification.Kind.CANCELLATION).manageLink()).isEmpty();
    }

    @Test
    void withoutCustomerPages_messagesCarryNoLink_andNoTokenIsIssued() {
        // given an engine without pages for its customers (the embedded default)
        AccessStorage tokens = new InMemoryAccessStorage().storage();
        RecordingNotifier plain = new RecordingNotifier();
        Salon bare = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .accessStorage(tokens).notifier(plain).build());

        // when a cut is booked and its confirmation sent
        Appointment a = bare.book(bare.cut, bare.maria, wednesday("10:00")).orElseThrow();
        bare.engine.operations().processOutbox(50);

        // then the confirmation went out without a link, and no token was made for it
        assertThat(plain.sent()).filteredOn(n -> n.kind() == Notification.Kind.BOOKING_CONFIRMATION)
                .singleElement().satisfies(n -> assertThat(n.manageLink()).isEmpty());
        // (extending the appointment's tokens answers how many there are)
        assertThat(tokens.manageTokens().extend(bare.tenant, a.id(), a.interval().end())).isZero();
    }
}
