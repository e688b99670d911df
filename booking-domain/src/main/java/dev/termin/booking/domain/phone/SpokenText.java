package dev.termin.booking.domain.phone;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a free-text wish into one spelling before it is parsed: folded ({@link GermanText#fold}), punctuation
 * that carries no date or time gone, compounds split ("Dienstagnachmittag"), a few dialect and speech-to-text
 * forms replaced, and numbers said in words written as digits ("vierzehn Uhr dreißig" → {@code 14 uhr 30},
 * "am dritten Dezember" → {@code 3. dezember}). Stateless and thread-safe.
 */
final class SpokenText {

    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("null", 0), Map.entry("eins", 1), Map.entry("zwei", 2), Map.entry("zwo", 2),
            Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fuenf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10),
            Map.entry("elf", 11), Map.entry("zwoelf", 12), Map.entry("dreizehn", 13), Map.entry("vierzehn", 14),
            Map.entry("fuenfzehn", 15), Map.entry("sechzehn", 16), Map.entry("siebzehn", 17),
            Map.entry("achtzehn", 18), Map.entry("neunzehn", 19), Map.entry("zwanzig", 20),
            Map.entry("dreissig", 30), Map.entry("vierzig", 40), Map.entry("fuenfzig", 50));

    /** Ordinal stems below twenty; from twenty on an ordinal is the cardinal plus "st" ("zwanzigsten"). */
    private static final Map<String, Integer> ORDINAL_STEMS = Map.ofEntries(
            Map.entry("erst", 1), Map.entry("zweit", 2), Map.entry("dritt", 3), Map.entry("viert", 4),
            Map.entry("fuenft", 5), Map.entry("sechst", 6), Map.entry("siebt", 7), Map.entry("siebent", 7),
            Map.entry("acht", 8), Map.entry("neunt", 9), Map.entry("zehnt", 10), Map.entry("elft", 11),
            Map.entry("zwoelft", 12), Map.entry("dreizehnt", 13), Map.entry("vierzehnt", 14),
            Map.entry("fuenfzehnt", 15), Map.entry("sechzehnt", 16), Map.entry("siebzehnt", 17),
            Map.entry("achtzehnt", 18), Map.entry("neunzehnt", 19));

    /**
     * Regional and speech-to-text forms heard on the phone: Bavarian "heit", "moang", "hoib", "zwoa"; Swabian
     * "Nammittag"; Southern German hours with a trailing e ("um viere"); "-tach" for "-tag" (Rhineland, Berlin).
     */
    private static final Map<String, String> DIALECT = Map.ofEntries(
            Map.entry("heit", "heute"), Map.entry("heut", "heute"), Map.entry("moang", "morgen"),
            Map.entry("morgn", "morgen"), Map.entry("hoib", "halb"), Map.entry("hoibe", "halb"),
            Map.entry("zwoa", "zwei"), Map.entry("viertl", "viertel"), Map.entry("dreiviertl", "dreiviertel"),
            Map.entry("nammittag", "nachmittag"), Map.entry("nammittags", "nachmittags"),
            Map.entry("namittag", "nachmittag"), Map.entry("nomittag", "nachmittag"),
            Map.entry("zweie", "zwei"), Map.entry("dreie", "drei"), Map.entry("viere", "vier"),
            Map.entry("fuenfe", "fuenf"), Map.entry("sechse", "sechs"), Map.entry("siebene", "sieben"),
            Map.entry("neune", "neun"), Map.entry("zehne", "zehn"), Map.entry("elfe", "elf"),
            Map.entry("zwoelfe", "zwoelf"), Map.entry("obends", "abends"), Map.entry("omds", "abends"));

    private static final List<String> ORDINAL_ENDINGS = List.of("en", "er", "es", "e");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern COMPOUND_CARDINAL =
            Pattern.compile("(ein|zwei|drei|vier|fuenf|sechs|sieben|acht|neun)und(zwanzig|dreissig|vierzig|fuenfzig)");
    private static final Pattern DAY_COMPOUND = Pattern.compile(
            "\\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen)"
                    + "(frueh|vormittag|mittag|nachmittag|abend|morgen)(s?)\\b");

    private SpokenText() {
    }

    /** The normalised form of {@code text}; see the class description. */
    static String normalise(String text) {
        String s = GermanText.fold(text)
                .replaceAll("[,;!?\"'()\\-/]", " ")
                .replaceAll("(?<=[a-z])\\.", " ")
                .replaceAll("\\.(?=[a-z])", ". ")
                .replaceAll("\\s+", " ")
                .strip();
        s = s.replaceAll("\\bdrei viertel\\b", "dreiviertel").replaceAll("\\bein uhr\\b", "eins uhr");
        s = words(s);
        s = DAY_COMPOUND.matcher(s).replaceAll("$1 $2$3");
        return s.replaceAll("([a-z])tach\\b", "$1tag");
    }

    private static String words(String s) {
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String word(String w) {
        String word = DIALECT.getOrDefault(w, w);
        Integer cardinal = cardinal(word);
        if (cardinal != null) {
            return cardinal.toString();
        }
        Integer ordinal = ordinal(word);
        return ordinal == null ? word : ordinal + ".";
    }

    private static Integer cardinal(String word) {
        Integer simple = CARDINALS.get(word);
        if (simple != null) {
            return simple;
        }
        Matcher m = COMPOUND_CARDINAL.matcher(word);
        if (m.matches()) {
            int unit = "ein".equals(m.group(1)) ? 1 : CARDINALS.get(m.group(1));
            return CARDINALS.get(m.group(2)) + unit;
        }
        return null;
    }

    /** "dritten" → 3, "einunddreissigsten" → 31; "acht" without an ending is the cardinal and never gets here. */
    private static Integer ordinal(String word) {
        for (String ending : ORDINAL_ENDINGS) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                Integer small = ORDINAL_STEMS.get(stem);
                if (small != null) {
                    return small;
                }
                Integer big = stem.endsWith("st") ? cardinal(stem.substring(0, stem.length() - 2)) : null;
                if (big != null && big >= 20) {
                    return big;
                }
            }
        }
        return null;
    }
}
