package dev.termin.booking.domain.phone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the candidate (a service, a staff member …) whose name or alias the caller said, tolerating case,
 * umlaut spelling, accents, punctuation and small speech-to-text typos; stateless and thread-safe.
 *
 * <p>Both sides are normalised: lower case, {@code ä → ae}, {@code ö → oe}, {@code ü → ue}, {@code ß → ss},
 * other accents stripped, punctuation turned into blanks, blanks collapsed. A candidate then scores with the best
 * of its names, from best to worst:
 * <ol>
 *   <li>the name equals what was said (also when only the blanks differ: "Ansatz Färbung" = "Ansatzfärbung");</li>
 *   <li>the name contains what was said as whole words ("Maria" in "Maria Schmidt");</li>
 *   <li>what was said is within a Damerau-Levenshtein distance (optimal string alignment) of 1, or of 2 if it is
 *       longer than five letters, of the name or of any run of its words; a smaller distance is better.</li>
 * </ol>
 * The single best candidate is {@link Match.Found}; several equally good ones are {@link Match.Ambiguous}.
 * If nothing matches and the caller wrapped the name in courtesy words ("bei Maria", "Frau Schmidt", "Maria
 * bitte"), those words at either end are dropped and the search runs once more; only then, so that a name which
 * itself starts with such a word ("Die Haarwerkstatt") still matches as a whole.
 *
 * <p>{@link #resolve} is the tolerant sibling for names as heard by speech-to-text: it also compares stems and
 * the {@link ColognePhonetics Kölner Phonetik}, scores every candidate with a confidence, and asks back below
 * {@link #ACCEPT} instead of failing.
 */
public final class NameMatcher {

    /** The outcome of a match. Immutable, and thread-safe if the candidates are. */
    public sealed interface Match<T> permits Match.Found, Match.Ambiguous, Match.NotFound {

        /** Exactly one candidate matched best. */
        record Found<T>(T value) implements Match<T> {
            public Found {
                Objects.requireNonNull(value, "value");
            }
        }

        /** Several candidates matched equally well, in the order they were given; the caller should ask back. */
        record Ambiguous<T>(List<T> options) implements Match<T> {
            public Ambiguous {
                options = List.copyOf(Objects.requireNonNull(options, "options"));
                if (options.size() < 2) {
                    throw new IllegalArgumentException("an ambiguous match has at least two options");
                }
            }
        }

        /** No candidate matched, or nothing was said. */
        record NotFound<T>() implements Match<T> {
        }
    }

    /**
     * The outcome of {@link #resolve}: a name taken with its confidence, or the closest names to ask back with,
     * or nothing close. Immutable, and thread-safe if the candidates are.
     */
    public sealed interface Resolution<T> permits Resolution.Resolved, Resolution.AskBack, Resolution.Unknown {

        /** The caller meant {@code value}; {@code confidence} is at least {@link #ACCEPT}. */
        record Resolved<T>(T value, double confidence) implements Resolution<T> {
            public Resolved {
                Objects.requireNonNull(value, "value");
                requireConfidence(confidence);
            }
        }

        /**
         * Not sure enough: ask back with these, closest first ("Meinten Sie Ansatzfärbung oder Haarschnitt?"); one
         * option when there is only one candidate, else two.
         */
        record AskBack<T>(List<Scored<T>> closest) implements Resolution<T> {
            public AskBack {
                closest = List.copyOf(Objects.requireNonNull(closest, "closest"));
                if (closest.isEmpty() || closest.size() > 2) {
                    throw new IllegalArgumentException("ask back with one or two names");
                }
            }
        }

        /** Nothing came close (below {@link #FLOOR}), or nothing was said. */
        record Unknown<T>() implements Resolution<T> {
        }
    }

    /** A candidate with the confidence that it was meant, in [0, 1]. */
    public record Scored<T>(T value, double confidence) {
        public Scored {
            Objects.requireNonNull(value, "value");
            requireConfidence(confidence);
        }
    }

    /** From this confidence on, and {@link #MARGIN} ahead of the runner-up, a name is taken without asking. */
    public static final double ACCEPT = 0.8;
    /** Two candidates closer than this are both asked back, however sure each is. */
    public static final double MARGIN = 0.05;
    /** Below this confidence nothing is offered: the caller said something else. */
    public static final double FLOOR = 0.65;

    private static final int EXACT = 0;
    private static final int WHOLE_WORDS = 1;
    /**
     * Typo scores are {@code TYPO + distance}, so a closer typo beats a farther one; a run of name words that
     * equals what was said but for blanks (distance 0) counts as a whole-word match.
     */
    private static final int TYPO = WHOLE_WORDS;
    private static final int NO_MATCH = Integer.MAX_VALUE;
    private static final int SHORT_WORD = 5;

    private static final Set<String> COURTESY_WORDS =
            Set.of("bei", "mit", "zu", "zur", "zum", "frau", "herr", "herrn", "der", "die", "das", "den", "dem",
                    "ein", "eine", "einen", "bitte", "gerne");

    private NameMatcher() {
    }

    /**
     * The candidate the caller meant by {@code spoken}.
     *
     * @param spoken what the caller said; null or blank gives {@link Match.NotFound}
     * @param candidates the candidates; duplicates (by {@code equals}) count once
     * @param namesOf a candidate's names, e.g. its name and its aliases
     */
    public static <T> Match<T> match(String spoken, List<T> candidates, Function<T, List<String>> namesOf) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(namesOf, "namesOf");
        if (spoken == null) {
            return new Match.NotFound<>();
        }
        List<String> words = words(spoken);
        if (words.isEmpty()) {
            return new Match.NotFound<>();
        }
        List<T> distinct = candidates.stream().distinct().toList();
        Match<T> match = best(words, distinct, namesOf);
        if (match instanceof Match.NotFound<T>) {
            List<String> trimmed = withoutCourtesyWords(words);
            if (!trimmed.isEmpty() && trimmed.size() < words.size()) {
                return best(trimmed, distinct, namesOf);
            }
        }
        return match;
    }

    /**
     * The candidate the caller meant by {@code spoken}, with a confidence ({@link NameSimilarity}): the best
     * candidate is {@link Resolution.Resolved} if its confidence is at least {@link #ACCEPT} and {@link #MARGIN}
     * ahead of the next; otherwise, if it reaches {@link #FLOOR}, {@link Resolution.AskBack} with the two closest;
     * otherwise {@link Resolution.Unknown}. Courtesy words at either end ("bei Maria") are dropped only if what
     * was said as a whole stays below {@link #ACCEPT}, as in {@link #match}. Ties keep the order of {@code candidates}.
     *
     * @param spoken what the caller said; null or blank gives {@link Resolution.Unknown}
     * @param candidates the candidates; duplicates (by {@code equals}) count once
     * @param namesOf a candidate's names, e.g. its name and its aliases
     */
    public static <T> Resolution<T> resolve(String spoken, List<T> candidates, Function<T, List<String>> namesOf) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(namesOf, "namesOf");
        List<String> said = spoken == null ? List.of() : words(spoken);
        List<String> trimmed = withoutCourtesyWords(said);
        if (trimmed.isEmpty()) {
            return new Resolution.Unknown<>();
        }
        List<T> distinct = candidates.stream().distinct().toList();
        List<Scored<T>> ranked = ranked(said, distinct, namesOf);
        if (trimmed.size() < said.size() && (ranked.isEmpty() || ranked.get(0).confidence() < ACCEPT)) {
            ranked = ranked(trimmed, distinct, namesOf);
        }
        if (ranked.isEmpty() || ranked.get(0).confidence() < FLOOR) {
            return new Resolution.Unknown<>();
        }
        Scored<T> best = ranked.get(0);
        boolean clear = ranked.size() == 1 || best.confidence() - ranked.get(1).confidence() >= MARGIN;
        if (best.confidence() >= ACCEPT && clear) {
            return new Resolution.Resolved<>(best.value(), best.confidence());
        }
        return new Resolution.AskBack<>(ranked.subList(0, Math.min(2, ranked.size())));
    }

    private static <T> List<Scored<T>> ranked(List<String> said, List<T> candidates,
            Function<T, List<String>> namesOf) {
        List<Scored<T>> ranked = new ArrayList<>();
        for (T candidate : candidates) {
            double confidence = 0;
            for (String name : namesOf.apply(candidate)) {
                confidence = Math.max(confidence, NameSimilarity.confidence(said, words(name)));
            }
            ranked.add(new Scored<>(candidate, confidence));
        }
        // A stable sort, so ties keep the order of the candidates.
        ranked.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return ranked;
    }

    private static void requireConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a confidence lies in [0, 1]: " + confidence);
        }
    }

    private static <T> Match<T> best(List<String> spoken, List<T> candidates, Function<T, List<String>> namesOf) {
        int bestScore = NO_MATCH;
        List<T> best = new ArrayList<>();
        for (T candidate : candidates) {
            int score = NO_MATCH;
            for (String name : namesOf.apply(candidate)) {
                score = Math.min(score, score(spoken, words(name)));
            }
            if (score < bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore && score != NO_MATCH) {
                best.add(candidate);
            }
        }
        if (best.isEmpty()) {
            return new Match.NotFound<>();
        }
        return best.size() == 1 ? new Match.Found<>(best.get(0)) : new Match.Ambiguous<>(best);
    }

    private static int score(List<String> spoken, List<String> name) {
        if (name.isEmpty()) {
            return NO_MATCH;
        }
        String compactSpoken = String.join("", spoken);
        if (spoken.equals(name) || compactSpoken.equals(String.join("", name))) {
            return EXACT;
        }
        if (Collections.indexOfSubList(name, spoken) >= 0) {
            return WHOLE_WORDS;
        }
        int allowed = compactSpoken.length() <= SHORT_WORD ? 1 : 2;
        int closest = NO_MATCH;
        for (int from = 0; from < name.size(); from++) {
            for (int to = from + 1; to <= name.size(); to++) {
                String run = String.join("", name.subList(from, to));
                // Length alone rules most runs out; skip the quadratic distance for those.
                if (Math.abs(run.length() - compactSpoken.length()) <= allowed) {
                    closest = Math.min(closest, distance(compactSpoken, run));
                }
            }
        }
        return closest <= allowed ? TYPO + closest : NO_MATCH;
    }

    /** Normalised words: see the class description. */
    static List<String> words(String text) {
        String folded = GermanText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static List<String> withoutCourtesyWords(List<String> words) {
        int first = 0;
        while (first < words.size() && COURTESY_WORDS.contains(words.get(first))) {
            first++;
        }
        int end = words.size();
        while (end > first && COURTESY_WORDS.contains(words.get(end - 1))) {
            end--;
        }
        return words.subList(first, end);
    }

    /**
     * Damerau-Levenshtein distance in its optimal string alignment form: insertions, deletions, substitutions and
     * transpositions of adjacent letters each cost one ("Mraia" is one away from "Maria"), no substring is edited
     * twice.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
