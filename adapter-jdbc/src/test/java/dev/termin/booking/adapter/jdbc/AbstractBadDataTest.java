package dev.termin.booking.adapter.jdbc;

import static dev.termin.booking.adapter.jdbc.Fixtures.T0;
import static dev.termin.booking.adapter.jdbc.Fixtures.at;
import static dev.termin.booking.adapter.jdbc.Fixtures.staff;
import static dev.termin.booking.adapter.jdbc.Fixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.DataTooLargeException;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.application.port.out.IdempotencyStore.Claim;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and extreme text: values at their column limit are stored exactly, one character more is refused with
 * {@link DataTooLargeException} and nothing is stored, unicode and SQL metacharacters in every text field come
 * back exactly. Run on PostgreSQL and H2.
 */
abstract class AbstractBadDataTest {

    /** Unicode that is one UTF-16 char per character, so that a repeat of it fills a column exactly. */
    private static final String UMLAUTS = "äöüßÄÖÜéèçñ";

    private BookingStorage storage;
    private final TenantId tenant = tenant();
    private final StaffId staff = staff();

    protected abstract BookingStorage storage();

    @BeforeEach
    void open() {
        storage = CataloguedStorage.of(storage());
    }

    private static String text(int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append(UMLAUTS.charAt(b.length() % UMLAUTS.length()));
        }
        return b.toString();
    }

    private Appointment appointment(TimeInterval interval, String name, String notes, String correlationId,
            Optional<String> group, Optional<String> reason, String segmentName, String externalId) {
        SegmentAssignment segment = new SegmentAssignment("main", segmentName, 1, 1, staff, interval);
        SyncState sync = new SyncState(SyncStatus.FAILED, 1, Optional.of(segmentName), true, Optional.of(T0),
                List.of(new ExternalRef("main", externalId, interval.start())));
        return new Appointment(Fixtures.appointmentId(), tenant, BranchId.of("main"), ServiceId.of("cut"), staff,
                interval, List.of(segment), List.of(new Occupancy(staff, interval, OccupancyKind.WORK)),
                new Customer(name, Optional.of(new PhoneNumber("+491701234567")),
                        Optional.of(new EmailAddress("kundin@example.org"))), notes,
                reason.isPresent() ? AppointmentStatus.CANCELLED : AppointmentStatus.BOOKED, Source.PHONE, sync,
                group, 0, correlationId, Optional.empty(), 0L, T0, T0, reason);
    }

    // ---------------------------------------------------------------- at the limit

    @Test
    void textAtItsColumnLimit_isStoredExactly() {
        // given
        Appointment a = appointment(at(0, 30), text(200), text(2000), text(200), Optional.of(text(200)),
                Optional.of(text(2000)), text(500), text(500));
        Hold hold = Fixtures.hold(tenant, staff, at(60, 30), text(200), T0, 5).cancel(text(2000), T0);
        String key = text(255);
        String fingerprint = text(512);
        String correlation = text(200);
        FlowEvent event = new FlowEvent(tenant, correlation, T0, text(100), text(1000));
        String email = "k".repeat(64) + "@" + "e".repeat(185) + ".org";

        // when
        storage.appointments().insert(a);
        storage.holds().insert(hold, T0);
        storage.idempotency().claim(tenant, key, fingerprint, T0, Duration.ofHours(1), Duration.ofMinutes(1));
        storage.flowLog().record(event);
        WaitlistEntry entry = waitlistEntry(new Customer(text(200), Optional.empty(),
                Optional.of(new EmailAddress(email))));
        storage.waitlist().save(entry);

        // then
        assertThat(storage.appointments().find(tenant, a.id())).contains(a);
        assertThat(storage.holds().find(tenant, hold.token())).contains(hold);
        assertThat(storage.idempotency().claim(tenant, key, fingerprint, T0, Duration.ofHours(1),
                Duration.ofMinutes(1))).isInstanceOf(Claim.InFlight.class);
        assertThat(storage.flowLog().find(tenant, correlation)).containsExactly(event);
        assertThat(storage.waitlist().find(tenant, entry.id())).contains(entry);
    }

    // ---------------------------------------------------------------- beyond the limit

    @Test
    void anAppointmentWithTextBeyondItsColumn_isRefused_andNothingIsStored() {
        Appointment tooLongCorrelation = appointment(at(0, 30), "Erika", "", text(201), Optional.empty(),
                Optional.empty(), "Schnitt", "cal-1");
        Appointment tooLongGroup = appointment(at(0, 30), "Erika", "", "corr", Optional.of(text(201)),
                Optional.empty(), "Schnitt", "cal-1");

        for (Appointment a : List.of(tooLongCorrelation, tooLongGroup)) {
            assertThatThrownBy(() -> storage.appointments().insert(a)).isInstanceOf(DataTooLargeException.class);
            assertThat(storage.appointments().find(tenant, a.id())).isEmpty();
        }
        assertThat(storage.appointments().findActiveOccupying(tenant, List.of(staff), at(0, 30))).isEmpty();
        storage.appointments().insert(appointment(at(0, 30), "Erika", "", "corr", Optional.empty(),
                Optional.empty(), "Schnitt", "cal-1")); // the time is still free
    }

    @Test
    void anUpdateWithTextBeyondItsColumn_isRefused_andKeepsThePreviousVersion() {
        Appointment a = appointment(at(120, 30), "Erika", "", "corr", Optional.empty(), Optional.empty(), "Schnitt",
                "cal-1");
        storage.appointments().insert(a);
        Hold hold = Fixtures.hold(tenant, staff, at(180, 30), "call-1", T0, 5);
        storage.holds().insert(hold, T0);

        assertThatThrownBy(() -> storage.appointments().update(a.cancel(text(2001), T0)))
                .isInstanceOf(DataTooLargeException.class);
        assertThatThrownBy(() -> storage.holds().update(hold.cancel(text(2001), T0)))
                .isInstanceOf(DataTooLargeException.class);

        assertThat(storage.appointments().find(tenant, a.id())).contains(a);
        assertThat(storage.holds().find(tenant, hold.token())).contains(hold);
        assertThat(storage.appointments().findActiveOccupying(tenant, List.of(staff), at(120, 30)))
                .containsExactly(a);
    }

    @Test
    void aBookingTransactionWithTextBeyondItsColumn_rollsBackWhole() {
        Appointment ok = appointment(at(240, 30), "Erika", "", "corr", Optional.empty(), Optional.empty(),
                "Schnitt", "cal-1");

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.appointments().insert(ok);
            storage.flowLog().record(new FlowEvent(tenant, "corr", T0, text(101), ""));
            return null;
        })).isInstanceOf(DataTooLargeException.class);

        assertThat(storage.appointments().find(tenant, ok.id())).isEmpty();
    }

    @Test
    void flowLogAndIdempotencyTextBeyondItsColumn_isRefused_andNothingIsStored() {
        String correlation = text(201);
        assertThatThrownBy(() -> storage.flowLog().record(new FlowEvent(tenant, correlation, T0, "x", "")))
                .isInstanceOf(DataTooLargeException.class);
        assertThatThrownBy(() -> storage.flowLog().record(new FlowEvent(tenant, "corr-x", T0, text(101), "")))
                .isInstanceOf(DataTooLargeException.class);
        assertThat(storage.flowLog().find(tenant, "corr-x")).isEmpty();

        String key = text(256);
        assertThatThrownBy(() -> storage.idempotency().claim(tenant, key, "fp", T0, Duration.ofHours(1),
                Duration.ofMinutes(1))).isInstanceOf(DataTooLargeException.class);
        assertThatThrownBy(() -> storage.idempotency().claim(tenant, "k", text(513), T0, Duration.ofHours(1),
                Duration.ofMinutes(1))).isInstanceOf(DataTooLargeException.class);
        assertThat(storage.idempotency().claim(tenant, "k", "fp", T0, Duration.ofHours(1), Duration.ofMinutes(1)))
                .isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void theExceptionDoesNotQuoteTheValue() {
        String secret = "Geheim-" + text(250);
        Appointment a = appointment(at(300, 30), "Erika", "", secret, Optional.empty(), Optional.empty(),
                "Schnitt", "cal-1");

        assertThatThrownBy(() -> storage.appointments().insert(a))
                .isInstanceOf(DataTooLargeException.class)
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("Geheim");
                    }
                });
    }

    @Test
    void aNulCharacter_isRefusedOnEveryDatabase() {
        Appointment a = appointment(at(360, 30), "Erika", "Notiz\u0000mit NUL", "corr", Optional.empty(),
                Optional.empty(), "Schnitt", "cal-1");

        assertThatThrownBy(() -> storage.appointments().insert(a)).isInstanceOf(DataTooLargeException.class);
        assertThat(storage.appointments().find(tenant, a.id())).isEmpty();
    }

    // ---------------------------------------------------------------- unicode and metacharacters

    @Test
    void unicodeNames_roundTripExactly() {
        String name = "Zoë Ünal-Ørsted 李小龍 محمد 👩‍🎨 " + "😀".repeat(80);
        Appointment a = appointment(at(420, 30), name, "Grüße – „ok“ ✓ 🎉", "corr-✓", Optional.empty(),
                Optional.empty(), "Färben 💇", "cal-😀");

        storage.appointments().insert(a);

        assertThat(storage.appointments().find(tenant, a.id())).contains(a);
        assertThat(storage.appointments().find(tenant, a.id()).orElseThrow().customer().name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE appointment; --", "Robert'); DELETE FROM occupancy; --",
            "\" OR \"1\"=\"1", "100% _Rabatt_ \\ \\\\", ":tenant :id <staff> ? $1 $$", "/* Kommentar */ -- x",
            "{\"json\": [1, 2]} ]}", "Zeile 1\nZeile 2\tTab", "  führende und folgende Leerzeichen  "})
    void sqlMetacharactersInEveryTextField_roundTripExactly(String text) {
        // given
        String name = text.strip();
        Appointment a = appointment(at(480, 30), name, text, text, Optional.of(text), Optional.of(text), text,
                text);
        Hold hold = Fixtures.hold(tenant, staff, at(540, 30), name, T0, 5).cancel(text, T0);
        String key = text;
        OutboxMessage message = new OutboxMessage(UUID.randomUUID(), tenant, OutboxMessage.Kind.NOTIFY_BOOKED,
                a.id(), text, 2, T0, Optional.of(text), T0);
        FlowEvent event = new FlowEvent(tenant, text, T0, text, text);
        WaitlistEntry entry = waitlistEntry(new Customer(name, Optional.of(new PhoneNumber("+491701234567")),
                Optional.empty()));

        // when
        storage.appointments().insert(a);
        storage.holds().insert(hold, T0);
        storage.idempotency().claim(tenant, key, text, T0, Duration.ofHours(1), Duration.ofMinutes(1));
        storage.idempotency().complete(tenant, key, text);
        storage.outbox().enqueue(message);
        storage.flowLog().record(event);
        storage.waitlist().save(entry);

        // then
        assertThat(storage.appointments().find(tenant, a.id())).contains(a);
        assertThat(storage.holds().find(tenant, hold.token())).contains(hold);
        assertThat(storage.idempotency().claim(tenant, key, text, T0.plusSeconds(1), Duration.ofHours(1),
                Duration.ofMinutes(1))).isEqualTo(new Claim.Replay(text));
        assertThat(storage.outbox().claimDue(T0, 10_000, Duration.ofSeconds(1)))
                .filteredOn(m -> m.id().equals(message.id())).containsExactly(message);
        assertThat(storage.flowLog().find(tenant, text)).containsExactly(event);
        assertThat(storage.waitlist().find(tenant, entry.id())).contains(entry);
        assertThat(storage.appointments().list(tenant, Optional.of(staff), at(0, 24 * 60))).contains(a);
    }

    private WaitlistEntry waitlistEntry(Customer customer) {
        return new WaitlistEntry(WaitlistEntryId.of("w-" + UUID.randomUUID()), tenant, BranchId.of("main"),
                ServiceId.of("cut"), Optional.of(staff), customer, LocalDate.of(2030, 6, 1),
                LocalDate.of(2030, 6, 30), Set.of(), List.of(), 10, T0, WaitlistStatus.WAITING, Optional.empty(),
                Optional.empty());
    }
}
