package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.StaffLocks;
import dev.termin.booking.application.port.out.StaleFencingTokenException;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

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
            Map<String, Long> recorded = StaffLockRows.lock(h, db.dialect(), tenant.value(), ids);
            if (fencingToken.isEmpty()) {
                return;
            }
            long token = fencingToken.getAsLong();
            for (Map.Entry<String, Long> e : recorded.entrySet()) {
                if (e.getValue() > token) {
                    throw new StaleFencingTokenException("fencing token " + token + " for staff " + e.getKey()
                            + " is older than the recorded " + e.getValue());
                }
            }
            h.createUpdate("UPDATE staff_lock SET fence_token = :token "
                            + "WHERE tenant = :tenant AND staff_id IN (<ids>) AND fence_token < :token")
                    .bind("token", token)
                    .bind("tenant", tenant.value())
                    .bindList("ids", ids)
                    .execute();
        });
    }
}
