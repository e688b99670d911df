package dev.termin.booking.adapter.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.testing.MutableClock;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo salon on an in-memory engine with the given notifier, a fixed, movable clock and predictable ids (so
 * calendar UIDs are the same in every run).
 */
final class MailFixtures {

    /** Monday 15 June 2026, 08:00 UTC. */
    static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    /** Wednesday 17 June 2026. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 17);
    static final Customer ERIKA = new Customer("Erika Mustermann", Optional.empty(),
            Optional.of(new EmailAddress("erika@example.org")));
    static final SenderSettings SALON = SenderSettings.of("termine@schnittpunkt.example", "Salon Schnittpunkt")
            .withReplyTo("hallo@schnittpunkt.example");

    final MutableClock clock = new MutableClock(NOW);
    final BookingEngine engine;

    MailFixtures(Notifier notifier) {
        AtomicLong ids = new AtomicLong();
        engine = BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .ids(() -> new UUID(0x7e4d1000_0000_4000L, 0x8000_0000_0000_0000L | ids.incrementAndGet()))
                .notifier(notifier).build();
        DemoSalon.load(engine.catalogue());
    }

    /** SMTP settings for the GreenMail server of a test: plain, short timeouts. */
    static SmtpSettings smtp(GreenMailExtension greenMail) {
        return SmtpSettings.of("127.0.0.1", SmtpSettings.Security.NONE).withPort(greenMail.getSmtp().getPort())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    static Instant wednesday(String time) {
        return WEDNESDAY.atTime(LocalTime.parse(time)).atZone(DemoSalon.ZONE).toInstant();
    }

    Appointment book(ServiceId service, StaffId staff, Instant start) {
        return engine.appointments().book(new BookCommand(SlotRequest.of(DemoSalon.TENANT, DemoSalon.BRANCH, service)
                .withStaff(staff), start, ERIKA, "", Source.WEB, Optional.empty(), Optional.empty(),
                "corr-" + start.getEpochSecond())).orElseThrow();
    }

    /** Runs the outbox once and returns how many messages it handled. */
    int deliver() {
        return engine.operations().processOutbox(20);
    }
}
