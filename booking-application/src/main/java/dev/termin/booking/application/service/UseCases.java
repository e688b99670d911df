package dev.termin.booking.application.service;

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
import dev.termin.booking.application.settings.AccessSettings;
import dev.termin.booking.application.settings.EngineSettings;
import dev.termin.booking.application.settings.WebhookSettings;
import dev.termin.booking.domain.sync.SyncRetryPolicy;
import java.time.Clock;
import java.util.Objects;

/**
 * Every use case, wired once: each service and collaborator is given the ports it uses and nothing else. The one
 * place that knows all of them; {@code BookingEngine} builds it. Immutable and thread-safe.
 */
public final class UseCases {

    private final FindAvailabilityUseCase availability;
    private final HoldUseCase holds;
    private final AppointmentUseCase appointments;
    private final WaitlistUseCase waitlist;
    private final CatalogueUseCase catalogue;
    private final OperationsUseCase operations;
    private final PhoneBookingUseCase phone;
    private final ExternalCalendarChangesUseCase externalChanges;
    private final WebhookUseCase webhooks;
    private final CustomerDataUseCase customerData;
    private final CustomerLookupUseCase customerLookup;
    private final ActiveHoldsUseCase activeHolds;

    private UseCases(BookingStorage s, ExternalBookingLedger ledger, SlotLocks slotLocks, ExternalCalendar calendar,
            Notifier notifier, IdGenerator ids, Clock clock, BookingMetrics metrics, EngineSettings settings,
            WebhookService webhooks, OwnerAlerts ownerAlerts, CustomerPages pages, ManageLinks manageLinks) {
        this.webhooks = webhooks;
        Notifications notifications = new Notifications(clock, s.catalogue());
        HoldErrors holdErrors = new HoldErrors();
        FlowRecorder flow = new FlowRecorder(s.flowLog(), clock);
        BranchResolver branches = new BranchResolver(s.catalogue());
        BookingSupport support = new BookingSupport(s.appointments(), s.outbox(), s.catalogue(), calendar, ids,
                clock, webhooks);
        AvailabilityLoader loader = new AvailabilityLoader(s.catalogue(), s.appointments(), s.bookedTime(), calendar,
                branches, clock, metrics, settings.externalCalendarFallback(), flow);
        BookingWriter writer = new BookingWriter(s.transactions(), s.staffLocks(), s.bookedTime(),
                new SlotLockGuard(slotLocks, metrics, settings.lockTtl(), settings.lockWait()), clock, metrics);
        BookingIdempotency idempotency = new BookingIdempotency(s.idempotency(), s.appointments(), s.holds(), flow,
                clock, settings.idempotencyTtl(), settings.idempotencyInFlightTimeout());
        HoldService holdService = new HoldService(s.holds(), s.appointments(), s.transactions(), loader, writer,
                support, idempotency, flow, holdErrors, ids, clock, metrics);
        WaitlistOffers offers = new WaitlistOffers(s.catalogue(), s.waitlist(), s.holds(), holdService, s.outbox(),
                support, notifications, webhooks, flow, ids, clock, metrics, pages);
        WaitlistService waitlistService = new WaitlistService(s.catalogue(), s.waitlist(), offers, ids, clock);
        this.availability = new AvailabilityService(loader, settings.alternativesMaxDays());
        this.waitlist = waitlistService;
        this.holds = holdService;
        this.appointments = new AppointmentService(s.appointments(), s.holds(), s.flowLog(), loader, writer,
                support, idempotency, flow, waitlistService, clock, metrics);
        this.catalogue = new CatalogueService(s.catalogue(), calendar, branches,
                new CatalogueChanges(s.appointments(), appointments, availability, clock));
        SyncRetryPolicy retry = new SyncRetryPolicy(settings.syncMaxAttempts(), settings.syncBaseBackoff(),
                settings.syncMaxBackoff());
        OperationsReports reports = new OperationsReports(s.appointments(), s.holds(), s.outbox(), calendar,
                holdErrors, clock, s.flowLog());
        SyncHealthWatch healthWatch = new SyncHealthWatch(reports, s.flowLog(), flow, s.transactions(), ownerAlerts,
                webhooks);
        this.operations = new OperationsService(
                new OutboxWorker(s.outbox(), s.appointments(), s.catalogue(), s.transactions(), s.staffLocks(),
                        calendar, notifier, notifications, flow, retry, settings.syncBaseBackoff(), clock, metrics,
                        webhooks, offers, healthWatch, ownerAlerts, manageLinks),
                new HoldExpiry(s.holds(), waitlistService, webhooks, flow, clock, metrics),
                reports,
                s.catalogue(), s.idempotency(), clock);
        this.customerData = new CustomerDataService(s.appointments(), s.waitlist(), s.transactions(), clock);
        this.customerLookup = new CustomerLookupService(s.appointments());
        this.activeHolds = new ActiveHoldsService(s.catalogue(), s.holds(), clock);
        this.phone = new PhoneBookingService(s.catalogue(), s.holds(), clock, settings.defaultCountryCode(),
                availability, holds, appointments, support);
        this.externalChanges = new ExternalChangesService(s.appointments(), ledger, calendar, s.transactions(),
                new ExternalChangeWrites(s.appointments(), s.catalogue(), ledger, s.outbox(), writer, support,
                        waitlistService, flow, ids),
                new ManualReview(s.appointments(), s.outbox(), writer, flow, ids, clock), clock, metrics);
    }

    /**
     * Wires every use case to these ports; {@code ledger} remembers the external calendar's changes applied.
     *
     * @throws NullPointerException if an argument is null
     */
    public static UseCases wire(BookingStorage storage, ExternalBookingLedger ledger, SlotLocks slotLocks,
            ExternalCalendar calendar, Notifier notifier, IdGenerator ids, Clock clock, BookingMetrics metrics,
            EngineSettings settings, Webhooks webhooks, CustomerPages pages, AccessStorage manageTokens) {
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(pages, "pages");
        OwnerAlerts ownerAlerts = new OwnerAlerts(storage.outbox(), storage.catalogue(), ids, clock);
        return new UseCases(Objects.requireNonNull(storage, "storage"), Objects.requireNonNull(ledger, "ledger"),
                Objects.requireNonNull(slotLocks, "slotLocks"),
                Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(notifier, "notifier"),
                Objects.requireNonNull(ids, "ids"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(metrics, "metrics"), Objects.requireNonNull(settings, "settings"),
                new WebhookService(webhooks.store(), webhooks.sender(), webhooks.settings(), ids, clock, metrics,
                        ownerAlerts),
                ownerAlerts, pages, new ManageLinks(pages, new ManageTokens(
                        Objects.requireNonNull(manageTokens, "manageTokens"), clock)));
    }

    /**
     * Where webhook endpoints and deliveries are stored, how they are sent, and the delivery settings.
     *
     * @param store endpoints and deliveries (the database's, to survive restarts)
     * @param sender the HTTP transport
     * @param settings attempts, backoff, jitter, disabling, timeout
     */
    public record Webhooks(WebhookDeliveries store, WebhookSender sender, WebhookSettings settings) {

        public Webhooks {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(settings, "settings");
        }
    }

    /** Outbound webhooks of every tenant. */
    public WebhookUseCase webhooks() {
        return webhooks;
    }

    /**
     * An idempotency store that keeps records in {@code primary} (Redis shared by the instances) and, while
     * {@code primary} cannot be reached, in {@code fallback} (the database), so that keyed requests keep working
     * during an outage of {@code primary}. A key claimed in one store is completed or released in the same store.
     *
     * @throws NullPointerException if an argument is null
     */
    public static IdempotencyStore idempotencyWithFallback(IdempotencyStore primary, IdempotencyStore fallback) {
        return new IdempotencyFallback(Objects.requireNonNull(primary, "primary"),
                Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * The tenants' external calendar connections on their repository.
     *
     * @throws NullPointerException if {@code repository} is null
     */
    public static CalendarConnectionsUseCase calendarConnections(CalendarConnectionRepository repository) {
        return new CalendarConnections(Objects.requireNonNull(repository, "repository"));
    }

    /**
     * Access control (tenants, keys, audit log, manage tokens) on its own storage.
     *
     * @throws NullPointerException if an argument is null
     */
    public static AccessUseCase access(AccessStorage storage, Clock clock, AccessSettings settings) {
        return new AccessService(storage, clock, settings);
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

    public ExternalCalendarChangesUseCase externalChanges() {
        return externalChanges;
    }

    public CustomerDataUseCase customerData() {
        return customerData;
    }

    public CustomerLookupUseCase customerLookup() {
        return customerLookup;
    }

    public ActiveHoldsUseCase activeHolds() {
        return activeHolds;
    }
}
