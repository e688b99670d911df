package dev.termin.booking.adapter.calcom;

import dev.termin.booking.adapter.calcom.internal.CalComClient;
import dev.termin.booking.adapter.calcom.internal.EventTypesApi;
import dev.termin.booking.adapter.calcom.internal.HttpResult;
import dev.termin.booking.adapter.calcom.internal.MalformedResponseException;
import dev.termin.booking.adapter.calcom.internal.Slugs;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one hidden Cal.com event type per work segment of each composite service and branch, so that every segment
 * of a composite appointment can be booked in Cal.com on its own. Slugs are stable ({@link #slug}); titles are the
 * segments' names; lengths their durations. Obtained from {@link CalComCalendar#segmentEventTypes()}.
 *
 * <p>{@link #ensure} creates what is missing, updates (PATCH) what changed and deletes segment event types of
 * services that are no longer composite or segments that disappeared; the mapping lives in a
 * {@link SegmentEventTypeStore} and can be rebuilt from Cal.com ({@link #rebuild}); {@link #driftCheck} compares the
 * two. Calls for one tenant are serialised; every method returns a {@link CalendarOutcome} instead of throwing.
 *
 * <p>Thread-safe.
 */
public final class SegmentEventTypes {

    private static final Logger log = LoggerFactory.getLogger(SegmentEventTypes.class);

    private final Function<TenantId, Optional<CalComClient>> clients;
    private final SegmentEventTypeStore store;
    private final Map<TenantId, Object> locks = new ConcurrentHashMap<>();
    /** Tenants whose mapping was read from Cal.com since this instance started. */
    private final Set<TenantId> loaded = ConcurrentHashMap.newKeySet();

    SegmentEventTypes(Function<TenantId, Optional<CalComClient>> clients, SegmentEventTypeStore store) {
        this.clients = clients;
        this.store = store;
    }

    /**
     * The stable slug of a segment event type, {@code COMPANY-BRANCH-SERVICE-SEGMENT} built from the ids and
     * sanitised to Cal.com's slug rules (lower case, {@code a-z0-9} and single {@code -}; umlauts spelled out; at
     * most 100 characters, longer ones cut and suffixed with a hash).
     */
    public static String slug(TenantId tenant, BranchId branch, ServiceId service, String segmentKey) {
        return Slugs.segmentSlug(tenant.value(), branch.value(), service.value(), segmentKey);
    }

    /** The tenant's current mapping, ordered by slug. */
    public List<SegmentEventType> mapping(TenantId tenant) {
        return store.list(Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * Brings the branch's segment event types in Cal.com in line with {@code services}, which must be all of the
     * branch's services: each work segment of a composite service gets a hidden event type (created if missing,
     * patched if its title or length changed); Termin's segment event types of the branch that match no such segment
     * are deleted. The mapping is updated as it goes.
     */
    public CalendarOutcome<EnsureReport> ensure(TenantId tenant, BranchId branch, Collection<Service> services) {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(services, "services");
        Optional<CalComClient> client = clients.apply(Objects.requireNonNull(tenant, "tenant"));
        if (client.isEmpty()) {
            return CalComCalendar.notConfigured(tenant);
        }
        Map<String, SegmentEventType> desired = new LinkedHashMap<>();
        for (Service s : services) {
            if (!s.isComposite()) {
                continue;
            }
            for (WorkSegment w : s.segments()) {
                SegmentEventType t = wanted(tenant, branch, s.id(), w.key(), w.name(), (int) w.duration().toMinutes());
                SegmentEventType clash = desired.putIfAbsent(t.slug(), t);
                if (clash != null) {
                    return new CalendarOutcome.Rejected<>(409, "slug_collision", "segments " + clash.service() + "/"
                            + clash.segmentKey() + " and " + s.id() + "/" + w.key() + " both map to slug " + t.slug());
                }
            }
        }
        synchronized (lock(tenant)) {
            CalendarOutcome<List<SegmentEventType>> remote = rebuildLocked(client.get(), tenant);
            if (!(remote instanceof CalendarOutcome.Done<List<SegmentEventType>> listed)) {
                return CalComClient.retype(remote);
            }
            Map<String, SegmentEventType> existing = listed.value().stream()
                    .filter(t -> t.branch().equals(branch))
                    .collect(Collectors.toMap(SegmentEventType::slug, t -> t, (a, b) -> a, LinkedHashMap::new));
            List<SegmentEventType> created = new ArrayList<>();
            List<SegmentEventType> updated = new ArrayList<>();
            List<SegmentEventType> deleted = new ArrayList<>();
            List<SegmentEventType> unchanged = new ArrayList<>();
            for (SegmentEventType want : desired.values()) {
                SegmentEventType have = existing.remove(want.slug());
                if (have != null && !differs(want, have)) {
                    unchanged.add(have);
                    continue;
                }
                CalendarOutcome<SegmentEventType> step = have == null ? create(client.get(), tenant, want)
                        : update(client.get(), tenant, withId(want, have.eventTypeId()));
                if (!(step instanceof CalendarOutcome.Done<SegmentEventType> done)) {
                    return CalComClient.retype(step);
                }
                (have == null ? created : updated).add(done.value());
            }
            for (SegmentEventType gone : existing.values()) {
                CalendarOutcome<Void> d = client.get().call("delete event type " + gone.slug(),
                        () -> client.get().send(EventTypesApi.delete(gone.eventTypeId())), r -> null);
                boolean alreadyGone = d instanceof CalendarOutcome.Rejected<Void> rej && rej.status() == 404;
                if (!(d instanceof CalendarOutcome.Done<Void>) && !alreadyGone) {
                    return CalComClient.retype(d);
                }
                store.remove(tenant, gone.slug());
                deleted.add(gone);
                log.info("Cal.com segment event type {} ({}) of tenant {} deleted", gone.slug(), gone.eventTypeId(),
                        tenant);
            }
            return new CalendarOutcome.Done<>(new EnsureReport(created, updated, deleted, unchanged));
        }
    }

    /** Replaces the tenant's mapping with Termin's segment event types found in Cal.com; the new mapping. */
    public CalendarOutcome<List<SegmentEventType>> rebuild(TenantId tenant) {
        Optional<CalComClient> client = clients.apply(Objects.requireNonNull(tenant, "tenant"));
        if (client.isEmpty()) {
            return CalComCalendar.notConfigured(tenant);
        }
        synchronized (lock(tenant)) {
            return rebuildLocked(client.get(), tenant);
        }
    }

    /**
     * Compares the tenant's mapping with Cal.com: mapped event types missing there, Termin's segment event types
     * there that are not mapped, and mapped ones whose slug, title, length or hidden flag differ.
     */
    public CalendarOutcome<DriftReport> driftCheck(TenantId tenant) {
        Optional<CalComClient> client = clients.apply(Objects.requireNonNull(tenant, "tenant"));
        if (client.isEmpty()) {
            return CalComCalendar.notConfigured(tenant);
        }
        CalendarOutcome<List<SegmentEventType>> remote = listManaged(client.get(), tenant);
        if (!(remote instanceof CalendarOutcome.Done<List<SegmentEventType>> listed)) {
            return CalComClient.retype(remote);
        }
        Map<Long, SegmentEventType> byId = listed.value().stream()
                .collect(Collectors.toMap(SegmentEventType::eventTypeId, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<SegmentEventType> missing = new ArrayList<>();
        List<DriftReport.Change> changed = new ArrayList<>();
        for (SegmentEventType mapped : store.list(tenant)) {
            SegmentEventType actual = byId.remove(mapped.eventTypeId());
            if (actual == null) {
                missing.add(mapped);
            } else {
                List<String> fields = differences(mapped, actual);
                if (!fields.isEmpty()) {
                    changed.add(new DriftReport.Change(mapped, actual, fields));
                }
            }
        }
        DriftReport report = new DriftReport(missing, List.copyOf(byId.values()), changed);
        if (!report.isClean()) {
            log.warn("Cal.com segment event types of tenant {} drifted: {} missing, {} extra, {} changed", tenant,
                    report.missing().size(), report.extra().size(), report.changed().size());
        }
        return new CalendarOutcome.Done<>(report);
    }

    /**
     * The event type to book a segment on: from the mapping, else from Cal.com (rebuilding the mapping), else
     * newly created; patched first when its title or length no longer match.
     */
    CalendarOutcome<Long> resolve(CalComClient client, TenantId tenant, BranchId branch, ServiceId service,
            String segmentKey, String segmentName, int minutes) {
        SegmentEventType want = wanted(tenant, branch, service, segmentKey, segmentName, minutes);
        synchronized (lock(tenant)) {
            Optional<SegmentEventType> have = store.find(tenant, want.slug());
            if (have.isEmpty()) {
                CalendarOutcome<List<SegmentEventType>> rebuilt = rebuildLocked(client, tenant);
                if (!(rebuilt instanceof CalendarOutcome.Done<List<SegmentEventType>>)) {
                    return CalComClient.retype(rebuilt);
                }
                have = store.find(tenant, want.slug());
            }
            CalendarOutcome<SegmentEventType> result;
            if (have.isEmpty()) {
                result = create(client, tenant, want);
            } else if (differs(want, have.get())) {
                result = update(client, tenant, withId(want, have.get().eventTypeId()));
            } else {
                return new CalendarOutcome.Done<>(have.get().eventTypeId());
            }
            return result instanceof CalendarOutcome.Done<SegmentEventType> done
                    ? new CalendarOutcome.Done<>(done.value().eventTypeId()) : CalComClient.retype(result);
        }
    }

    /** The ids of the tenant's segment event types; the mapping is read from Cal.com once per start. */
    CalendarOutcome<Set<Long>> eventTypeIds(CalComClient client, TenantId tenant) {
        if (!loaded.contains(tenant)) {
            synchronized (lock(tenant)) {
                if (!loaded.contains(tenant)) {
                    CalendarOutcome<List<SegmentEventType>> rebuilt = rebuildLocked(client, tenant);
                    if (!(rebuilt instanceof CalendarOutcome.Done<List<SegmentEventType>>)) {
                        return CalComClient.retype(rebuilt);
                    }
                }
            }
        }
        return new CalendarOutcome.Done<>(store.list(tenant).stream().map(SegmentEventType::eventTypeId)
                .collect(Collectors.toUnmodifiableSet()));
    }

    private CalendarOutcome<List<SegmentEventType>> rebuildLocked(CalComClient client, TenantId tenant) {
        CalendarOutcome<List<SegmentEventType>> remote = listManaged(client, tenant);
        if (remote instanceof CalendarOutcome.Done<List<SegmentEventType>> listed) {
            store.list(tenant).forEach(t -> store.remove(tenant, t.slug()));
            listed.value().forEach(t -> store.put(tenant, t));
            loaded.add(tenant);
            return new CalendarOutcome.Done<>(store.list(tenant));
        }
        return remote;
    }

    private CalendarOutcome<List<SegmentEventType>> listManaged(CalComClient client, TenantId tenant) {
        Optional<String> owner = client.config().account().username();
        return client.call("list event types", () -> client.send(EventTypesApi.list(owner)), r -> managed(r, tenant));
    }

    private static List<SegmentEventType> managed(HttpResult listing, TenantId tenant) {
        try {
            return EventTypesApi.managed(listing, tenant);
        } catch (MalformedResponseException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private CalendarOutcome<SegmentEventType> create(CalComClient client, TenantId tenant, SegmentEventType want) {
        CalendarOutcome<SegmentEventType> made = client.call("create event type " + want.slug(),
                () -> client.send(EventTypesApi.create(tenant, want)),
                r -> withId(want, r.data().path("id").asLong()));
        if (made instanceof CalendarOutcome.Done<SegmentEventType> done) {
            store.put(tenant, done.value());
            log.info("Cal.com segment event type {} ({}) of tenant {} created", want.slug(), done.value()
                    .eventTypeId(), tenant);
        } else if (made instanceof CalendarOutcome.Rejected<SegmentEventType>) {
            // another instance may have created it a moment ago: the slug is taken
            CalendarOutcome<List<SegmentEventType>> rebuilt = rebuildLocked(client, tenant);
            if (rebuilt instanceof CalendarOutcome.Done<List<SegmentEventType>>) {
                Optional<SegmentEventType> found = store.find(tenant, want.slug());
                if (found.isPresent()) {
                    return new CalendarOutcome.Done<>(found.get());
                }
            }
        }
        return made;
    }

    private CalendarOutcome<SegmentEventType> update(CalComClient client, TenantId tenant, SegmentEventType want) {
        CalendarOutcome<SegmentEventType> patched = client.call("update event type " + want.slug(),
                () -> client.send(EventTypesApi.update(want)), r -> want);
        if (patched instanceof CalendarOutcome.Done<SegmentEventType>) {
            store.put(tenant, want);
            log.info("Cal.com segment event type {} ({}) of tenant {} updated", want.slug(), want.eventTypeId(),
                    tenant);
        }
        return patched;
    }

    private static SegmentEventType wanted(TenantId tenant, BranchId branch, ServiceId service, String key,
            String name, int minutes) {
        // the id is a placeholder until Cal.com assigns one (create) or the existing one is taken over (update)
        return new SegmentEventType(branch, service, key, slug(tenant, branch, service, key), 1, name, minutes, true);
    }

    private static SegmentEventType withId(SegmentEventType t, long id) {
        if (id <= 0) {
            throw new IllegalStateException("answer without event type id");
        }
        return new SegmentEventType(t.branch(), t.service(), t.segmentKey(), t.slug(), id, t.title(),
                t.lengthMinutes(), t.hidden());
    }

    private static boolean differs(SegmentEventType want, SegmentEventType have) {
        return !want.title().equals(have.title()) || want.lengthMinutes() != have.lengthMinutes() || !have.hidden();
    }

    private static List<String> differences(SegmentEventType mapped, SegmentEventType actual) {
        List<String> fields = new ArrayList<>();
        if (!mapped.slug().equals(actual.slug())) {
            fields.add("slug");
        }
        if (!mapped.title().equals(actual.title())) {
            fields.add("title");
        }
        if (mapped.lengthMinutes() != actual.lengthMinutes()) {
            fields.add("lengthInMinutes");
        }
        if (mapped.hidden() != actual.hidden()) {
            fields.add("hidden");
        }
        return fields;
    }

    private Object lock(TenantId tenant) {
        return locks.computeIfAbsent(tenant, t -> new Object());
    }

}
