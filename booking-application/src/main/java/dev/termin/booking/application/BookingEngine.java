package dev.termin.booking.application;

import dev.termin.booking.adapter.inmemory.InMemoryAccessStorage;
import dev.termin.booking.adapter.inmemory.InMemoryCalendarConnectionRepository;
import dev.termin.booking.adapter.inmemory.InMemoryExternalBookingLedger;
import dev.termin.booking.adapter.inmemory.InMemorySlotLocks;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.InMemoryWebhookDeliveries;
import dev.termin.booking.adapter.inmemory.LoggingNotifier;
import dev.termin.booking.adapter.inmemory.NoExternalCalendar;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.ActiveHoldsUseCase;
import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.CalendarConnectionsUseCase;
import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.application.port.in.CustomerDataUseCase;
import dev.termin.booking.application.port.in.CustomerLookupUseCase;
import dev.termin.booking.application.port.in.ExternalCalendarChangesUseCase;
import dev.termin.booking.application.port.in.FindAvailabilityUseCase;
import dev.termin.booking.application.port.in.HoldUseCase;
import dev.termin.booking.application.port.in.OperationsUseCase;
import dev.termin.booking.application.port.in.PhoneBookingUseCase;
import dev.termin.booking.application.port.in.WaitlistUseCase;
import dev.termin.booking.application.port.in.WebhookUseCase;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.application.port.out.WebhookDeliveries;
import dev.termin.booking.application.port.out.WebhookSender;
import dev.termin.booking.application.service.UseCases;
import dev.termin.booking.application.settings.AccessSettings;
import dev.termin.booking.application.settings.EngineSettings;
import dev.termin.booking.application.settings.WebhookSettings;
import java.time.Clock;
import java.util.Objects;

/**
 * The booking engine: every use case wired to its ports. Build one with {@link #builder()}; every port defaults
 * to its in-memory implementation, so {@code BookingEngine.builder().build()} works with nothing but this library.
 * Adapters use the engine through its inbound ports and the few accessors below ({@link #clock()},
 * {@link #settings()}, {@link #idempotencyStore()}), never through the services.
 * Thread-safe: share one engine per process; several engines (processes) may share one database.
 */
public final class BookingEngine {

    private final UseCases useCases;
    private final AccessUseCase access;
    private final Clock clock;
    private final EngineSettings settings;
    private final IdempotencyStore idempotencyStore;
    private final CalendarConnectionsUseCase connections;

    private BookingEngine(UseCases useCases, AccessUseCase access, Clock clock, EngineSettings settings,
            IdempotencyStore idempotencyStore, CalendarConnectionsUseCase connections) {
        this.useCases = useCases;
        this.access = access;
        this.clock = clock;
        this.settings = settings;
        this.idempotencyStore = idempotencyStore;
        this.connections = connections;
    }

    public static Builder builder() {
        return new Builder();
    }

    public FindAvailabilityUseCase availability() {
        return useCases.availability();
    }

    public HoldUseCase holds() {
        return useCases.holds();
    }

    public AppointmentUseCase appointments() {
        return useCases.appointments();
    }

    public WaitlistUseCase waitlist() {
        return useCases.waitlist();
    }

    public CatalogueUseCase catalogue() {
        return useCases.catalogue();
    }

    public OperationsUseCase operations() {
        return useCases.operations();
    }

    public PhoneBookingUseCase phone() {
        return useCases.phone();
    }

    /** Changes made in the external calendar: webhook deliveries, reconciliation, manual review. */
    public ExternalCalendarChangesUseCase externalChanges() {
        return useCases.externalChanges();
    }

    /** The tenants' external calendar connections (sealed secrets, managed by the owners). */
    public CalendarConnectionsUseCase calendarConnections() {
        return connections;
    }

    /** Outbound webhooks: endpoints, their delivery log, and the delivery worker. */
    public WebhookUseCase webhooks() {
        return useCases.webhooks();
    }

    /** A customer's data: export and erasure (GDPR). */
    public CustomerDataUseCase customerData() {
        return useCases.customerData();
    }

    /** A known customer by phone number: the desk's and the phone assistant's lookup. */
    public CustomerLookupUseCase customerLookup() {
        return useCases.customerLookup();
    }

    /** The active holds the schedule shows. */
    public ActiveHoldsUseCase activeHolds() {
        return useCases.activeHolds();
    }

    /** Tenants, API keys, authentication, the audit log and customers' manage tokens. */
    public AccessUseCase access() {
        return access;
    }

    /** The clock the engine runs on; a server stamps and checks requests with the same time. */
    public Clock clock() {
        return clock;
    }

    /** The settings the engine was built with. */
    public EngineSettings settings() {
        return settings;
    }

    /**
     * The store a server keeps the idempotency keys of its requests in: the one given to
     * {@link Builder#idempotency} (falling back to the storage's while it cannot be reached), else the storage's.
     */
    public IdempotencyStore idempotencyStore() {
        return idempotencyStore;
    }

    /**
     * Builds a {@link BookingEngine}. Defaults: in-memory storage, in-process slot locks, no external calendar,
     * notifications written to the log, the system UTC clock, random UUIDs, no metrics,
     * {@link EngineSettings#defaults()}, access control in memory with {@link AccessSettings#defaults()}, webhook
     * endpoints and deliveries in memory with no sender ({@link WebhookSender#none()}) and
     * {@link WebhookSettings#defaults()}, no public base URL (messages without manage links). Not thread-safe.
     */
    public static final class Builder {
        private BookingStorage storage;
        private IdempotencyStore idempotency;
        private SlotLocks slotLocks;
        private ExternalCalendar calendar;
        private ExternalBookingLedger ledger;
        private CalendarConnectionRepository connections;
        private Notifier notifier;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private BookingMetrics metrics = BookingMetrics.none();
        private EngineSettings settings = EngineSettings.defaults();
        private AccessStorage accessStorage;
        private AccessSettings accessSettings = AccessSettings.defaults();
        private CustomerPages customerPages = CustomerPages.none();
        private WebhookDeliveries webhookStore;
        private WebhookSender webhookSender = WebhookSender.none();
        private WebhookSettings webhookSettings = WebhookSettings.defaults();

        private Builder() {
        }

        /** The storage ports (a database adapter supplies them together). */
        public Builder storage(BookingStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * Idempotency records of a server's requests kept elsewhere than the storage (e.g. Redis shared by all
         * instances), with the storage's store as fallback while it cannot be reached. Keyed bookings, holds and
         * confirmations always keep their keys in the storage, committed together with what they write.
         */
        public Builder idempotency(IdempotencyStore idempotency) {
            this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
            return this;
        }

        public Builder slotLocks(SlotLocks slotLocks) {
            this.slotLocks = Objects.requireNonNull(slotLocks, "slotLocks");
            return this;
        }

        public Builder externalCalendar(ExternalCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /** Where the external calendar's applied changes are remembered; default in memory. */
        public Builder externalBookingLedger(ExternalBookingLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** Where the tenants' calendar connections are stored; default in memory. */
        public Builder calendarConnections(CalendarConnectionRepository repository) {
            this.connections = Objects.requireNonNull(repository, "repository");
            return this;
        }

        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder ids(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        public Builder metrics(BookingMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        public Builder settings(EngineSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The storage of tenants, keys, audit log and manage tokens; default in memory. */
        public Builder accessStorage(AccessStorage accessStorage) {
            this.accessStorage = Objects.requireNonNull(accessStorage, "accessStorage");
            return this;
        }

        /** Where webhook endpoints and deliveries are kept (the database's, to survive restarts). */
        public Builder webhookStore(WebhookDeliveries store) {
            this.webhookStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** How webhook payloads are POSTed. */
        public Builder webhookSender(WebhookSender sender) {
            this.webhookSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        public Builder webhookSettings(WebhookSettings settings) {
            this.webhookSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * The customer's own pages (manage page, waitlist offer page) that messages link to; default
         * {@link CustomerPages#none()}: messages carry no links.
         */
        public Builder customerPages(CustomerPages pages) {
            this.customerPages = Objects.requireNonNull(pages, "pages");
            return this;
        }

        public Builder accessSettings(AccessSettings accessSettings) {
            this.accessSettings = Objects.requireNonNull(accessSettings, "accessSettings");
            return this;
        }

        public BookingEngine build() {
            InMemoryStorage memory = storage != null ? null : new InMemoryStorage(clock);
            BookingStorage s = memory != null ? memory.storage() : storage;
            ExternalBookingLedger l = ledger != null ? ledger
                    : memory != null ? new InMemoryExternalBookingLedger(memory.transactions())
                    : new InMemoryExternalBookingLedger();
            AccessStorage a = accessStorage != null ? accessStorage : new InMemoryAccessStorage().storage();
            UseCases useCases = UseCases.wire(s, l,
                    slotLocks != null ? slotLocks : new InMemorySlotLocks(clock),
                    calendar != null ? calendar : new NoExternalCalendar(),
                    notifier != null ? notifier : new LoggingNotifier(),
                    ids, clock, metrics, settings, new UseCases.Webhooks(
                            webhookStore != null ? webhookStore : new InMemoryWebhookDeliveries(), webhookSender,
                            webhookSettings), customerPages, a);
            AccessUseCase access = UseCases.access(a, clock, accessSettings);
            return new BookingEngine(useCases, access, clock, settings, idempotency == null ? s.idempotency()
                    : UseCases.idempotencyWithFallback(idempotency, s.idempotency()), UseCases.calendarConnections(
                    connections != null ? connections : new InMemoryCalendarConnectionRepository()));
        }
    }
}
