package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.util.List;

/** The audit log: every write and override is recorded; the owner reads it ({@code read_audit}). */
public interface AuditUseCase {

    /**
     * Records that {@code caller} did {@code action} (a dotted lowercase name such as {@code appointment.cancel}) to
     * {@code target} (an id, never personal data) on {@code tenant}'s data, now.
     */
    void record(Caller caller, TenantId tenant, String action, String target);

    /**
     * Records that a customer did {@code action} to their own appointment {@code target} through its manage link
     * (actor {@value #MANAGE_LINK_ACTOR}, no role), now.
     */
    void recordManageLink(TenantId tenant, String action, String target, String correlationId);

    /** The actor of audit lines written for a customer's manage link. */
    String MANAGE_LINK_ACTOR = "customer:manage-link";

    /** The tenant's newest entries, newest first; {@code limit} is 1 to 1000. */
    Result<List<AuditEntry>> recentAudit(Caller caller, TenantId tenant, int limit);
}
