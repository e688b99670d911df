package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.termin.booking.domain.phone.NameMatcher.Resolution;
import dev.termin.booking.domain.phone.NameMatcher.Scored;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NameMatcher#resolve}: names as heard by speech-to-text, with a confidence and asking back. */
class NameResolutionTest {

    private static Resolution<List<String>> service(String spoken) {
        return NameMatcher.resolve(spoken, UtteranceCorpus.SERVICES, names -> names);
    }

    private static Resolution<List<String>> staff(String spoken) {
        return NameMatcher.resolve(spoken, UtteranceCorpus.STAFF, names -> names);
    }

    private static String resolvedName(Resolution<List<String>> resolution) {
        assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved<List<String>>) resolution).value().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "Ansatzfarbe, Ansatzfärbung",
        "Herrenschnitt, Herrenhaarschnitt",
        "Föhnfrisur, Waschen und Föhnen",
        "Strehnen, Strähnen",
        "Haarschnit, Haarschnitt",
    })
    void givenANameAsSpeechToTextHearsIt_theServiceIsTaken(String spoken, String service) {
        assertThat(resolvedName(service(spoken))).isEqualTo(service);
    }

    @Test
    void givenTheExactName_theConfidenceIsOne() {
        Resolution<List<String>> resolution = service("Ansatzfärbung");

        assertThat(((Resolution.Resolved<List<String>>) resolution).confidence()).isEqualTo(1.0);
    }

    @Test
    void givenASoundAlikeSurname_theStaffMemberIsTakenWithLessThanFullConfidence() {
        Resolution.Resolved<List<String>> resolved = (Resolution.Resolved<List<String>>) staff("Schmitt");

        assertThat(resolved.value().get(0)).isEqualTo("Maria Schmidt");
        assertThat(resolved.confidence()).isGreaterThanOrEqualTo(NameMatcher.ACCEPT).isLessThan(1.0);
    }

    @Test
    void givenANameBetweenTwo_theTwoClosestAreAskedBackClosestFirst() {
        Resolution<List<String>> resolution = service("Färbung");

        assertThat(resolution).isInstanceOf(Resolution.AskBack.class);
        List<Scored<List<String>>> closest = ((Resolution.AskBack<List<String>>) resolution).closest();
        assertThat(closest).extracting(s -> s.value().get(0)).containsExactly("Komplettfärbung", "Ansatzfärbung");
        assertThat(closest.get(0).confidence()).isGreaterThanOrEqualTo(closest.get(1).confidence());
        assertThat(GermanPhrases.askBack(closest.stream().map(s -> s.value().get(0)).toList()))
                .isEqualTo("Meinten Sie Komplettfärbung oder Ansatzfärbung?");
    }

    @Test
    void givenOneCandidateNotCloseEnough_itAloneIsAskedBack() {
        Resolution<String> resolution = NameMatcher.resolve("Balayasch", List.of("Balayage"), List::of);

        assertThat(resolution).isInstanceOf(Resolution.AskBack.class);
        assertThat(((Resolution.AskBack<String>) resolution).closest()).extracting(Scored::value)
                .containsExactly("Balayage");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Pediküre", "bitte", "  ", "Thomas"})
    void givenNothingClose_theNameIsUnknown(String spoken) {
        assertThat(service(spoken)).isEqualTo(new Resolution.Unknown<>());
    }

    @Test
    void givenCourtesyWordsThatAreAlsoPartOfAName_theWholeNameWinsFirst() {
        assertThat(resolvedName(service("Herrn Schnitt"))).isEqualTo("Herrenhaarschnitt");
        assertThat(resolvedName(staff("bei Maria bitte"))).isEqualTo("Maria Schmidt");
    }

    @Test
    void confidencesOutsideZeroToOneAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Scored<>("x", 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Resolution.Resolved<>("x", -0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Resolution.AskBack<String>(List.of()));
    }

    @Property
    void everyCatalogueNameResolvesToItsOwnEntryWithFullConfidence(@ForAll("catalogueNames") String name) {
        Resolution<List<String>> resolution = service(name);

        assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
        Resolution.Resolved<List<String>> resolved = (Resolution.Resolved<List<String>>) resolution;
        assertThat(resolved.value()).contains(name);
        assertThat(resolved.confidence()).isEqualTo(1.0);
    }

    @Property
    void resolvingIsStableUnderCase(@ForAll("spokenNames") String spoken) {
        assertThat(service(spoken.toUpperCase(Locale.ROOT))).isEqualTo(service(spoken.toLowerCase(Locale.ROOT)));
    }

    @Property
    void everyConfidenceLiesBetweenZeroAndOne(@ForAll("spokenNames") String spoken) {
        Resolution<List<String>> resolution = service(spoken);
        if (resolution instanceof Resolution.Resolved<List<String>> r) {
            assertThat(r.confidence()).isBetween(NameMatcher.ACCEPT, 1.0);
        } else if (resolution instanceof Resolution.AskBack<List<String>> a) {
            assertThat(a.closest()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
            assertThat(a.closest().get(0).confidence()).isGreaterThanOrEqualTo(NameMatcher.FLOOR);
        }
    }

    @Provide
    Arbitrary<String> catalogueNames() {
        return Arbitraries.of(UtteranceCorpus.SERVICES.stream().flatMap(List::stream).toList());
    }

    @Provide
    Arbitrary<String> spokenNames() {
        return Arbitraries.oneOf(catalogueNames(), Arbitraries.strings().withCharRange('a', 'z')
                .withChars('ä', 'ö', 'ü', ' ').ofMinLength(1).ofMaxLength(16));
    }
}
