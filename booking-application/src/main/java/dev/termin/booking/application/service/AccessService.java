package dev.termin.booking.application.service;

import dev.termin.booking.application.settings.AccessSettings;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Authentication;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.application.port.in.CreateTenantCommand;
import dev.termin.booking.application.port.in.CreatedTenant;
import dev.termin.booking.application.port.in.IssuedKey;
import dev.termin.booking.application.port.in.IssuedManageToken;
import dev.termin.booking.application.port.in.ManageTokenLookup;
import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.access.Credential;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.access.TenantStatus;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Access control: tenants, API keys, authentication, the audit log and manage tokens, on the {@link AccessStorage}
 * ports. Every change of a tenant or a key is written together with its audit line in one transaction.
 *
 * <p>Authentication reads the key by the hash of the presented secret, then its tenant, from the store on every
 * call; there is no cache, so a revocation or suspension committed by any server instance is seen by the next
 * request on every instance (two indexed single-row reads per request). Only the "last used" time is written
 * lazily: at most once per {@link AccessSettings#lastUsedInterval()} per key, judged from the time just read, so a
 * busy key does not cost a write per request.
 *
 * <p>This class is thread-safe.
 */
final class AccessService implements AccessUseCase {

    /** The most audit entries one read returns. */
    static final int MAX_AUDIT_ENTRIES = 1000;

    private final AccessStorage storage;
    private final Clock clock;
    private final KeyAuthentication keyAuthentication;
    private final ManageTokens manageTokens;

    AccessService(AccessStorage storage, Clock clock, AccessSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keyAuthentication = new KeyAuthentication(storage, clock, Objects.requireNonNull(settings, "settings"));
        this.manageTokens = new ManageTokens(storage, clock);
    }

    @Override
    public Result<CreatedTenant> createTenant(Caller caller, CreateTenantCommand command) {
        Objects.requireNonNull(command, "command");
        if (!isOperator(caller)) {
            return forbidden();
        }
        TenantAccount account = TenantAccount.open(command.slug(), command.name(), command.zone(), clock.instant());
        return storage.transactions().inTransaction(() -> {
            if (!storage.tenants().add(account)) {
                return Result.failure(ErrorCode.INVALID_STATE, "A tenant with this slug exists already.");
            }
            audit(caller, account.id(), "tenant.create", account.id().value());
            IssuedKey owner = addKey(caller, CreateKeyCommand.of(account.id(), Role.OWNER, "Owner"));
            return Result.ok(new CreatedTenant(account, owner));
        });
    }

    @Override
    public Result<TenantAccount> ensureTenant(TenantAccount account) {
        Objects.requireNonNull(account, "account");
        return storage.transactions().inTransaction(() -> {
            Optional<TenantAccount> existing = storage.tenants().find(account.id());
            if (existing.isPresent()) {
                return Result.ok(existing.get());
            }
            if (!storage.tenants().add(account)) {
                return Result.failure(ErrorCode.INVALID_STATE, "Another tenant has the slug " + account.slug() + ".");
            }
            return Result.ok(account);
        });
    }

    @Override
    public Result<List<TenantAccount>> listTenants(Caller caller) {
        return isOperator(caller) ? Result.ok(storage.tenants().list()) : forbidden();
    }

    @Override
    public Result<TenantAccount> findTenant(Caller caller, TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (!isOperator(caller) && !caller.principal().may(Permission.MANAGE_POLICY, tenant)) {
            return forbidden();
        }
        return storage.tenants().find(tenant).map(Result::ok).orElseGet(AccessService::tenantNotFound);
    }

    @Override
    public Result<TenantAccount> suspendTenant(Caller caller, TenantId tenant) {
        return changeStatus(caller, tenant, TenantStatus.SUSPENDED, "tenant.suspend");
    }

    @Override
    public Result<TenantAccount> reactivateTenant(Caller caller, TenantId tenant) {
        return changeStatus(caller, tenant, TenantStatus.ACTIVE, "tenant.reactivate");
    }

    private Result<TenantAccount> changeStatus(Caller caller, TenantId tenant, TenantStatus status, String action) {
        Objects.requireNonNull(tenant, "tenant");
        if (!isOperator(caller)) {
            return forbidden();
        }
        return update(caller, tenant, a -> a.withStatus(status), action);
    }

    @Override
    public Result<TenantAccount> changeAccessPolicy(Caller caller, TenantId tenant, AccessPolicy policy) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(policy, "policy");
        if (!caller.principal().may(Permission.MANAGE_POLICY, tenant)) {
            return forbidden();
        }
        return update(caller, tenant, a -> a.withPolicy(policy), "policy.change");
    }

    private Result<TenantAccount> update(Caller caller, TenantId tenant,
            UnaryOperator<TenantAccount> change, String action) {
        return storage.transactions().inTransaction(() -> {
            Optional<TenantAccount> found = storage.tenants().find(tenant);
            if (found.isEmpty()) {
                return tenantNotFound();
            }
            TenantAccount changed = change.apply(found.get());
            storage.tenants().update(changed);
            audit(caller, tenant, action, tenant.value());
            return Result.ok(changed);
        });
    }

    @Override
    public Result<IssuedKey> createKey(Caller caller, CreateKeyCommand command) {
        Objects.requireNonNull(command, "command");
        if (!mayManageKeys(caller, command.tenant())) {
            return forbidden();
        }
        Instant now = clock.instant();
        if (command.expiresAt().isPresent() && !command.expiresAt().get().isAfter(now)) {
            return Result.failure(ErrorCode.INVALID_DATA, "The expiry must be in the future.");
        }
        if (!command.allowedOrigins().isEmpty() && command.role() != Role.BOOKING_PAGE) {
            return Result.failure(ErrorCode.INVALID_DATA, "Only booking-page keys have allowed origins.");
        }
        return storage.transactions().inTransaction(() -> {
            if (storage.tenants().find(command.tenant()).isEmpty()) {
                return tenantNotFound();
            }
            try {
                return Result.ok(addKey(caller, command));
            } catch (IllegalArgumentException e) {
                return Result.failure(ErrorCode.INVALID_DATA, e.getMessage());
            }
        });
    }

    /** Stores a new key and its audit line; the caller holds the transaction. */
    private IssuedKey addKey(Caller caller, CreateKeyCommand command) {
        String secret = Secrets.newApiKey(command.role());
        ApiKey key = new ApiKey(ApiKeyId.of(Secrets.newKeyId()), command.tenant(), command.role(), command.label(),
                clock.instant(), Optional.empty(), command.expiresAt(), Optional.empty(), command.allowedOrigins(),
                Secrets.displayPrefix(secret, command.role()));
        if (!storage.apiKeys().add(key, Secrets.hash(secret))) {
            // 96 random bits of id and 256 of secret: a clash means the random source is broken
            throw new IllegalStateException("a freshly generated key id or secret is taken");
        }
        audit(caller, command.tenant(), "key.create", key.id().value());
        return new IssuedKey(key, secret);
    }

    @Override
    public Result<List<ApiKey>> listKeys(Caller caller, TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return mayManageKeys(caller, tenant) ? Result.ok(storage.apiKeys().list(tenant)) : forbidden();
    }

    @Override
    public Result<ApiKey> revokeKey(Caller caller, TenantId tenant, ApiKeyId key) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        if (!mayManageKeys(caller, tenant)) {
            return forbidden();
        }
        return storage.transactions().inTransaction(() -> {
            Optional<ApiKey> revoked = storage.apiKeys().revoke(tenant, key, clock.instant());
            if (revoked.isEmpty()) {
                return Result.failure(ErrorCode.NOT_FOUND, "The tenant has no key " + key.value() + ".");
            }
            audit(caller, tenant, "key.revoke", key.value());
            return Result.ok(revoked.get());
        });
    }

    @Override
    public Result<ApiKey> importKey(TenantId tenant, Role role, String label, String secret) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank() || secret.length() > KeyAuthentication.MAX_SECRET_LENGTH) {
            return Result.failure(ErrorCode.INVALID_DATA, "A configured key must be 1 to "
                    + KeyAuthentication.MAX_SECRET_LENGTH + " characters long.");
        }
        String hash = Secrets.hash(secret);
        return storage.transactions().inTransaction(() -> {
            if (storage.tenants().find(tenant).isEmpty()) {
                return tenantNotFound();
            }
            Optional<ApiKey> existing = storage.apiKeys().findByHash(hash);
            if (existing.isPresent()) {
                return existing.get().tenant().equals(tenant) ? Result.ok(existing.get())
                        : Result.failure(ErrorCode.INVALID_STATE, "The key is registered for another tenant.");
            }
            ApiKey key;
            try {
                key = new ApiKey(ApiKeyId.of(Secrets.newKeyId()), tenant, role, label, clock.instant(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), "(configured)");
            } catch (IllegalArgumentException e) {
                return Result.failure(ErrorCode.INVALID_DATA, e.getMessage());
            }
            storage.apiKeys().add(key, hash);
            return Result.ok(key);
        });
    }

    @Override
    public Authentication authenticate(String secret) {
        return keyAuthentication.authenticate(secret);
    }

    @Override
    public Authentication admit(TenantId tenant, Role role, Credential.Token token, String label) {
        return keyAuthentication.admit(tenant, role, token, label);
    }

    @Override
    public void record(Caller caller, TenantId tenant, String action, String target) {
        audit(caller, tenant, action, target);
    }

    @Override
    public void recordManageLink(TenantId tenant, String action, String target, String correlationId) {
        storage.audit().append(new AuditEntry(tenant, clock.instant(), MANAGE_LINK_ACTOR, Optional.empty(), action,
                target, correlationId));
    }

    @Override
    public Result<List<AuditEntry>> recentAudit(Caller caller, TenantId tenant, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        if (!caller.principal().may(Permission.READ_AUDIT, tenant)) {
            return forbidden();
        }
        if (limit < 1 || limit > MAX_AUDIT_ENTRIES) {
            return Result.failure(ErrorCode.INVALID_DATA, "The limit must be 1 to " + MAX_AUDIT_ENTRIES + ".");
        }
        return Result.ok(storage.audit().recent(tenant, limit));
    }

    @Override
    public IssuedManageToken issueManageToken(TenantId tenant, AppointmentId appointment, Instant appointmentEnd) {
        return manageTokens.issue(tenant, appointment, appointmentEnd);
    }

    @Override
    public ManageTokenLookup resolveManageToken(String token) {
        return manageTokens.resolve(token);
    }

    @Override
    public void appointmentMoved(TenantId tenant, AppointmentId appointment, Instant newEnd) {
        manageTokens.moved(tenant, appointment, newEnd);
    }

    @Override
    public int purgeExpiredManageTokens() {
        return manageTokens.purge();
    }

    private void audit(Caller caller, TenantId tenant, String action, String target) {
        Objects.requireNonNull(caller, "caller");
        storage.audit().append(AuditEntry.of(caller.principal(), tenant, clock.instant(), action, target,
                caller.correlationId()));
    }

    private static boolean isOperator(Caller caller) {
        return Objects.requireNonNull(caller, "caller").principal() instanceof Principal.Operator;
    }

    private static boolean mayManageKeys(Caller caller, TenantId tenant) {
        return isOperator(caller) || caller.principal().may(Permission.MANAGE_KEYS, tenant);
    }

    private static <T> Result<T> forbidden() {
        return Result.failure(ErrorCode.FORBIDDEN, "This key may not do that.");
    }

    private static <T> Result<T> tenantNotFound() {
        return Result.failure(ErrorCode.NOT_FOUND, "No such tenant.");
    }
}
