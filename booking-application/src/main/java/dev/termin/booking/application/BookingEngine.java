package dev.termin.booking.application;

import dev.termin.booking.adapter.inmemory.InMemoryAccessStorage;
import dev.termin.booking.adapter.inmemory.InMemorySlotLocks;
import dev.termin.booking.adapter.inmemory.InMemoryStorage;
import dev.termin.booking.adapter.inmemory.LoggingNotifier;
import dev.termin.booking.adapter.inmemory.NoExternalCalendar;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.application.port.in.FindAvailabilityUseCase;
import dev.termin.booking.application.port.in.HoldUseCase;
import dev.termin.booking.application.port.in.OperationsUseCase;
import dev.termin.booking.application.port.in.PhoneBookingUseCase;
import dev.termin.booking.application.port.in.WaitlistUseCase;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.IdempotencyStore;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.application.service.AccessService;
import dev.termin.booking.application.service.AppointmentService;
import dev.termin.booking.application.service.AvailabilityService;
import dev.termin.booking.application.service.CatalogueService;
import dev.termin.booking.application.service.Context;
import dev.termin.booking.application.service.HoldErrors;
import dev.termin.booking.application.service.HoldService;
import dev.termin.booking.application.service.Notifications;
import dev.termin.booking.application.service.OperationsService;
import dev.termin.booking.application.service.PhoneBookingService;
import dev.termin.booking.application.service.WaitlistService;
import java.time.Clock;
import java.util.Objects;

/**
 * The booking engine: every use case wired to its ports. Build one with {@link #builder()}; every port defaults
 * to its in-memory implementation, so {@code BookingEngine.builder().build()} works with nothing but this library.
 * Thread-safe: share one engine per process; several engines (processes) may share one database.
 */
public final class BookingEngine {

    private final Context context;
    private final AvailabilityService availability;
    private final HoldService holds;
    private final AppointmentService appointments;
    private final WaitlistService waitlist;
    private final CatalogueService catalogue;
    private final OperationsService operations;
    private final PhoneBookingService phone;
    private final AccessService access;

    private BookingEngine(Context context, AccessService access) {
        this.context = context;
        this.access = access;
        Notifications notifications = new Notifications(context.clock());
        HoldErrors holdErrors = new HoldErrors();
        this.availability = new AvailabilityService(context);
        this.waitlist = new WaitlistService(context, notifications);
        this.holds = new HoldService(context, holdErrors);
        this.appointments = new AppointmentService(context, waitlist);
        this.catalogue = new CatalogueService(context);
        this.operations = new OperationsService(context, notifications, waitlist, holdErrors);
        this.phone = new PhoneBookingService(context, availability, holds, appointments);
    }

    public static Builder builder() {
        return new Builder();
    }

    public FindAvailabilityUseCase availability() {
        return availability;
    }

    public HoldUseCase holds() {
        return holds;
    }

    public AppointmentUseCase appointments() {
        return appointments;
    }

    public WaitlistUseCase waitlist() {
        return waitlist;
    }

    public CatalogueUseCase catalogue() {
        return catalogue;
    }

    public OperationsUseCase operations() {
        return operations;
    }

    public PhoneBookingUseCase phone() {
        return phone;
    }

    /** Tenants, API keys, authentication, the audit log and customers' manage tokens. */
    public AccessUseCase access() {
        return access;
    }

    /** The ports and settings this engine was built with. */
    public Context context() {
        return context;
    }

    /**
     * Builds a {@link BookingEngine}. Defaults: in-memory storage, in-process slot locks, no external calendar,
     * notifications written to the log, the system UTC clock, random UUIDs, no metrics,
     * {@link EngineSettings#defaults()}, access control in memory with {@link AccessSettings#defaults()}. Not
     * thread-safe.
     */
    public static final class Builder {
        private BookingStorage storage;
        private IdempotencyStore idempotency;
        private SlotLocks slotLocks;
        private ExternalCalendar calendar;
        private Notifier notifier;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private BookingMetrics metrics = BookingMetrics.none();
        private EngineSettings settings = EngineSettings.defaults();
        private AccessStorage accessStorage;
        private AccessSettings accessSettings = AccessSettings.defaults();

        private Builder() {
        }

        /** The storage ports (a database adapter supplies them together). */
        public Builder storage(BookingStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** Idempotency records kept elsewhere than the storage (e.g. Redis shared by all instances). */
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

        public Builder accessSettings(AccessSettings accessSettings) {
            this.accessSettings = Objects.requireNonNull(accessSettings, "accessSettings");
            return this;
        }

        public BookingEngine build() {
            BookingStorage s = storage != null ? storage : new InMemoryStorage(clock).storage();
            if (idempotency != null) {
                s = new BookingStorage(s.transactions(), s.staffLocks(), s.catalogue(), s.appointments(), s.holds(),
                        s.waitlist(), s.outbox(), idempotency, s.flowLog());
            }
            return new BookingEngine(new Context(s,
                    slotLocks != null ? slotLocks : new InMemorySlotLocks(clock),
                    calendar != null ? calendar : new NoExternalCalendar(),
                    notifier != null ? notifier : new LoggingNotifier(),
                    ids, clock, metrics, settings),
                    new AccessService(accessStorage != null ? accessStorage : new InMemoryAccessStorage().storage(),
                            clock, accessSettings));
        }
    }
}
