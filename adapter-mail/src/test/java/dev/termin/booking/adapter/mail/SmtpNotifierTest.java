package dev.termin.booking.adapter.mail;

import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.RescheduleCommand;
import static dev.termin.booking.adapter.mail.MailFixtures.SALON;
import static dev.termin.booking.adapter.mail.MailFixtures.wednesday;
import static dev.termin.booking.adapter.mail.ReceivedMail.events;
import static dev.termin.booking.adapter.mail.ReceivedMail.method;
import static dev.termin.booking.adapter.mail.ReceivedMail.property;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages from real bookings of the demo salon, sent through {@link SmtpNotifier} to a GreenMail server. */
class SmtpNotifierTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private MailFixtures salon(SenderDirectory senders) {
        return new MailFixtures(SmtpNotifier.create(MailFixtures.smtp(greenMail), senders,
                Clock.fixed(MailFixtures.NOW, ZoneOffset.UTC)));
    }

    private List<ReceivedMail> received() throws Exception {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            mails.add(new ReceivedMail(m));
        }
        return mails;
    }

    @Test
    void aCompositeBooking_sendsExactlyOneMail_withEveryPhase_andOneInviteWithAnEventPerPhase() throws Exception {
        // given the demo salon mailing through GreenMail
        MailFixtures salon = salon(SenderDirectory.single(SALON));

        // when Erika books root colour with Emma at 10:00 and the outbox runs
        salon.book(DemoSalon.ROOT_COLOUR, DemoSalon.EMMA, wednesday("10:00"));
        salon.deliver();

        // then exactly one German message arrives, listing the four phases, with one invite of four events
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        ReceivedMail mail = received().get(0);
        assertThat(mail.message.getSubject()).isEqualTo("Terminbestätigung: Ansatzfärbung");
        assertThat(mail.message.getAllRecipients()).extracting(Address::toString)
                .containsExactly("Erika Mustermann <erika@example.org>");
        assertThat(((InternetAddress) mail.message.getFrom()[0]).getPersonal()).isEqualTo("Salon Schnittpunkt");
        assertThat(mail.message.getReplyTo()).extracting(Address::toString)
                .containsExactly("hallo@schnittpunkt.example");
        assertThat(mail.text()).contains("Guten Tag Erika Mustermann,",
                "1 von 4 · Farbe auftragen, 10:00–10:30 bei Emma", "2 von 4 · Waschen, 11:15–11:30 bei Emma",
                "3 von 4 · Schneiden, 11:30–12:00 bei Emma", "4 von 4 · Föhnen, 12:15–12:45 bei Emma");
        assertThat(mail.html()).contains("<html lang=\"de\">", "Farbe auftragen", "12:15–12:45", "Emma");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentType()).contains("text/calendar", "method=REQUEST");
            assertThat(a.fileName()).isEqualTo("termin.ics");
        });
        Calendar ics = mail.attachedCalendar();
        assertThat(method(ics)).isEqualTo("REQUEST");
        assertThat(ics.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo("-//Termin//Booking Engine//DE");
        assertThat(ics.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        List<VEvent> events = events(ics);
        assertThat(events).extracting(e -> property(e, Property.SUMMARY)).containsExactly(
                "1 von 4 · Farbe auftragen", "2 von 4 · Waschen", "3 von 4 · Schneiden", "4 von 4 · Föhnen");
        assertThat(events).allSatisfy(e -> {
            assertThat(property(e, Property.SEQUENCE)).isEqualTo("0");
            assertThat(property(e, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(property(e, Property.LOCATION)).isEqualTo("Salon Schnittpunkt Mitte");
            assertThat(property(e, Property.ORGANIZER)).isEqualTo("mailto:termine@schnittpunkt.example");
            assertThat(property(e, Property.ATTENDEE)).isEqualTo("mailto:erika@example.org");
            assertThat(property(e, Property.DTSTAMP)).isEqualTo("20260615T080000Z");
        });
        assertThat(property(events.get(0), Property.DTSTART)).isEqualTo("20260617T080000Z");
        assertThat(property(events.get(3), Property.DTEND)).isEqualTo("20260617T104500Z");
        assertThat(events).extracting(e -> property(e, Property.UID)).doesNotHaveDuplicates();
    }

    @Test
    void aReschedule_keepsTheUids_withAHigherSequence_andACancellationSendsMethodCancel() throws Exception {
        // given a booked composite appointment whose confirmation went out
        MailFixtures salon = salon(SenderDirectory.single(SALON));
        Appointment a = salon.book(DemoSalon.ROOT_COLOUR, DemoSalon.EMMA, wednesday("10:00"));
        salon.deliver();

        // when it is moved to 14:00, then cancelled, the outbox running after each
        salon.engine.appointments().reschedule(new RescheduleCommand(DemoSalon.TENANT, a.id(),
                wednesday("14:00"), Optional.empty(), false, "move-1")).orElseThrow();
        salon.deliver();
        salon.engine.appointments().cancel(new CancelCommand(DemoSalon.TENANT, a.id(), "krank", true, "cancel-1")).orElseThrow();
        salon.deliver();

        // then three messages: the change keeps every UID with SEQUENCE 1, the cancellation is METHOD:CANCEL
        List<ReceivedMail> mails = received();
        assertThat(mails).extracting(m -> m.message.getSubject()).containsExactly("Terminbestätigung: Ansatzfärbung",
                "Terminänderung: Ansatzfärbung", "Terminabsage: Ansatzfärbung");
        List<String> uids = events(mails.get(0).attachedCalendar()).stream().map(e -> property(e, Property.UID))
                .toList();
        Calendar moved = mails.get(1).attachedCalendar();
        assertThat(method(moved)).isEqualTo("REQUEST");
        assertThat(events(moved)).extracting(e -> property(e, Property.UID)).containsExactlyElementsOf(uids);
        assertThat(events(moved)).extracting(e -> property(e, Property.SEQUENCE)).containsOnly("1");
        assertThat(property(events(moved).get(0), Property.DTSTART)).isEqualTo("20260617T120000Z");
        assertThat(mails.get(1).text()).contains("wurde verschoben auf Mittwoch, 17. Juni 2026 um 14:00 Uhr");
        Calendar cancelled = mails.get(2).attachedCalendar();
        assertThat(method(cancelled)).isEqualTo("CANCEL");
        assertThat(mails.get(2).attachments().get(0).contentType()).contains("method=CANCEL");
        assertThat(events(cancelled)).extracting(e -> property(e, Property.UID)).containsExactlyElementsOf(uids);
        assertThat(events(cancelled)).allSatisfy(e -> {
            assertThat(property(e, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(property(e, Property.SEQUENCE)).isEqualTo("2");
        });
    }

    @Test
    void anEnglishTenant_getsEnglishTextAndHtml() throws Exception {
        // given the demo tenant set to English, every other tenant German
        MailFixtures salon = salon(SenderDirectory.of(SALON,
                Map.of(DemoSalon.TENANT, SALON.withLanguage(Language.ENGLISH))));

        // when a haircut is booked
        salon.book(DemoSalon.HAIRCUT, DemoSalon.MARIA, wednesday("09:00"));
        salon.deliver();

        // then the message is English throughout
        ReceivedMail mail = received().get(0);
        assertThat(mail.message.getSubject()).isEqualTo("Appointment confirmed: Haarschnitt");
        assertThat(mail.message.getHeader("Content-Language")).containsExactly("en");
        assertThat(mail.text()).startsWith("Hello Erika Mustermann,").contains(
                "Your appointment for Haarschnitt on Wednesday, 17 June 2026 at 09:00 at Salon Schnittpunkt Mitte is"
                        + " booked.", "You will be seen by Maria.").endsWith("See you soon!\nSalon Schnittpunkt\n");
        assertThat(mail.html()).contains("<html lang=\"en\">", "See you soon!");
        assertThat(events(mail.attachedCalendar())).singleElement()
                .satisfies(e -> assertThat(property(e, Property.SUMMARY)).isEqualTo("Haarschnitt"));
    }

    @Test
    void aCustomerWithoutEmail_getsNoMail_andTheOutboxCountsItDone() {
        MailFixtures salon = salon(SenderDirectory.single(SALON));
        salon.engine.appointments().book(new BookCommand(SlotRequest.of(DemoSalon.TENANT, DemoSalon.BRANCH,
                DemoSalon.HAIRCUT), wednesday("11:00"), Customer.withPhone("Ben", "+491701234567"), "", Source.PHONE,
                Optional.empty(), Optional.empty(), "c-ben")).orElseThrow();

        assertThat(salon.deliver()).isEqualTo(1);
        salon.clock.advance(Duration.ofHours(1));

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(salon.deliver()).as("nothing left to retry").isZero();
    }
}
