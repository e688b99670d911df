package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.termin.booking.domain.phone.NameMatcher.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NameMatcherTest {

    /** Stands in for a staff member or a service: a name plus spoken aliases. */
    record Named(String name, List<String> aliases) {
        static Named of(String name, String... aliases) {
            return new Named(name, List.of(aliases));
        }

        List<String> names() {
            return Stream.concat(Stream.of(name), aliases.stream()).toList();
        }
    }

    private static final Named MARIA = Named.of("Maria Schmidt");
    private static final Named EMMA = Named.of("Emma Weber", "Emmi");
    private static final Named JOERG = Named.of("Jörg Müller");
    private static final Named ZOE = Named.of("Zoë Renée Straße");
    private static final List<Named> STAFF = List.of(MARIA, EMMA, JOERG, ZOE);

    private static final Named HAARSCHNITT = Named.of("Haarschnitt", "Schnitt", "Haare schneiden");
    private static final Named ANSATZ = Named.of("Ansatzfärbung", "Ansatz");
    private static final Named STRAEHNEN = Named.of("Strähnen", "Highlights");
    private static final Named FOEHNEN = Named.of("Waschen, Föhnen & Legen");
    private static final List<Named> SERVICES = List.of(HAARSCHNITT, ANSATZ, STRAEHNEN, FOEHNEN);

    private static Match<Named> staff(String spoken) {
        return NameMatcher.match(spoken, STAFF, Named::names);
    }

    private static Match<Named> service(String spoken) {
        return NameMatcher.match(spoken, SERVICES, Named::names);
    }

    @Nested
    class Normalisation {

        @ParameterizedTest
        @ValueSource(strings = {"Maria Schmidt", "maria schmidt", "MARIA SCHMIDT", "  Maria   Schmidt ",
            "Maria-Schmidt", "Maria, Schmidt."})
        void givenCaseBlanksOrPunctuation_theNameStillMatches(String spoken) {
            assertThat(staff(spoken)).isEqualTo(new Match.Found<>(MARIA));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Jörg Müller", "Joerg Mueller", "JÖRG MÜLLER", "joerg müller"})
        void givenUmlautsOrTheirSpeltOutForm_theNameMatches(String spoken) {
            assertThat(staff(spoken)).isEqualTo(new Match.Found<>(JOERG));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ansatzfärbung", "Ansatzfaerbung", "ANSATZFÄRBUNG", "Ansatz-Färbung",
            "Ansatz Färbung"})
        void givenASplitOrUmlautSpelling_ansatzfaerbungMatches(String spoken) {
            assertThat(service(spoken)).isEqualTo(new Match.Found<>(ANSATZ));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Zoe Renee Strasse", "zoë renée straße", "Zoe Renee Straße"})
        void givenAccentsAndEszett_theNameMatches(String spoken) {
            assertThat(staff(spoken)).isEqualTo(new Match.Found<>(ZOE));
        }

        @Test
        void givenPunctuationInTheCandidateName_theWordsStillMatch() {
            assertThat(service("waschen föhnen und legen")).isEqualTo(new Match.NotFound<>());
            assertThat(service("Waschen Föhnen Legen")).isEqualTo(new Match.Found<>(FOEHNEN));
        }

        @Test
        void aDecomposedUmlautIsTheSameAsAComposedOne() {
            assertThat(staff("Jo\u0308rg Mu\u0308ller")).isEqualTo(new Match.Found<>(JOERG));
        }
    }

    @Nested
    class WholeWords {

        @Test
        void givenOnlyAFirstName_matchFindsMaria() {
            assertThat(staff("Maria")).isEqualTo(new Match.Found<>(MARIA));
        }

        @Test
        void givenOnlyALastName_matchFindsTheWholePerson() {
            assertThat(staff("Weber")).isEqualTo(new Match.Found<>(EMMA));
        }

        @Test
        void anAliasMatchesLikeTheName() {
            assertThat(staff("Emmi")).isEqualTo(new Match.Found<>(EMMA));
            assertThat(service("Highlights")).isEqualTo(new Match.Found<>(STRAEHNEN));
            assertThat(service("schneiden")).isEqualTo(new Match.Found<>(HAARSCHNITT));
        }

        @Test
        void partOfAWordIsNotAWholeWord() {
            assertThat(staff("Mar")).isEqualTo(new Match.NotFound<>());
        }
    }

    @Nested
    class Typos {

        @ParameterizedTest
        @ValueSource(strings = {"Mraia", "Marja", "Mariia", "Mari"})
        void givenTypoInName_matchStillFindsMaria(String spoken) {
            assertThat(staff(spoken)).isEqualTo(new Match.Found<>(MARIA));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Haarschnit", "Harschnit", "Haarschntit", "Hahrschnitt"})
        void givenUpToTwoTyposInALongWord_haarschnittMatches(String spoken) {
            assertThat(service(spoken)).isEqualTo(new Match.Found<>(HAARSCHNITT));
        }

        @Test
        void givenADroppedUmlaut_theNameStillMatches() {
            // "muller" is one letter away from "mueller"; "ansatzfarbung" one from "ansatzfaerbung".
            assertThat(staff("Muller")).isEqualTo(new Match.Found<>(JOERG));
            assertThat(service("Ansatzfarbung")).isEqualTo(new Match.Found<>(ANSATZ));
            assertThat(service("Strahnen")).isEqualTo(new Match.Found<>(STRAEHNEN));
        }

        @Test
        void aShortWordToleratesOnlyOneTypo() {
            // "ema" is one away from "emma", "eia" two.
            assertThat(staff("Ema")).isEqualTo(new Match.Found<>(EMMA));
            assertThat(staff("Eia")).isEqualTo(new Match.NotFound<>());
        }

        @Test
        void aLongWordToleratesNoMoreThanTwoTypos() {
            assertThat(service("Hrschnt")).isEqualTo(new Match.NotFound<>());
        }

        @Test
        void aTypoInAFullNameMatchesTheFullName() {
            assertThat(staff("Maria Schmitt")).isEqualTo(new Match.Found<>(MARIA));
        }
    }

    @Nested
    class Ranking {

        @Test
        void anExactMatchBeatsAWholeWordMatch() {
            Named maria = Named.of("Maria");
            List<Named> staff = List.of(MARIA, maria);

            assertThat(NameMatcher.match("Maria", staff, Named::names)).isEqualTo(new Match.Found<>(maria));
        }

        @Test
        void aWholeWordMatchBeatsATypoMatch() {
            Named marie = Named.of("Marie");
            List<Named> staff = List.of(marie, MARIA);

            assertThat(NameMatcher.match("Maria", staff, Named::names)).isEqualTo(new Match.Found<>(MARIA));
        }

        @Test
        void aCloserTypoBeatsAFartherOne() {
            Named emma = Named.of("Emma");
            Named emmi = Named.of("Emmi");
            List<Named> staff = List.of(emmi, emma);

            // "emmma" is one away from "emma" and two from "emmi".
            assertThat(NameMatcher.match("Emmma", staff, Named::names)).isEqualTo(new Match.Found<>(emma));
        }

        @Test
        void aCandidateCountsWithItsBestName() {
            Named schnitt = Named.of("Spitzen schneiden", "Schnitt");
            List<Named> services = List.of(schnitt, Named.of("Schnittlauch"));

            assertThat(NameMatcher.match("Schnitt", services, Named::names)).isEqualTo(new Match.Found<>(schnitt));
        }
    }

    @Nested
    class Ambiguity {

        @Test
        void givenTwoMarias_matchIsAmbiguousInCandidateOrder() {
            // given
            Named mariaMueller = Named.of("Maria Müller");
            List<Named> staff = List.of(MARIA, EMMA, mariaMueller);
            // when
            Match<Named> match = NameMatcher.match("Maria", staff, Named::names);
            // then
            assertThat(match).isEqualTo(new Match.Ambiguous<>(List.of(MARIA, mariaMueller)));
        }

        @Test
        void givenTwoEquallyCloseTypos_matchIsAmbiguous() {
            Named lea = Named.of("Lea");
            Named lina = Named.of("Lina");

            assertThat(NameMatcher.match("Lena", List.of(lea, lina), Named::names))
                    .isEqualTo(new Match.Ambiguous<>(List.of(lea, lina)));
        }

        @Test
        void givenAnAliasSharedByTwoServices_matchIsAmbiguous() {
            Named ansatzKurz = Named.of("Ansatzfärbung kurz", "Ansatz");
            Named ansatzLang = Named.of("Ansatzfärbung lang", "Ansatz");

            assertThat(NameMatcher.match("Ansatz", List.of(ansatzKurz, ansatzLang), Named::names))
                    .isEqualTo(new Match.Ambiguous<>(List.of(ansatzKurz, ansatzLang)));
        }

        @Test
        void theSameCandidateTwiceIsNotAnAmbiguity() {
            assertThat(NameMatcher.match("Maria", List.of(MARIA, MARIA), Named::names))
                    .isEqualTo(new Match.Found<>(MARIA));
        }

        @Test
        void anAmbiguityNeedsAtLeastTwoOptions() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Match.Ambiguous<>(List.of(MARIA)));
        }

        @Test
        void ambiguousOptionsCannotBeChangedAfterwards() {
            List<Named> options = new ArrayList<>(List.of(MARIA, EMMA));
            Match.Ambiguous<Named> match = new Match.Ambiguous<>(options);

            options.clear();

            assertThat(match.options()).containsExactly(MARIA, EMMA);
        }
    }

    @Nested
    class CourtesyWords {

        @ParameterizedTest
        @ValueSource(strings = {"bei Maria", "Frau Schmidt", "bei Frau Schmidt", "zu Maria bitte", "Maria gerne"})
        void givenCourtesyWordsAroundTheName_matchStillFindsMaria(String spoken) {
            assertThat(staff(spoken)).isEqualTo(new Match.Found<>(MARIA));
        }

        @Test
        void givenHerrAndATypo_matchStillFindsThePerson() {
            assertThat(staff("Herr Muller")).isEqualTo(new Match.Found<>(JOERG));
        }

        @Test
        void aNameThatStartsWithACourtesyWordMatchesAsAWhole() {
            Named salon = Named.of("Die Haarwerkstatt");

            assertThat(NameMatcher.match("die Haarwerkstatt", List.of(salon), Named::names))
                    .isEqualTo(new Match.Found<>(salon));
        }

        @Test
        void onlyCourtesyWordsMatchNothing() {
            assertThat(staff("bei Frau")).isEqualTo(new Match.NotFound<>());
        }
    }

    @Nested
    class NothingFound {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "?!", "-", "Dauerwelle", "Bart trimmen"})
        void givenBlankOrUnknown_matchFindsNothing(String spoken) {
            assertThat(service(spoken)).isEqualTo(new Match.NotFound<>());
        }

        @Test
        void givenNoCandidates_matchFindsNothing() {
            assertThat(NameMatcher.match("Maria", List.<Named>of(), Named::names)).isEqualTo(new Match.NotFound<>());
        }

        @Test
        void aCandidateWithoutUsableNamesIsNeverMatched() {
            Named nameless = new Named("–", List.of());

            assertThat(NameMatcher.match("-", List.of(nameless), Named::names)).isEqualTo(new Match.NotFound<>());
        }

        @Test
        void candidatesAndNamesOfAreRequired() {
            assertThatNullPointerException().isThrownBy(() -> NameMatcher.match("Maria", null, Named::names));
            assertThatNullPointerException().isThrownBy(() -> NameMatcher.<Named>match("Maria", STAFF, null));
        }
    }

    @Nested
    class Distance {

        @Test
        void eachEditCostsOne() {
            assertThat(NameMatcher.distance("maria", "maria")).isZero();
            assertThat(NameMatcher.distance("maria", "marie")).isEqualTo(1);
            assertThat(NameMatcher.distance("maria", "mari")).isEqualTo(1);
            assertThat(NameMatcher.distance("maria", "marias")).isEqualTo(1);
            assertThat(NameMatcher.distance("", "abc")).isEqualTo(3);
        }

        @Test
        void swappingTwoNeighbouringLettersCostsOne() {
            assertThat(NameMatcher.distance("maria", "mraia")).isEqualTo(1);
        }

        @Test
        void aSwappedPairIsNotEditedAgain() {
            // Optimal string alignment: true Damerau-Levenshtein would say 2 ("ca" → "ac" → "abc").
            assertThat(NameMatcher.distance("ca", "abc")).isEqualTo(3);
        }
    }

    @Property
    void distanceIsSymmetricAndZeroOnlyForEqualWords(@ForAll @AlphaChars @StringLength(max = 12) String a,
            @ForAll @AlphaChars @StringLength(max = 12) String b) {
        int distance = NameMatcher.distance(a, b);

        assertThat(distance).isEqualTo(NameMatcher.distance(b, a));
        assertThat(distance == 0).isEqualTo(a.equals(b));
        assertThat(distance).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    }

    @Property
    void everyCandidateIsFoundByItsOwnNameInAnyCase(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String name,
            @ForAll boolean upper) {
        Named candidate = Named.of(name);
        List<Named> candidates = List.of(MARIA, candidate, EMMA);
        String spoken = upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);

        Match<Named> match = NameMatcher.match(spoken, candidates, Named::names);

        // The random name may itself be "Maria" or "emma", which makes it a legitimate tie.
        if (match instanceof Match.Found<Named> found) {
            assertThat(found.value()).isEqualTo(candidate);
        } else {
            assertThat(match).isInstanceOf(Match.Ambiguous.class);
            assertThat(((Match.Ambiguous<Named>) match).options()).contains(candidate);
        }
    }

    @Property
    void anyInputGivesAMatchButNeverThrows(@ForAll String spoken) {
        assertThat(NameMatcher.match(spoken, SERVICES, Named::names)).isNotNull();
    }
}
