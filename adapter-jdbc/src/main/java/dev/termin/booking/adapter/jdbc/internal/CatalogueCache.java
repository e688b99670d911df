package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A tenant's catalogue reads (and its webhook subscriptions, which every booking consults as well) kept between
 * requests, with a version that every store instance on the database sees.
 * Every catalogue write gives the tenant's row in {@code catalogue_version} a new random value in the writing
 * transaction ({@link #changed}). A cached tenant is served for at most {@link #MAX_AGE} after its version was last
 * read; then the version is read again (one short query) and the tenant's reads are dropped if it changed. So a
 * change made through another instance is seen at most {@link #MAX_AGE} after it committed, and a change made
 * through this instance as soon as its transaction ended (the tenant's reads are dropped then). Thread-safe.
 */
public final class CatalogueCache {

    /** How long a tenant's cached catalogue is served without asking the database whether it changed: 1 s. */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** The reads of one tenant at one version. */
    private static final class Entry {
        final String version;
        final Map<Object, Object> reads = new ConcurrentHashMap<>();
        /** {@code ticker} time at which the version was last found unchanged (read before the query ran). */
        volatile long checkedAt;

        Entry(String version, long checkedAt) {
            this.version = version;
            this.checkedAt = checkedAt;
        }
    }

    private final Db db;
    private final LongSupplier ticker;
    private final Map<String, Entry> tenants = new ConcurrentHashMap<>();
    /** Counts this instance's changes, so that a read racing with one is not kept ({@link #entry}). */
    private final AtomicLong changes = new AtomicLong();

    /** A cache over {@code db}, its age measured by {@code ticker} (nanoseconds, like {@link System#nanoTime}). */
    public CatalogueCache(Db db, LongSupplier ticker) {
        this.db = Objects.requireNonNull(db, "db");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /**
     * The value of {@code load} for {@code key} of {@code tenant}, from the cache while the tenant's catalogue has not
     * changed. {@code load} must return an immutable value (lists are copied here); an empty result is kept too.
     */
    @SuppressWarnings("unchecked")
    <T> T get(TenantId tenant, Object key, Supplier<T> load) {
        Entry e = entry(tenant.value());
        Object cached = e.reads.get(key);
        if (cached != null) {
            return (T) cached;
        }
        T loaded = load.get();
        Object kept = loaded instanceof List<?> list ? List.copyOf(list) : loaded;
        e.reads.putIfAbsent(key, kept);
        return (T) kept;
    }

    /**
     * Records that the catalogue of {@code tenant} changes in the current transaction (or in a short one of its own
     * outside): a new version for the other instances, and this instance's reads of the tenant dropped now and
     * again when the transaction has ended.
     */
    void changed(TenantId tenant) {
        String id = tenant.value();
        db.run(h -> h.createUpdate(db.dialect().upsert("catalogue_version", List.of("tenant"),
                        List.of("tenant", "version")))
                .bind("tenant", id)
                .bind("version", UUID.randomUUID().toString())
                .execute());
        drop(id);
        db.afterTransaction(() -> drop(id));
    }

    private void drop(String tenant) {
        changes.incrementAndGet();
        tenants.remove(tenant);
    }

    private Entry entry(String tenant) {
        long now = ticker.getAsLong();
        Entry e = tenants.get(tenant);
        if (e != null && now - e.checkedAt < MAX_AGE.toNanos()) {
            return e;
        }
        long changesBefore = changes.get();
        String version = version(tenant);
        if (e != null && e.version.equals(version)) {
            e.checkedAt = now;
            return e;
        }
        Entry fresh = new Entry(version, now);
        tenants.put(tenant, fresh);
        // a change of this instance between reading the version and keeping the entry may not be in what the entry
        // would load: serve this request from it, but do not keep it
        if (changes.get() != changesBefore) {
            tenants.remove(tenant, fresh);
        }
        return fresh;
    }

    private String version(String tenant) {
        return db.read(h -> h.createQuery("SELECT version FROM catalogue_version WHERE tenant = :tenant")
                .bind("tenant", tenant)
                .mapTo(String.class)
                .findOne())
                .orElse("");
    }

    /** A key of a read with arguments, e.g. {@code key("staff", id)}. */
    static Object key(String read, Object... arguments) {
        return List.of(read, List.of(arguments));
    }
}
