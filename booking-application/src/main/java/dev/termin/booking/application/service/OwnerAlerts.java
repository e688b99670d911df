package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Notification;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages to the tenant's owner (sync health turned critical or recovered, a webhook endpoint was disabled) go
 * through the outbox like customer messages, so a failed send is retried instead of lost. What the message says is
 * captured when it is queued (the outbox payload holds its topic and facts); who receives it is read when it is
 * sent, so a message queued before the owner removed the address is not sent. Thread-safe.
 */
final class OwnerAlerts {

    /** The outbox subject of an owner message: it belongs to no appointment. */
    private static final String SUBJECT_PREFIX = "owner-";

    /** What an owner message is about. */
    enum Topic {
        /** Facts: failed in the window, pending, stale pending, then one line per alert. */
        SYNC_CRITICAL,
        /** Facts as for {@link #SYNC_CRITICAL}. */
        SYNC_RECOVERED,
        /** Facts: the endpoint's id, its URL, the last error. */
        WEBHOOK_DISABLED
    }

    /** One owner message: its topic, the flow-log correlation id it is recorded under, and its facts. */
    record Alert(Topic topic, String correlationId, List<String> facts) {

        Alert {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(correlationId, "correlationId");
            facts = List.copyOf(facts);
        }

        /** One line per field, each with backslashes and line ends escaped. */
        String encode() {
            List<String> lines = new ArrayList<>(List.of(topic.name().toLowerCase(Locale.ROOT), correlationId));
            lines.addAll(facts);
            return String.join("\n", lines.stream().map(l -> l.replace("\\", "\\\\").replace("\n", "\\n")).toList());
        }

        static Alert decode(String payload) {
            List<String> lines = new ArrayList<>();
            for (String line : payload.split("\n", -1)) {
                lines.add(unescape(line));
            }
            return new Alert(Topic.valueOf(lines.get(0).toUpperCase(Locale.ROOT)), lines.get(1),
                    lines.subList(2, lines.size()));
        }

        private static String unescape(String line) {
            StringBuilder sb = new StringBuilder(line.length());
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    sb.append(line.charAt(++i) == 'n' ? '\n' : line.charAt(i));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    private final Outbox outbox;
    private final CatalogueRepository catalogue;
    private final IdGenerator ids;
    private final Clock clock;

    OwnerAlerts(Outbox outbox, CatalogueRepository catalogue, IdGenerator ids, Clock clock) {
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.ids = ids;
        this.clock = clock;
    }

    /** Queues {@code alert} in the caller's transaction; nothing when the company has no owner address. */
    void queue(TenantId tenant, Alert alert) {
        if (owner(tenant).isEmpty()) {
            return;
        }
        UUID id = ids.newId();
        outbox.enqueue(OutboxMessage.of(id, tenant, OutboxMessage.Kind.NOTIFY_OWNER,
                AppointmentId.of(SUBJECT_PREFIX + id), alert.encode(), clock.instant()));
    }

    /** The owner as a recipient (the company's name, the owner's address), if the company has an owner address. */
    Optional<Customer> owner(TenantId tenant) {
        Optional<Company> company = catalogue.findCompany(tenant);
        return company.flatMap(c -> c.notifications().ownerEmail()
                .map(address -> new Customer(c.name(), Optional.empty(), Optional.of(address))));
    }

    /** The notification an outbox message of kind {@code NOTIFY_OWNER} stands for, if the owner has an address. */
    Optional<Notification> due(OutboxMessage m, Notifications notifications) {
        Alert alert = Alert.decode(m.payload());
        return owner(m.tenant()).map(owner -> notifications.owner(m.tenant(), owner, alert));
    }
}
