package dev.termin.booking.domain.phone;

import java.util.List;

/**
 * How sure we are that a spoken name means a given name, from 0 (not at all) to 1 (said exactly); the scoring
 * behind {@link NameMatcher#resolve}. Stateless and thread-safe.
 *
 * <p>Both are {@link NameMatcher#words normalised}. The score is the best of:
 * <ul>
 *   <li>1.0 if they are equal, blanks aside ("Ansatz Färbung");</li>
 *   <li>0.95 if the name contains what was said as whole words ("Maria" in "Maria Schmidt");</li>
 *   <li>0.9 if both have the same stem: umlauts dropped and one German ending ({@code -ung}, {@code -en},
 *       {@code -e}, {@code -n}, {@code -s}) cut ("Ansatzfarbe" and "Ansatzfärbung" are both "ansatzfarb");</li>
 *   <li>0.9 if both have the same {@link ColognePhonetics Kölner Phonetik} key ("Föhnfrisur", "Fönfrisur"), else
 *       0.9 × (1 − edit distance of the keys ÷ the longer key's length); only if the letters score (next) is at
 *       least 0.5, because the key ignores vowels and short names would collide ("Marie", "Meier");</li>
 *   <li>1 − Damerau-Levenshtein distance ÷ the longer length, on the letters.</li>
 * </ul>
 * The last three are also tried against every run of the name's words ("Schmitt" against "Schmidt" in "Maria
 * Schmidt"); a run that is not the whole name scores 5 % less, because the rest of the name was not said.
 */
final class NameSimilarity {

    static final double EXACT = 1.0;
    static final double WHOLE_WORDS = 0.95;
    static final double SAME_STEM_OR_SOUND = 0.9;
    static final double PART_OF_NAME = 0.95;
    /**
     * The phonetic key ignores vowels, so short names with different letters share keys ("Marie", "Meier"); sound
     * counts only for names that are at least this similar in letters too.
     */
    static final double SOUND_NEEDS_LETTERS = 0.5;
    private static final int SHORTEST_STEM = 4;
    private static final List<String> ENDINGS = List.of("ungen", "ung", "en", "e", "n", "s");

    private NameSimilarity() {
    }

    /** The confidence that {@code spoken} means {@code name}, both as normalised words. */
    static double confidence(List<String> spoken, List<String> name) {
        if (spoken.isEmpty() || name.isEmpty()) {
            return 0;
        }
        String said = String.join("", spoken);
        if (said.equals(String.join("", name))) {
            return EXACT;
        }
        if (java.util.Collections.indexOfSubList(name, spoken) >= 0) {
            return WHOLE_WORDS;
        }
        double best = 0;
        for (int from = 0; from < name.size(); from++) {
            for (int to = from + 1; to <= name.size(); to++) {
                double run = similarity(said, String.join("", name.subList(from, to)));
                best = Math.max(best, from == 0 && to == name.size() ? run : run * PART_OF_NAME);
            }
        }
        return best;
    }

    private static double similarity(String said, String name) {
        double letters = 1.0 - (double) NameMatcher.distance(said, name) / Math.max(said.length(), name.length());
        String saidStem = stem(said);
        double stem = saidStem.length() >= SHORTEST_STEM && saidStem.equals(stem(name)) ? SAME_STEM_OR_SOUND : 0;
        String saidKey = ColognePhonetics.encode(said);
        String nameKey = ColognePhonetics.encode(name);
        if (letters < SOUND_NEEDS_LETTERS || saidKey.isEmpty() || nameKey.isEmpty()) {
            return Math.max(letters, stem);
        }
        double sound = SAME_STEM_OR_SOUND
                * (1.0 - (double) NameMatcher.distance(saidKey, nameKey) / Math.max(saidKey.length(), nameKey.length()));
        return Math.max(letters, Math.max(stem, sound));
    }

    /** Umlauts dropped ("ae" → "a") and one German ending cut. */
    static String stem(String word) {
        String plain = word.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        for (String ending : ENDINGS) {
            if (plain.endsWith(ending) && plain.length() - ending.length() >= SHORTEST_STEM) {
                return plain.substring(0, plain.length() - ending.length());
            }
        }
        return plain;
    }
}
