package dev.termin.booking.adapter.calcom;

import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * The engine with the Cal.com adapter both ways against the fake Cal.com: bookings go out through the outbox,
 * changes come back as webhook deliveries signed like Cal.com's and read by {@link CalComWebhooks}, exactly as the
 * server's webhook endpoint does, and through reconciliation.
 */
abstract class TwoWaySyncBase extends CalComTestBase {

    static final String SECRET = "whsec-acme-7f3a";

    MutableClock clock;
    CalComCalendar calendar;
    CalComWebhooks webhooks;
    BookingEngine engine;

    @BeforeEach
    void setUpEngine() {
        clock = new MutableClock(Instant.parse("2050-09-01T06:00:00Z"));
        fake.clock(clock::instant);
        calendar = CalComCalendar.builder().tenant(config().build()).clock(clock).build();
        webhooks = CalComWebhooks.create(calendar, Map.of(TENANT, SECRET), clock, CalComWebhooks.DEFAULT_TOLERANCE);
        engine = BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .externalCalendar(calendar).build();
        salon(engine, TENANT);
    }

    static void salon(BookingEngine engine, TenantId tenant) {
        var catalogue = engine.catalogue();
        WeeklyHours open = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTimeWindow.of("08:00", "20:00"));
        catalogue.saveCompany(new Company(tenant, "Acme", BookingPolicy.DEFAULTS)).orElseThrow();
        catalogue.saveBranch(new Branch(BRANCH, tenant, "Mitte", ZoneId.of("Europe/Berlin"),
                OpeningHours.weekly(open))).orElseThrow();
        catalogue.saveService(Service.plain(CUT, tenant, "Haarschnitt", 45, Money.euros(30))
                .withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        if (tenant.equals(TENANT)) {
            catalogue.saveService(colourService().withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        }
        for (var staff : List.of(MARIA, EMMA)) {
            catalogue.saveStaff(new Staff(staff, tenant, BRANCH, staff.value(), List.of(),
                    tenant.equals(TENANT) ? Set.of(CUT, COLOUR) : Set.of(CUT), open, WeeklyHours.none(), List.of(),
                    true)).orElseThrow();
        }
    }

    Result<Appointment> book(ServiceId service, Instant start) {
        return engine.appointments().book(new BookCommand(new SlotRequest(TENANT, Optional.of(BRANCH), service,
                Optional.of(MARIA)), start, customer(), "", Source.WEB, Optional.empty(), Optional.empty(),
                "corr-" + start));
    }

    /** Delivers the body signed with the right secret, as the webhook endpoint would. */
    ExternalChangeOutcome deliver(byte[] body) {
        WebhookDelivery d = webhooks.read(TENANT, body, Optional.of(CalComWebhooks.sign(SECRET, body)));
        if (!(d instanceof WebhookDelivery.Change c)) {
            throw new AssertionError("expected a change but was " + d);
        }
        return engine.externalChanges().apply(c.change()).orElseThrow();
    }

    /** A webhook body about {@code b} now, and the clock one second later (each change has its own time). */
    byte[] webhook(String trigger, FakeCalCom.Booking b, FakeCalCom.Booking replaced) {
        byte[] body = WebhookBodies.body(trigger, b, replaced, clock.instant());
        clock.advance(Duration.ofSeconds(1));
        return body;
    }

    List<Appointment> active(TenantId tenant) {
        return engine.appointments().list(tenant, Optional.empty(), TimeInterval.of(
                Instant.parse("2050-08-01T00:00:00Z"), Duration.ofDays(120))).stream()
                .filter(Appointment::isActive).toList();
    }
}
