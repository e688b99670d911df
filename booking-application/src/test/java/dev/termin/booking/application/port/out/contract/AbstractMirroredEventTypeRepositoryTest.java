package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.MirroredEventType;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link MirroredEventTypeRepository}: per tenant and slug, ordered by slug, replaceable, removable. */
public abstract class AbstractMirroredEventTypeRepositoryTest {

    /** The repository under test; may return the same shared instance every time. */
    protected abstract MirroredEventTypeRepository repository();

    private MirroredEventTypeRepository repository;
    private TenantId tenant;

    @BeforeEach
    void setUp() {
        repository = repository();
        tenant = ContractFixtures.randomTenant();
    }

    private static MirroredEventType type(String segment, long id, String title) {
        return new MirroredEventType(BranchId.of("mitte"), ServiceId.of("colour"), segment,
                "acme-mitte-colour-" + segment, id, title, 30, true);
    }

    @Test
    void entries_areFoundBySlug_andListedInSlugOrder_perTenant() {
        // given
        MirroredEventType b = type("b", 5002, "Waschen");
        MirroredEventType a = type("a", 5001, "Farbe auftragen – Ä");

        // when
        repository.put(tenant, b);
        repository.put(tenant, a);

        // then
        assertThat(repository.find(tenant, a.slug())).contains(a);
        assertThat(repository.list(tenant)).containsExactly(a, b);
        assertThat(repository.list(ContractFixtures.randomTenant())).isEmpty();
    }

    @Test
    void puttingTheSameSlug_replacesTheEntry_andRemovingForgetsIt() {
        // given
        repository.put(tenant, type("a", 5001, "Farbe"));

        // when
        MirroredEventType changed = type("a", 5009, "Farbe neu");
        repository.put(tenant, changed);

        // then
        assertThat(repository.list(tenant)).containsExactly(changed);
        repository.remove(tenant, changed.slug());
        assertThat(repository.find(tenant, changed.slug())).isEmpty();
        repository.remove(tenant, changed.slug());
    }
}
