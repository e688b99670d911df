package dev.termin.booking.application.service;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts failed hold confirmations per tenant for the reservation metrics. Per process: each engine instance
 * reports its own errors. Thread-safe.
 */
final class HoldErrors {

    private final ConcurrentHashMap<TenantId, AtomicLong> counts = new ConcurrentHashMap<>();

    void record(TenantId tenant) {
        counts.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
    }

    long count(TenantId tenant) {
        AtomicLong c = counts.get(tenant);
        return c == null ? 0 : c.get();
    }
}
