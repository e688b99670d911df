package dev.termin.booking.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Authentication;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.application.port.in.CreateTenantCommand;
import dev.termin.booking.application.port.in.CreatedTenant;
import dev.termin.booking.application.port.in.IssuedKey;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.domain.access.Role;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two server instances (two engines, each with its own store and connection pool) on one database: a key revoked
 * or a tenant suspended through one is refused by the other on its very next authentication, with no waiting,
 * because authentication reads through to the database.
 */
abstract class AbstractRevocationAcrossInstancesTest {

    private static final Caller OPERATOR = new Caller(new Principal.Operator("ops"), "corr-1");

    /** The database both instances share. */
    protected abstract JdbcConfig database();

    private JdbcStorage storeA;
    private JdbcStorage storeB;
    private AccessUseCase instanceA;
    private AccessUseCase instanceB;

    @BeforeEach
    void startTwoInstances() {
        JdbcConfig config = database().withPoolSize(4);
        storeA = JdbcStorage.create(config);
        storeB = JdbcStorage.create(config);
        instanceA = BookingEngine.builder().storage(storeA.storage()).accessStorage(storeA.accessStorage()).build()
                .access();
        instanceB = BookingEngine.builder().storage(storeB.storage()).accessStorage(storeB.accessStorage()).build()
                .access();
    }

    @AfterEach
    void stopInstances() {
        storeA.close();
        storeB.close();
    }

    private CreatedTenant newTenant() {
        String slug = "t-" + UUID.randomUUID();
        return instanceA.createTenant(OPERATOR, new CreateTenantCommand(slug, "Salon", ZoneId.of("Europe/Berlin")))
                .orElseThrow();
    }

    @Test
    void aKeyRevokedOnOneInstance_isRefusedByTheOther_onItsNextRequest() {
        CreatedTenant tenant = newTenant();
        Authentication owner = instanceB.authenticate(tenant.ownerKey().secret());
        Caller ownerCaller = new Caller(((Authentication.Accepted) owner).principal(), "corr-2");
        IssuedKey desk = instanceB.createKey(ownerCaller, CreateKeyCommand.of(tenant.account().id(), Role.DESK,
                "Front desk")).orElseThrow();
        assertThat(instanceB.authenticate(desk.secret())).isInstanceOf(Authentication.Accepted.class);

        instanceA.revokeKey(OPERATOR, tenant.account().id(), desk.key().id()).orElseThrow();

        assertThat(instanceB.authenticate(desk.secret())).isInstanceOf(Authentication.RevokedKey.class);
        assertThat(instanceB.authenticate(tenant.ownerKey().secret())).isInstanceOf(Authentication.Accepted.class);
    }

    @Test
    void aTenantSuspendedOnOneInstance_isRefusedByTheOther_onItsNextRequest() {
        CreatedTenant tenant = newTenant();
        assertThat(instanceB.authenticate(tenant.ownerKey().secret())).isInstanceOf(Authentication.Accepted.class);

        instanceA.suspendTenant(OPERATOR, tenant.account().id()).orElseThrow();

        assertThat(instanceB.authenticate(tenant.ownerKey().secret()))
                .isEqualTo(new Authentication.TenantSuspended(tenant.account().id()));
    }
}
