package dev.termin.booking.adapter.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The row locks behind {@link JdbiStaffLocks}: one {@code staff_lock} row per tenant and staff member, created on
 * first use and locked with {@code SELECT … ORDER BY staff_id FOR UPDATE}, so that every writer takes them in the
 * same order and none deadlocks.
 */
final class StaffLockRows {

    private StaffLockRows() {
    }

    /**
     * Locks the rows of {@code staffIds} (distinct, any order) until the transaction of {@code h} ends, creating
     * missing ones; returns each staff member's recorded fencing token in lock order.
     */
    static Map<String, Long> lock(Handle h, Dialect dialect, String tenant, Collection<String> staffIds) {
        List<String> ids = staffIds.stream().distinct().sorted().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> locked = selectForUpdate(h, dialect, tenant, ids);
        if (locked.size() < ids.size()) {
            List<String> missing = new ArrayList<>(ids);
            missing.removeAll(locked.keySet());
            for (String id : missing) {
                insertIfAbsent(h, dialect, tenant, id);
            }
            locked = selectForUpdate(h, dialect, tenant, ids);
        }
        return locked;
    }

    /** Creates the lock row of a staff member unless it exists; never changes an existing token. */
    static void insertIfAbsent(Handle h, Dialect dialect, String tenant, String staffId) {
        if (dialect == Dialect.POSTGRESQL) {
            h.createUpdate("INSERT INTO staff_lock (tenant, staff_id, fence_token) VALUES (:tenant, :staff, 0) "
                            + "ON CONFLICT (tenant, staff_id) DO NOTHING")
                    .bind("tenant", tenant).bind("staff", staffId).execute();
            return;
        }
        try {
            h.createUpdate("INSERT INTO staff_lock (tenant, staff_id, fence_token) SELECT :tenant, :staff, 0 "
                            + "WHERE NOT EXISTS (SELECT 1 FROM staff_lock WHERE tenant = :tenant AND staff_id = :staff)")
                    .bind("tenant", tenant).bind("staff", staffId).execute();
        } catch (UnableToExecuteStatementException e) {
            // H2 fails only the statement, not the transaction: somebody else created it at the same time
            if (!SqlErrors.UNIQUE_VIOLATION.equals(SqlErrors.state(e))) {
                throw e;
            }
        }
    }

    private static Map<String, Long> selectForUpdate(Handle h, Dialect dialect, String tenant, List<String> ids) {
        Map<String, Long> out = new LinkedHashMap<>();
        h.createQuery("SELECT staff_id, fence_token FROM staff_lock WHERE tenant = :tenant AND staff_id IN (<ids>) "
                        + "ORDER BY " + dialect.binaryOrder("staff_id") + " FOR UPDATE")
                .bind("tenant", tenant)
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getString("staff_id"), rs.getLong("fence_token")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
