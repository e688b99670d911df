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
import dev.termin.booking.application.settings.WebhookSettings;
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

/**
 * The owner hears when calendar sync turns critical, and when it recovers (other changes do not e-mail), and when a
 * webhook endpoint is disabled; these messages go through the outbox, so a failed send is retried.
 */
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

    private void ownerAddress() {
        salon.engine.catalogue().saveCompany(new Company(salon.tenant, "Salon Schnittpunkt", BookingPolicy.DEFAULTS,
                new NotificationSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(new EmailAddress("inhaberin@schnittpunkt.example"))))).orElseThrow();
    }

    /** A booking whose calendar sync gives up, and a day later another sync round: the health turns critical. */
    private Appointment syncTurnsCritical() {
        calendar.failNextCreates(10, true);
        Appointment failing = salon.book(salon.cut, salon.maria, wednesday("10:00")).orElseThrow();
        runOutbox(8);
        clock.advance(Duration.ofHours(25));
        salon.book(salon.cut, salon.jonas, wednesday("11:00").plus(Duration.ofDays(7))).orElseThrow();
        return failing;
    }

    @Test
    void syncTurningCritical_andRecovering_eMailsTheOwnerOnceEach() {
        // given an owner address, and a webhook endpoint for health changes
        ownerAddress();
        salon.engine.webhooks().register(salon.tenant, "https://hooks.example.org/t", Set.of("sync.health_changed"))
                .orElseThrow();

        // when a booking's calendar sync gives up, a day later the failure is still there, and the outbox runs on
        Appointment failing = syncTurnsCritical();
        runOutbox(2);

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
                .filteredOn(e -> e.step().equals("sync.health_changed"))
                .extracting(e -> e.detail()).endsWith("critical", "healthy");
        assertThat(salon.engine.webhooks().deliveries(salon.tenant, 10)).extracting(d -> d.event())
                .contains(WebhookEvent.SYNC_HEALTH_CHANGED).allSatisfy(e ->
                        assertThat(e).isEqualTo(WebhookEvent.SYNC_HEALTH_CHANGED));
        assertThat(salon.engine.webhooks().deliveries(salon.tenant, 10).get(0).body())
                .contains("\"status\":\"healthy\"", "\"previous\":\"critical\"");
    }

    @Test
    void anOwnerAlertThatCannotBeSent_isRetriedByTheOutbox_andSentOnce() {
        // given an owner address and sync turning critical
        ownerAddress();
        syncTurnsCritical();
        runOutbox(1);
        assertThat(salon.engine.operations().syncHealth(salon.tenant).status()).isEqualTo(HealthStatus.CRITICAL);

        // when the first attempt to send the alert fails
        notifier.failNextSends(1);
        runOutbox(1);
        assertThat(alerts()).isEmpty();

        // then the outbox sends it on a later round, exactly once, recorded as sent under the health's flow
        runOutbox(3);
        assertThat(alerts()).singleElement().satisfies(a -> assertThat(a.text(Notification.Language.GERMAN))
                .contains("Termine erreichen den externen Kalender nicht: "));
        assertThat(salon.engine.appointments().flow(salon.tenant, "sync-health")).extracting(e -> e.step())
                .containsSubsequence("notification.retry", "notification.sent");
    }

    @Test
    void aWebhookEndpointDisabledAfterFailures_isReportedToTheOwnerOnce_withTheEndpointAndTheLastError() {
        // given an owner address and an endpoint that always answers 500, disabled after 2 failures in a row
        Salon failing = new Salon(BookingEngine.builder().clock(clock).storage(new InMemoryStorage(clock).storage())
                .notifier(notifier).webhookSender((url, headers, body, timeout) -> 500)
                .webhookSettings(new WebhookSettings(5, Duration.ofSeconds(30), Duration.ofMinutes(5), 0, 2,
                        Duration.ofSeconds(2))).build());
        failing.engine.catalogue().saveCompany(new Company(failing.tenant, "Salon Schnittpunkt",
                BookingPolicy.DEFAULTS, new NotificationSettings(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(new EmailAddress("inhaberin@schnittpunkt.example")))))
                .orElseThrow();
        String id = failing.engine.webhooks().register(failing.tenant, "https://hooks.example.org/crm",
                Set.of("appointment.created")).orElseThrow().id();

        // when bookings keep the endpoint failing and the workers run for a while
        failing.book(failing.cut, failing.maria, wednesday("10:00")).orElseThrow();
        failing.book(failing.cut, failing.maria, wednesday("11:00")).orElseThrow();
        for (int i = 0; i < 5; i++) {
            failing.engine.operations().processOutbox(50);
            failing.engine.webhooks().deliverDue(50);
            clock.advance(Duration.ofMinutes(5));
        }
        failing.engine.operations().processOutbox(50);

        // then the owner got one message naming the endpoint and its last error
        assertThat(failing.engine.webhooks().list(failing.tenant).get(0).enabled()).isFalse();
        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.recipient().email()).contains(new EmailAddress("inhaberin@schnittpunkt.example"));
            assertThat(a.messages().get(Notification.Language.GERMAN).subject()).isEqualTo("Webhook abgeschaltet");
            assertThat(a.text(Notification.Language.GERMAN)).contains("https://hooks.example.org/crm", id,
                    "Letzter Fehler: HTTP 500");
            assertThat(a.text(Notification.Language.ENGLISH)).contains("Last error: HTTP 500");
        });
    }
}
