package dev.termin.booking.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RolePermissionsTest {

    private static final AccessPolicy DESK_OVERRIDES = new AccessPolicy(true);

    @Test
    void theOwner_holdsEverythingButTenantManagement() {
        assertThat(RolePermissions.of(Role.OWNER, AccessPolicy.DEFAULTS))
                .contains(Permission.MANAGE_KEYS, Permission.DELETE_CATALOGUE, Permission.OVERRIDE_DEADLINES,
                        Permission.READ_AUDIT, Permission.EXPORT_ERASE_CUSTOMER)
                .doesNotContain(Permission.MANAGE_TENANTS)
                .hasSize(Permission.values().length - 1);
    }

    @Test
    void noRole_holdsTenantManagement() {
        for (Role role : Role.values()) {
            assertThat(RolePermissions.allows(role, Permission.MANAGE_TENANTS, DESK_OVERRIDES)).as(role.code())
                    .isFalse();
        }
    }

    @Test
    void theDesk_overridesDeadlinesOnlyWhereThePolicyAllows() {
        assertThat(RolePermissions.allows(Role.DESK, Permission.OVERRIDE_DEADLINES, AccessPolicy.DEFAULTS)).isFalse();
        assertThat(RolePermissions.allows(Role.DESK, Permission.OVERRIDE_DEADLINES, DESK_OVERRIDES)).isTrue();
        assertThat(RolePermissions.allows(Role.ASSISTANT, Permission.OVERRIDE_DEADLINES, DESK_OVERRIDES)).isFalse();
    }

    @Test
    void aBookingPageKey_neverSeesListsContactDetailsOrKeys() {
        assertThat(RolePermissions.of(Role.BOOKING_PAGE, DESK_OVERRIDES)).containsExactlyInAnyOrder(
                Permission.READ_CATALOGUE_PUBLIC, Permission.READ_AVAILABILITY, Permission.HOLD, Permission.BOOK,
                Permission.JOIN_WAITLIST);
    }

    @Test
    void theAssistant_reachesOnlyTheCallersAppointments() {
        assertThat(RolePermissions.of(Role.ASSISTANT, AccessPolicy.DEFAULTS))
                .contains(Permission.PHONE, Permission.OWN_APPOINTMENTS_BY_PHONE, Permission.BOOK)
                .doesNotContain(Permission.READ_APPOINTMENTS, Permission.READ_CONTACT_DETAILS,
                        Permission.CHANGE_APPOINTMENTS, Permission.WAITLIST);
    }

    @Test
    void theViewer_readsWithoutContactDetailsAndWritesNothing() {
        assertThat(RolePermissions.of(Role.VIEWER, AccessPolicy.DEFAULTS))
                .contains(Permission.READ_APPOINTMENTS, Permission.READ_SYNC_HEALTH, Permission.READ_METRICS)
                .doesNotContain(Permission.READ_CONTACT_DETAILS, Permission.BOOK, Permission.HOLD,
                        Permission.CHANGE_APPOINTMENTS, Permission.MANAGE_CATALOGUE);
    }

    @Test
    void aMember_mayActOnlyOnItsOwnTenant_andTheOperatorOnlyManagesTenants() {
        TenantId mine = TenantId.of("mine");
        Principal owner = new Principal.Member(mine, Role.OWNER, AccessPolicy.DEFAULTS,
                new Credential.Key(ApiKeyId.of("key_1")), "Owner");
        Principal operator = new Principal.Operator("ops");

        assertThat(owner.may(Permission.MANAGE_KEYS, mine)).isTrue();
        assertThat(owner.may(Permission.READ_CATALOGUE_PUBLIC, TenantId.of("other"))).isFalse();
        assertThat(operator.may(Permission.MANAGE_TENANTS, mine)).isTrue();
        assertThat(operator.may(Permission.READ_APPOINTMENTS, mine)).isFalse();
        assertThat(operator.credential().actor()).isEqualTo("operator");
    }

    @Test
    void roles_parseFromTheirCodes_caseInsensitively() {
        assertThat(Arrays.stream(Role.values()).map(r -> Role.parse(r.code().toUpperCase()).orElseThrow()))
                .containsExactly(Role.values());
        assertThat(Role.parse("booking_page")).contains(Role.BOOKING_PAGE);
        assertThat(Role.parse("admin")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
    }
}
