package dev.termin.booking.application.scenario;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.inmemory.InMemoryExternalCalendar;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.RecordingNotifier;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.WebhookEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.sync.HealthStatus;
import dev.termin.booking.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The owner hears when calendar sync turns critical, and when it recovers; other changes do not e-mail. */
class OwnerAlertTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryExternalCalendar calendar = new InMemoryExternalCalendar();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final Salon salon = new Salon(BookingEngine.builder().clock(clock)
            .storage(new InMemoryStorage(clock).storage()).externalCalendar(calendar).notifier(notifier).build());

    private List<Notification> alerts() {
        return notifier.sent().stream().filter(n -> n.kind() == Notification.Kind.OWNER_ALERT).toList();
    }

    private void runOutbox(int rounds) {
        for (int i = 0; i < rounds; i++) {
            salon.engine.operations().processOutbox(20);
            clock.advance(Duration.ofHours(1));
        }
    }

    @Test
    void syncTurningCritical_andRecovering_eMailsTheOwnerOnceEach() {
        // given an owner address, and a booking whose calendar sync keeps failing until it gives up
        salon.engine.catalogue().saveCompany(new Company(salon.tenant, "Salon Schnittpunkt", BookingPolicy.DEFAULTS,
                new NotificationSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(new EmailAddress("inhaberin@schnittpunkt.example"))))).orElseThrow();
        salon.engine.webhooks().register(salon.tenant, "https://hooks.example.org/t", Set.of("sync.health_changed"))
                .orElseThrow();
        calendar.failNextCreates(10, true);
        Appointment failing = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();

        // when the outbox works through the retries, and a day later the failure is still there
        runOutbox(8);
        clock.advance(Duration.ofHours(25));
        salon.book(salon.cut, salon.jonas, wednesday("11:00").plus(Duration.ofDays(7))).orElseThrow();
        runOutbox(1);

        // then the owner got exactly one alert, in German, to the owner's address
        assertThat(salon.engine.operations().syncHealth(salon.tenant).status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.recipient().email()).contains(new EmailAddress("inhaberin@schnittpunkt.example"));
            assertThat(a.messages().get(Notification.Language.GERMAN).subject())
                    .isEqualTo("Kalender-Synchronisation kritisch");
        });

        // and when the failed appointment is dealt with and sync works again, one recovery alert follows
        calendar.clearFailures();
        salon.engine.appointments().cancel(new CancelCommand(salon.tenant, failing.id(), "", true, "c"))
                .orElseThrow();
        clock.advance(Duration.ofDays(2));
        salon.book(salon.cut, salon.emma, wednesday("10:00").plus(Duration.ofDays(7))).orElseThrow();
        runOutbox(3);
        assertThat(alerts()).extracting(a -> a.messages().get(Notification.Language.GERMAN).subject())
                .containsExactly("Kalender-Synchronisation kritisch", "Kalender-Synchronisation wieder in Ordnung");
        assertThat(salon.engine.appointments().flow(salon.tenant, "sync-health"))
                .extracting(e -> e.detail()).endsWith("critical", "healthy");
        assertThat(salon.engine.webhooks().deliveries(salon.tenant, 10)).extracting(d -> d.event())
                .contains(WebhookEvent.SYNC_HEALTH_CHANGED).allSatisfy(e ->
                        assertThat(e).isEqualTo(WebhookEvent.SYNC_HEALTH_CHANGED));
        assertThat(salon.engine.webhooks().deliveries(salon.tenant, 10).get(0).body())
                .contains("\"status\":\"healthy\"", "\"previous\":\"critical\"");
    }
}
