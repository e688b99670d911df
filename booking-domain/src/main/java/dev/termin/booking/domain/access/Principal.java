package dev.termin.booking.domain.access;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, once authenticated: a {@link Member} of one tenant with a role, or the server {@link Operator}.
 * Customers with a manage link are not principals; they reach one appointment through a {@link ManageGrant}.
 */
public sealed interface Principal permits Principal.Member, Principal.Operator {

    /** Whether this principal may do {@code permission} on {@code tenant}'s data. */
    boolean may(Permission permission, TenantId tenant);

    Credential credential();

    /** A human label (the key's label or the token's name claim) for the audit log and the key listing. */
    String label();

    /** The role of a member; empty for the operator. */
    Optional<Role> memberRole();

    /**
     * A member of {@code tenant} acting in {@code role} under the tenant's {@code policy} (which decides whether the
     * desk may override deadlines).
     */
    record Member(TenantId tenant, Role role, AccessPolicy policy, Credential credential, String label)
            implements Principal {
        public Member {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(credential, "credential");
            if (credential instanceof Credential.OperatorKey) {
                throw new IllegalArgumentException("a tenant member cannot use the operator key");
            }
            label = Checks.text(label, "label", 1, 200);
        }

        /** Only on its own tenant, and only what {@link RolePermissions} grants the role. */
        @Override
        public boolean may(Permission permission, TenantId onTenant) {
            Objects.requireNonNull(onTenant, "tenant");
            return tenant.equals(onTenant) && RolePermissions.allows(role, permission, policy);
        }

        @Override
        public Optional<Role> memberRole() {
            return Optional.of(role);
        }
    }

    /** The server operator: manages tenants, and nothing inside them. */
    record Operator(String label) implements Principal {
        public Operator {
            label = Checks.text(label, "label", 1, 200);
        }

        @Override
        public boolean may(Permission permission, TenantId tenant) {
            Objects.requireNonNull(tenant, "tenant");
            return permission == Permission.MANAGE_TENANTS;
        }

        @Override
        public Credential credential() {
            return new Credential.OperatorKey();
        }

        @Override
        public Optional<Role> memberRole() {
            return Optional.empty();
        }
    }
}
