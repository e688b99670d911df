package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.calcom.SegmentEventType;
import dev.termin.booking.adapter.inmemory.InMemoryMirroredEventTypeRepository;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.TenantId;
import org.junit.jupiter.api.Test;

/** The Cal.com adapter's segment event-type mapping round-trips through the engine's repository. */
class StoredSegmentEventTypesTest {

    @Test
    void whatThe_adapterPuts_itFindsListsAndRemoves_withEveryField() {
        var repository = new InMemoryMirroredEventTypeRepository();
        var store = new StoredSegmentEventTypes(repository);
        TenantId acme = TenantId.of("acme");
        SegmentEventType a = new SegmentEventType(BranchId.of("mitte"), ServiceId.of("colour"), "a",
                "acme-mitte-colour-a", 5001, "Farbe auftragen", 30, true);

        store.put(acme, a);

        assertThat(store.find(acme, a.slug())).contains(a);
        assertThat(store.list(acme)).containsExactly(a);
        assertThat(repository.list(acme)).singleElement().satisfies(m -> assertThat(m.eventTypeId()).isEqualTo(5001));
        store.remove(acme, a.slug());
        assertThat(store.list(acme)).isEmpty();
    }
}
