package dev.termin.booking.domain.phone;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by the parsers and the name matcher. Stateless and thread-safe. */
final class GermanText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private GermanText() {
    }

    /**
     * Lower case with umlauts spelt out ({@code ü → ue}, {@code ß → ss}), other accents stripped and blanks
     * collapsed. Umlauts are spelt out rather than stripped because that is how Germans write them without the
     * keys, so "Mueller" and "Müller" meet; a dropped umlaut ("Muller") is left to typo tolerance.
     */
    static String fold(String text) {
        // NFC first so that a decomposed "u + ¨" is recognised as an umlaut.
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return BLANKS.matcher(s).replaceAll(" ").strip();
    }
}
