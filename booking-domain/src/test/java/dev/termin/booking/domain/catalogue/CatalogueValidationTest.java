package dev.termin.booking.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueValidationTest {

    static final TenantId T = TenantId.of("t");

    @Test
    void aCompositeServiceLastsTheSumOfItsStepsAndListsItsWorkSegments() {
        CompositeDefinition colour = new CompositeDefinition(List.of(WorkSegment.of("a", "Farbe", 30), Pause.of(45),
                WorkSegment.of("b", "Waschen", 15), WorkSegment.of("c", "Schnitt", 30), Pause.of(15),
                WorkSegment.of("d", "Föhnen", 30)), PausePolicy.FREE);
        Service s = Service.composite(ServiceId.of("colour"), T, "Ansatzfärbung", colour, Money.euros(80));
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(165));
        assertThat(s.segments()).extracting(WorkSegment::key).containsExactly("a", "b", "c", "d");
        assertThat(s.isComposite()).isTrue();
    }

    @Test
    void aCompositeMustStartAndEndWithWorkAndNeverHaveTwoPausesInARow() {
        assertThatThrownBy(() -> new CompositeDefinition(List.of(Pause.of(10), WorkSegment.of("a", "A", 10)),
                PausePolicy.FREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompositeDefinition(List.of(WorkSegment.of("a", "A", 10), Pause.of(10),
                Pause.of(10), WorkSegment.of("b", "B", 10)), PausePolicy.FREE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompositeDefinition(List.of(WorkSegment.of("a", "A", 10),
                WorkSegment.of("a", "A again", 10)), PausePolicy.FREE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlainServiceHasTheBriefsDefaultBufferAndAGridThatDividesTheDay() {
        Service cut = Service.plain(ServiceId.of("cut"), T, "Haarschnitt", 30, Money.euros(35));
        assertThat(cut.bufferAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(cut.segments()).singleElement().extracting(WorkSegment::key).isEqualTo("main");
        assertThatThrownBy(() -> cut.withSlotInterval(Duration.ofMinutes(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Service.plain(ServiceId.of("x"), T, "X", 0, Money.euros(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAndNamesRejectWhatCannotBeStoredSafely() {
        assertThatThrownBy(() -> StaffId.of("maria; drop")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Company(T, "bad\u0000name", dev.termin.booking.domain.policy.BookingPolicy.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PausePolicy.fromCode(" Flexible ")).isEqualTo(PausePolicy.FLEXIBLE);
    }
}
