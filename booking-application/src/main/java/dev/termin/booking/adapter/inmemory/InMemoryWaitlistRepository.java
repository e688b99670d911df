package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link WaitlistRepository}: entries kept per tenant, saves are upserts that join the storage's
 * transaction; {@link #listOpen} orders by creation time, then id.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryWaitlistRepository implements WaitlistRepository {

    private final TenantTable<WaitlistEntryId, WaitlistEntry> entries;

    InMemoryWaitlistRepository(InMemoryTransactions transactions) {
        this.entries = new TenantTable<>(transactions);
    }

    /** Whether an entry of {@code tenant} names {@code id} as its branch, service or staff member. */
    boolean names(TenantId tenant, Object id) {
        return entries.all(tenant).stream().anyMatch(e -> e.branch().equals(id) || e.service().equals(id)
                || e.staff().map(id::equals).orElse(false));
    }

    @Override
    public void save(WaitlistEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries.put(entry.tenant(), entry.id(), entry);
    }

    @Override
    public Optional<WaitlistEntry> find(TenantId tenant, WaitlistEntryId id) {
        return entries.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<WaitlistEntry> listOpen(TenantId tenant, Optional<ServiceId> service) {
        Objects.requireNonNull(service, "service");
        return entries.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(e -> e.status() != WaitlistStatus.REMOVED)
                .filter(e -> service.isEmpty() || e.service().equals(service.get()))
                .sorted(Comparator.comparing(WaitlistEntry::createdAt).thenComparing(WaitlistEntry::id))
                .toList();
    }
}
