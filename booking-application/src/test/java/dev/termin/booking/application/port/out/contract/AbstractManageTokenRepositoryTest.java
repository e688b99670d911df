package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.AccessFixtures.randomHash;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.AccessStorage;
import dev.termin.booking.application.port.out.ManageTokenRepository;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link ManageTokenRepository}: add and find by hash, unique hashes, extend per appointment, purge. */
public abstract class AbstractManageTokenRepositoryTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract AccessStorage storage();

    private ManageTokenRepository tokens;
    private TenantId tenant;
    private AppointmentId appointment;
    private Instant end;

    @BeforeEach
    void setUpRepository() {
        tokens = storage().manageTokens();
        tenant = randomTenant();
        appointment = AppointmentId.of(randomId("a"));
        end = now().plus(Duration.ofDays(3));
    }

    @Test
    void anAddedGrant_isFoundByItsHash_andAHashIsUnique() {
        ManageGrant grant = ManageGrant.until(tenant, appointment, end);
        String hash = randomHash();

        assertThat(tokens.add(hash, grant)).isTrue();
        assertThat(tokens.add(hash, ManageGrant.until(randomTenant(), appointment, end))).isFalse();

        assertThat(tokens.find(hash)).contains(grant);
        assertThat(tokens.find(randomHash())).isEmpty();
    }

    @Test
    void extend_movesTheExpiryOfEveryTokenOfTheAppointment_andNoOther() {
        String one = randomHash();
        String two = randomHash();
        String otherTenants = randomHash();
        TenantId other = randomTenant();
        tokens.add(one, ManageGrant.until(tenant, appointment, end));
        tokens.add(two, ManageGrant.until(tenant, appointment, end));
        tokens.add(otherTenants, ManageGrant.until(other, appointment, end));
        Instant later = end.plus(Duration.ofDays(1));

        assertThat(tokens.extend(tenant, appointment, later)).isEqualTo(2);

        assertThat(tokens.find(one)).contains(ManageGrant.until(tenant, appointment, later));
        assertThat(tokens.find(two)).contains(ManageGrant.until(tenant, appointment, later));
        assertThat(tokens.find(otherTenants)).contains(ManageGrant.until(other, appointment, end));
    }

    @Test
    void purgeExpired_deletesGrantsThatEndedBeforeNow_andKeepsTheRest() {
        String ended = randomHash();
        String live = randomHash();
        tokens.add(ended, ManageGrant.until(tenant, appointment, end));
        tokens.add(live, ManageGrant.until(tenant, AppointmentId.of(randomId("a")), end.plus(Duration.ofDays(1))));

        assertThat(tokens.purgeExpired(end.plusSeconds(1))).isGreaterThanOrEqualTo(1);

        assertThat(tokens.find(ended)).isEmpty();
        assertThat(tokens.find(live)).isPresent();
    }
}
