package dev.termin.booking.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColognePhoneticsTest {

    @Test
    void muellerLuedenscheidtGivesThePublishedRawCodeAndKey() {
        assertThat(ColognePhonetics.rawCode("Müller-Lüdenscheidt")).isEqualTo("60550750206880022");
        assertThat(ColognePhonetics.encode("Müller-Lüdenscheidt")).isEqualTo("65752682");
    }

    @ParameterizedTest
    @CsvSource({
        "Wikipedia, 3412",
        "Breschnew, 17863",
        "Meier, 67",
        "Mayer, 67",
        "Maier, 67",
        "Meyer, 67",
        "Schmidt, 862",
        "Schmitt, 862",
        "Phonetik, 3624",
        "Dschungel, 8645",
        "Carl, 475",
        "Celle, 85",
        "Xaver, 4837",
        "Axel, 0485",
        "Föhnfrisur, 363787",
        "Fönfrisur, 363787",
        "Ansatzfarbe, 0688371",
    })
    void theKeyFollowsThePublishedRules(String word, String key) {
        assertThat(ColognePhonetics.encode(word)).isEqualTo(key);
    }

    @Test
    void cAfterSOrZIsASibilantEvenBeforeAHardVowel() {
        assertThat(ColognePhonetics.rawCode("Sca")).isEqualTo("880");
        assertThat(ColognePhonetics.rawCode("Aca")).isEqualTo("040");
    }

    @Test
    void textWithoutLettersHasTheEmptyKey() {
        assertThat(ColognePhonetics.encode("")).isEmpty();
        assertThat(ColognePhonetics.encode(" - 42 ")).isEmpty();
    }

    @Test
    void spelledOutUmlautsAndEszettGiveTheSameKey() {
        assertThat(ColognePhonetics.encode("Mueller")).isEqualTo(ColognePhonetics.encode("Müller"));
        assertThat(ColognePhonetics.encode("Strasse")).isEqualTo(ColognePhonetics.encode("Straße"));
    }

    @Property
    void theKeyIsStableUnderCase(@ForAll @AlphaChars @StringLength(max = 24) String word) {
        assertThat(ColognePhonetics.encode(word.toUpperCase(Locale.ROOT)))
                .isEqualTo(ColognePhonetics.encode(word.toLowerCase(Locale.ROOT)));
    }

    @Property
    void blanksAndHyphensDoNotChangeTheKey(@ForAll @AlphaChars @StringLength(min = 2, max = 24) String word) {
        String split = word.substring(0, word.length() / 2) + " - " + word.substring(word.length() / 2);
        assertThat(ColognePhonetics.encode(split)).isEqualTo(ColognePhonetics.encode(word));
    }

    @Property
    void aKeyHasDigitsOnlyZeroOnlyInFrontAndAtMostTwoDigitsPerLetter(
            @ForAll @AlphaChars @StringLength(max = 24) String word) {
        String key = ColognePhonetics.encode(word);

        assertThat(key).matches("[0-8]*");
        assertThat(key.indexOf('0', 1)).isEqualTo(-1);
        assertThat(key.length()).isLessThanOrEqualTo(2 * word.length());
    }

    @Test
    void sameDigitsApartOnlyCollapseWhenNeighbours() {
        // the run collapse happens before the vowels go, so B-A-B keeps both Bs
        assertThat(ColognePhonetics.encode("Bab")).isEqualTo("11");
        assertThat(ColognePhonetics.encode("Bbb")).isEqualTo("1");
    }
}
