package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.ManageTokenRepository;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link ManageTokenRepository}; writes join the transactions of its {@link InMemoryAccessStorage}. This
 * class is thread-safe.
 */
public final class InMemoryManageTokenRepository implements ManageTokenRepository {

    private final InMemoryTransactions transactions;
    private final Map<String, ManageGrant> grants = new HashMap<>();

    InMemoryManageTokenRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized boolean add(String tokenHash, ManageGrant grant) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(grant, "grant");
        if (grants.putIfAbsent(tokenHash, grant) != null) {
            return false;
        }
        transactions.onRollback(() -> restore(tokenHash, null));
        return true;
    }

    @Override
    public synchronized Optional<ManageGrant> find(String tokenHash) {
        return Optional.ofNullable(grants.get(Objects.requireNonNull(tokenHash, "tokenHash")));
    }

    @Override
    public synchronized int extend(TenantId tenant, AppointmentId appointment, Instant expiresAt) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(expiresAt, "expiresAt");
        int n = 0;
        for (Map.Entry<String, ManageGrant> e : grants.entrySet()) {
            ManageGrant old = e.getValue();
            if (old.tenant().equals(tenant) && old.appointment().equals(appointment)) {
                e.setValue(new ManageGrant(tenant, appointment, expiresAt));
                String hash = e.getKey();
                transactions.onRollback(() -> restore(hash, old));
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        int before = grants.size();
        grants.values().removeIf(g -> g.expiresAt().isBefore(now));
        return before - grants.size();
    }

    private synchronized void restore(String hash, ManageGrant grant) {
        if (grant == null) {
            grants.remove(hash);
        } else {
            grants.put(hash, grant);
        }
    }
}
