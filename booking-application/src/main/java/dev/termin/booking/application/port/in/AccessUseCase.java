package dev.termin.booking.application.port.in;

/**
 * Access control as a whole: tenants, API keys, authentication, the audit log and customers' manage tokens. Adapters
 * that need only part depend on the narrower interface.
 */
public interface AccessUseCase extends TenantAdministrationUseCase, ApiKeyUseCase, AuthenticationUseCase,
        AuditUseCase, ManageTokenUseCase {
}
