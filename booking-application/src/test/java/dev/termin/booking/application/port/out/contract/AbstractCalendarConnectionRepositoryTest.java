package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.SealedSecret;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link CalendarConnectionRepository}: one connection per tenant, replaced by a save, removable. */
public abstract class AbstractCalendarConnectionRepositoryTest {

    private static final Instant T0 = Instant.parse("2031-04-16T08:00:00Z");

    /** The repository under test; may return the same shared instance every time. */
    protected abstract CalendarConnectionRepository repository();

    private CalendarConnectionRepository repository;
    private TenantId tenant;

    @BeforeEach
    void setUp() {
        repository = repository();
        tenant = ContractFixtures.randomTenant();
    }

    private CalendarConnection connection(String keyId, Optional<String> username) {
        return new CalendarConnection(tenant, "https://api.cal.com", new SealedSecret(keyId, "c2VhbGVk+/="),
                new SealedSecret(keyId, "d2ViaG9vaw=="), "staff:maria=101@maria;service:cut=300", username, T0);
    }

    @Test
    void aSavedConnection_isFoundWithEveryField_andListed() {
        // given
        CalendarConnection c = connection("k1", Optional.of("salon"));

        // when
        repository.save(c);

        // then
        assertThat(repository.find(tenant)).contains(c);
        assertThat(repository.all()).contains(c);
        assertThat(repository.find(ContractFixtures.randomTenant())).isEmpty();
    }

    @Test
    void savingAgain_replacesTheConnection() {
        // given
        repository.save(connection("k1", Optional.of("salon")));

        // when
        CalendarConnection rotated = connection("k2", Optional.empty());
        repository.save(rotated);

        // then
        assertThat(repository.find(tenant)).contains(rotated);
        assertThat(repository.all().stream().filter(x -> x.tenant().equals(tenant))).hasSize(1);
    }

    @Test
    void aDeletedConnection_isGone_andDeletingAgainSaysSo() {
        // given
        repository.save(connection("k1", Optional.empty()));

        // when / then
        assertThat(repository.delete(tenant)).isTrue();
        assertThat(repository.find(tenant)).isEmpty();
        assertThat(repository.delete(tenant)).isFalse();
    }
}
