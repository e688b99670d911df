package dev.termin.booking.domain.phone;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The Kölner Phonetik (Cologne phonetics, Hans Joachim Postel, 1969): a phonetic key for German words, so that
 * names which sound alike ("Meier", "Mayer", "Maier") get the same key; stateless and thread-safe.
 *
 * <p>Each letter becomes a digit depending on its neighbours (vowels 0, B/P 1, D/T 2, F/V/W and PH 3, G/K/Q and
 * most C 4, X 48, L 5, M/N 6, R 7, S/Z and the remaining C 8; H nothing); then runs of the same digit collapse to
 * one and every 0 but a leading one is dropped. Umlauts count as vowels and ß as S, because the key is about
 * sound; other characters (blanks, hyphens, digits) are skipped. Case does not matter.
 */
public final class ColognePhonetics {

    private ColognePhonetics() {
    }

    /**
     * The phonetic key of {@code word}: "Wikipedia" is {@code 3412}, "Müller-Lüdenscheidt" {@code 65752682}.
     * Text without letters gives the empty key.
     */
    public static String encode(String word) {
        String raw = rawCode(word);
        StringBuilder key = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != previous && (c != '0' || key.length() == 0)) {
                key.append(c);
            }
            previous = c;
        }
        return key.toString();
    }

    /**
     * The digits before runs collapse and zeros go: "Müller-Lüdenscheidt" is {@code 60550750206880022}. Kept
     * apart from {@link #encode} because the published test vectors state this intermediate step.
     */
    static String rawCode(String word) {
        String letters = letters(word);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            char before = i == 0 ? 0 : letters.charAt(i - 1);
            char after = i + 1 < letters.length() ? letters.charAt(i + 1) : 0;
            code.append(code(c, before, after, i == 0));
        }
        return code.toString();
    }

    private static String code(char c, char before, char after, boolean first) {
        return switch (c) {
            case 'A', 'E', 'I', 'J', 'O', 'U', 'Y' -> "0";
            case 'H' -> "";
            case 'B' -> "1";
            case 'P' -> after == 'H' ? "3" : "1";
            case 'D', 'T' -> "CSZ".indexOf(after) >= 0 && after != 0 ? "8" : "2";
            case 'F', 'V', 'W' -> "3";
            case 'G', 'K', 'Q' -> "4";
            case 'C' -> c(before, after, first);
            case 'X' -> "CKQ".indexOf(before) >= 0 && before != 0 ? "8" : "48";
            case 'L' -> "5";
            case 'M', 'N' -> "6";
            case 'R' -> "7";
            case 'S', 'Z' -> "8";
            default -> "";
        };
    }

    private static String c(char before, char after, boolean first) {
        if (first) {
            return after != 0 && "AHKLOQRUX".indexOf(after) >= 0 ? "4" : "8";
        }
        boolean hard = after != 0 && "AHKOQUX".indexOf(after) >= 0;
        boolean afterSibilant = before == 'S' || before == 'Z';
        return hard && !afterSibilant ? "4" : "8";
    }

    /**
     * Upper-case letters only; an umlaut becomes its plain vowel (one vowel, not "ue", so that the raw code keeps
     * its published form), ß becomes S and other accents go.
     */
    private static String letters(String word) {
        String plain = Normalizer.normalize(Normalizer.normalize(word, Normalizer.Form.NFC)
                .replace("ß", "s").replace("ẞ", "S"), Normalizer.Form.NFD);
        StringBuilder s = new StringBuilder();
        for (char c : plain.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                s.append(c);
            }
        }
        return s.toString();
    }
}
