package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.calcom.CalComCalendar;
import dev.termin.booking.adapter.calcom.CalComConfig;
import dev.termin.booking.adapter.calcom.CalComWebhooks;
import dev.termin.booking.adapter.calcom.EventTypeMapping;
import dev.termin.booking.adapter.calcom.InMemorySegmentEventTypeStore;
import dev.termin.booking.adapter.calcom.SegmentEventTypeStore;
import dev.termin.booking.application.port.in.CalendarConnectionsUseCase;
import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's external calendar when tenants connect their own Cal.com accounts: one {@link CalComCalendar} for
 * every connected tenant (the environment's tenant and every connection stored in the database, whose sealed
 * secrets the {@link SecretBox} opens), rebuilt by {@link #reload()} whenever a connection changes, and the
 * matching {@link CalComWebhooks}. A stored connection of the environment's tenant replaces the environment's.
 * A rebuild starts the tenants' circuit breakers and busy-time caches afresh. Thread-safe.
 */
public final class ConnectedCalendars implements ExternalCalendar {

    private static final Logger log = LoggerFactory.getLogger(ConnectedCalendars.class);

    /** What is in use now. */
    public record Current(CalComCalendar calendar, CalComWebhooks webhooks) {
    }

    private final Optional<CalComConfig> fromEnvironment;
    private final Optional<String> environmentSecret;
    private final Optional<SecretBox> box;
    private volatile Optional<CalendarConnectionsUseCase> connections;
    private final SegmentEventTypeStore segmentStore;
    private final Clock clock;
    private final Duration tolerance;
    private final AtomicReference<Current> current = new AtomicReference<>();

    private ConnectedCalendars(Optional<CalComConfig> fromEnvironment, Optional<String> environmentSecret,
            Optional<SecretBox> box, Optional<CalendarConnectionsUseCase> connections,
            SegmentEventTypeStore segmentStore, Clock clock, Duration tolerance) {
        this.segmentStore = segmentStore;
        this.fromEnvironment = fromEnvironment;
        this.environmentSecret = environmentSecret;
        this.box = box;
        this.connections = connections;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /**
     * The calendar of the environment's tenant now; the stored connections join with {@link #attach} once the
     * engine (which uses this calendar) exists. {@code segmentStore} keeps the segment event types of all tenants.
     */
    public static ConnectedCalendars create(Optional<CalComConfig> fromEnvironment, Optional<String> secret,
            Optional<SecretBox> box, SegmentEventTypeStore segmentStore, Clock clock, Duration tolerance) {
        ConnectedCalendars c = new ConnectedCalendars(fromEnvironment, secret, box, Optional.empty(), segmentStore,
                clock, tolerance);
        c.build(List.of());
        return c;
    }

    /** Loads the stored connections from now on and builds the calendars with them. */
    public void attach(CalendarConnectionsUseCase stored) {
        this.connections = Optional.of(stored);
        reload();
    }

    /** A fixed calendar and webhook reader that are never reloaded (tests, embedding). */
    public static ConnectedCalendars fixed(CalComCalendar calendar, CalComWebhooks webhooks) {
        ConnectedCalendars c = new ConnectedCalendars(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new InMemorySegmentEventTypeStore(), Clock.systemUTC(),
                CalComWebhooks.DEFAULT_TOLERANCE);
        c.current.set(new Current(calendar, webhooks));
        return c;
    }

    /** The sealer of stored secrets, if a master key is configured. */
    public Optional<SecretBox> box() {
        return box;
    }

    /** The stored connections, if this server keeps any. */
    public Optional<CalendarConnectionsUseCase> connections() {
        return connections;
    }

    public Current current() {
        return current.get();
    }

    /** Rebuilds the calendars from the environment and the stored connections. */
    public synchronized void reload() {
        connections.ifPresent(c -> build(c.all()));
    }

    private synchronized void build(List<CalendarConnection> stored) {
        Map<TenantId, CalComConfig> configs = new LinkedHashMap<>();
        Map<TenantId, String> secrets = new LinkedHashMap<>();
        fromEnvironment.ifPresent(c -> {
            configs.put(c.tenant(), c);
            environmentSecret.ifPresent(s -> secrets.put(c.tenant(), s));
        });
        if (box.isPresent()) {
            for (CalendarConnection c : stored) {
                try {
                    configs.put(c.tenant(), config(c, box.get()));
                    secrets.put(c.tenant(), box.get().open(c.tenant(), c.webhookSecret()));
                } catch (RuntimeException e) {
                    log.error("Cal.com connection of tenant {} cannot be used: {}", c.tenant(), e.getMessage());
                }
            }
        }
        CalComCalendar.Builder b = CalComCalendar.builder().segmentEventTypeStore(segmentStore).clock(clock);
        configs.values().forEach(b::tenant);
        CalComCalendar calendar = b.build();
        current.set(new Current(calendar, CalComWebhooks.create(calendar, secrets, clock, tolerance)));
        log.info("Cal.com connected for {} tenants", configs.size());
    }

    /**
     * Seals and stores the tenant's connection (replacing its previous one) and rebuilds the calendars.
     *
     * @throws IllegalStateException if no master key or no store is configured
     * @throws IllegalArgumentException if the URL or the event-type mapping is malformed
     */
    public CalendarConnection connect(TenantId tenant, String apiKey, String webhookSecret, String baseUrl,
            String eventTypes, Optional<String> username) {
        SecretBox sealer = box.orElseThrow(() -> new IllegalStateException(
                "connections need a master key (TERMIN_MASTER_KEY)"));
        CalendarConnectionsUseCase store = connections.orElseThrow(() -> new IllegalStateException(
                "this server keeps no connections"));
        if (apiKey.isBlank() || webhookSecret.isBlank()) {
            throw new IllegalArgumentException("apiKey and webhookSecret must not be blank");
        }
        EventTypeMapping.parse(eventTypes);
        CalendarConnection c = new CalendarConnection(tenant, URI.create(baseUrl).toString(),
                sealer.seal(tenant, apiKey), sealer.seal(tenant, webhookSecret), eventTypes, username,
                clock.instant());
        config(c, sealer);
        store.save(c);
        reload();
        return c;
    }

    /** Removes the tenant's stored connection and rebuilds the calendars; false if it had none. */
    public boolean disconnect(TenantId tenant) {
        boolean removed = connections.map(c -> c.disconnect(tenant)).orElse(false);
        if (removed) {
            reload();
        }
        return removed;
    }

    /**
     * Re-seals every stored secret that an older master key sealed with the current one (after a rotation);
     * returns how many connections were re-sealed.
     *
     * @throws IllegalStateException if a secret opens with none of the configured keys
     */
    public int rotate() {
        SecretBox sealer = box.orElseThrow(() -> new IllegalStateException(
                "rotation needs a master key (TERMIN_MASTER_KEY)"));
        int n = 0;
        for (CalendarConnection c : connections.map(CalendarConnectionsUseCase::all).orElse(List.of())) {
            if (sealer.isStale(c.apiKey()) || sealer.isStale(c.webhookSecret())) {
                connections.get().save(c.withSecrets(sealer.seal(c.tenant(), sealer.open(c.tenant(), c.apiKey())),
                        sealer.seal(c.tenant(), sealer.open(c.tenant(), c.webhookSecret())), clock.instant()));
                n++;
            }
        }
        reload();
        return n;
    }

    /** The adapter's configuration of a stored connection (defaults for everything it does not store). */
    static CalComConfig config(CalendarConnection c, SecretBox box) {
        CalComConfig.Builder b = CalComConfig.builder(c.tenant(), box.open(c.tenant(), c.apiKey()))
                .baseUrl(URI.create(c.baseUrl())).eventTypes(EventTypeMapping.parse(c.eventTypes()));
        c.username().ifPresent(b::username);
        return b.build();
    }

    @Override
    public CalendarOutcome<List<ExternalBusy>> busyTimes(TenantId tenant, Collection<StaffId> staff,
            TimeInterval range) {
        return current().calendar().busyTimes(tenant, staff, range);
    }

    @Override
    public CalendarOutcome<String> create(ExternalBooking booking) {
        return current().calendar().create(booking);
    }

    @Override
    public CalendarOutcome<Void> cancel(TenantId tenant, String externalId, String reason) {
        return current().calendar().cancel(tenant, externalId, reason);
    }

    @Override
    public CalendarOutcome<String> reschedule(TenantId tenant, String externalId, ExternalBooking moved) {
        return current().calendar().reschedule(tenant, externalId, moved);
    }

    @Override
    public CalendarOutcome<Void> servicesChanged(TenantId tenant, List<BranchId> branches, List<Service> services) {
        return current().calendar().servicesChanged(tenant, branches, services);
    }

    @Override
    public CalendarOutcome<List<ExternalBookingState>> bookings(TenantId tenant, TimeInterval range) {
        return current().calendar().bookings(tenant, range);
    }

    @Override
    public CircuitState circuitState() {
        return current().calendar().circuitState();
    }

    @Override
    public CircuitState circuitState(TenantId tenant) {
        return current().calendar().circuitState(tenant);
    }
}
