package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.StaffLocks;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * {@link StaffLocks} as row locks on {@code staff_lock} ({@code SELECT … ORDER BY staff_id FOR UPDATE}), held
 * until the thread's transaction ends; lock rows are created on first use. Thread-safe.
 */
public final class JdbiStaffLocks implements StaffLocks {

    private final Db db;

    public JdbiStaffLocks(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void lock(TenantId tenant, Collection<StaffId> staff, OptionalLong fencingToken) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(fencingToken, "fencingToken");
        if (!db.inTransaction()) {
            throw new IllegalStateException("StaffLocks.lock must be called inside Transactions.inTransaction");
        }
        List<String> ids = staff.stream().map(StaffId::value).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        db.run(h -> {
            if (fencingToken.isPresent() && db.dialect() == Dialect.POSTGRESQL
                    && lockAndRaise(h, tenant.value(), ids, fencingToken.getAsLong())) {
                return;
            }
            Map<String, Long> recorded = StaffLockRows.lock(h, db.dialect(), tenant.value(), ids);
            if (fencingToken.isEmpty()) {
                return;
            }
            long token = fencingToken.getAsLong();
            checkNotStale(recorded, token);
            h.createUpdate("UPDATE staff_lock SET fence_token = :token "
                            + "WHERE tenant = :tenant AND staff_id IN (<ids>) AND fence_token < :token")
                    .bind("token", token)
                    .bind("tenant", tenant.value())
                    .bindList("ids", ids)
                    .execute();
        });
    }

    /**
     * On PostgreSQL, locks the rows in id order and raises their tokens to {@code token} in one statement (one round
     * trip instead of two on every booking); a stale token is refused afterwards, and the transaction's rollback
     * undoes the raise. False when a lock row does not exist yet: the caller then takes the way that creates it
     * (locking and raising the others again in the same transaction changes nothing).
     */
    private static boolean lockAndRaise(Handle h, String tenant, List<String> ids, long token) {
        Map<String, Long> recorded = new LinkedHashMap<>();
        h.createQuery("WITH locked AS (SELECT staff_id, fence_token FROM staff_lock WHERE tenant = :tenant "
                        + "AND staff_id IN (<ids>) ORDER BY staff_id COLLATE \"C\" FOR UPDATE), "
                        + "raised AS (UPDATE staff_lock s SET fence_token = :token FROM locked l "
                        + "WHERE s.tenant = :tenant AND s.staff_id = l.staff_id AND l.fence_token < :token) "
                        + "SELECT staff_id, fence_token FROM locked")
                .bind("tenant", tenant)
                .bindList("ids", ids)
                .bind("token", token)
                .map((rs, ctx) -> Map.entry(rs.getString("staff_id"), rs.getLong("fence_token")))
                .forEach(e -> recorded.put(e.getKey(), e.getValue()));
        if (recorded.size() < ids.size()) {
            return false;
        }
        checkNotStale(recorded, token);
        return true;
    }

    private static void checkNotStale(Map<String, Long> recorded, long token) {
        for (Map.Entry<String, Long> e : recorded.entrySet()) {
            if (e.getValue() > token) {
                throw new StaleFencingTokenException("fencing token " + token + " for staff " + e.getKey()
                        + " is older than the recorded " + e.getValue());
            }
        }
    }
}
