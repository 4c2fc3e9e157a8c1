package org.sightline.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import org.sightline.model.Claim;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;

/**
 * Turns a claim's content into the signals the claim-relation rules compare: a set of normalised terms, whether the
 * claim is negated, and which way it points (more/keep vs less/end). Every signal keeps the words it came from, so a
 * proposed relation can say why. The rules are documented in docs/analyses.md; the word lists are below.
 * <p>
 * Not thread-safe (the stemmer keeps state): one instance per analysis run.
 */
public final class ClaimTerms {

    /** Function words that carry no topic. Negators are not here: they are read before stop words are dropped. */
    static final Set<String> STOP_WORDS = Set.of("a", "about", "above", "after", "again", "against", "all", "also", "am",
            "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but",
            "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
            "most", "must", "my", "myself", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
            "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
            "s", "us", "today", "yet", "still", "well", "much", "many", "whether");

    /** Words that negate the clause they are in; a content word ending in n't counts too. */
    static final Set<String> NEGATORS = Set.of("not", "no", "never", "neither", "nor", "without", "none", "nobody",
            "nothing", "cannot", "deny", "denies", "denied", "denying", "refute", "refutes", "refuted");

    /** Cue verbs (stemmed) that deny their content: "X denied that ...". */
    static final Set<String> DENIAL_CUES = Set.of("deni", "deny", "refut", "reject", "dismiss", "rebuf", "rebuff", "disput");

    /**
     * Direction words: +1 keeps or grows something, -1 lessens or ends it. Antonym pairs such as strengthen/weaken,
     * increase/reduce, continue/halt, steadfast/abandon fall on opposite sides. Topic nouns ("commitment", "resolve")
     * have no direction: in "a weakening of commitment" the direction is the weakening. All of them also count as the one
     * topic term {@link #CHANGE}, so "strengthen deterrence" and "weaken deterrence" share it.
     */
    static final Map<String, Integer> DIRECTION_WORDS = words(Map.of(
            +1, List.of("strengthen", "strong", "stronger", "increase", "boost", "bolster", "reinforce", "enhance",
                    "expand", "raise", "grow", "rise", "intensify", "escalate", "heighten", "deepen", "tighten",
                    "accelerate", "continue", "maintain", "uphold", "sustain", "keep", "preserve", "reaffirm", "remain",
                    "intact", "steadfast"),
            -1, List.of("weaken", "weak", "weakness", "reduce", "reduction", "decrease", "cut", "lower", "diminish",
                    "erode", "undermine", "shrink", "decline", "fall", "drop", "ease", "loosen", "withdraw", "withdrawal",
                    "retreat", "abandon", "abandonment", "end", "halt", "stop", "suspend", "curtail", "slash", "deescalate",
                    "scale")));

    /**
     * Words that name the same thing in security writing; each group becomes one term (commitment ~ resolve). Kept
     * short on purpose: every entry is a claim about meaning an analyst may have to defend.
     */
    static final Map<String, String> CONCEPTS = concepts(Map.of(
            "#resolve", List.of("commitment", "committed", "commit", "resolve", "credibility", "credible", "determination",
                    "pledge", "abandonment", "abandon", "steadfast"),
            "#ally", List.of("ally", "allies", "allied", "partner", "partners", "partnership", "alliance", "coalition"),
            "#deter", List.of("deterrence", "deter", "deterrent"),
            "#move", List.of("move", "shift", "decision", "step"),
            "#attack", List.of("attack", "attacks", "bombing", "strike", "assault"),
            "#usa", List.of("US", "america", "american", "washington"),
            "#isil", List.of("isil", "isis", "daesh", "da'esh", "dae'sh"),
            "#tension", List.of("tension", "strain", "strained", "friction")));

    /** The topic term every direction word also counts as. */
    public static final String CHANGE = "#change";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");
    private static final Pattern US_DOTTED = Pattern.compile("\\bU\\.S\\.(?=\\W|$)");
    private static final Pattern UNITED_STATES = Pattern.compile("(?i)\\bunited states\\b");
    private static final Pattern DE_ESCALATE = Pattern.compile("(?i)\\bde-escalat");

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> stemCache = new HashMap<>();

    /**
     * What the rules know about one claim.
     *
     * @param terms       normalised terms, each with the first content word that produced it
     * @param negated     whether the claim as a whole is negated
     * @param negation    the word that made it negated ("not", cue "denied", "polarity NEGATIVE"), or null
     * @param direction   +1, -1 or 0: sign of the sum of direction words (before negation)
     * @param directionWords the direction words found, in order
     * @param unlikely    modality UNLIKELY (the claim doubts its content)
     */
    public record Profile(Map<String, String> terms, boolean negated, String negation, int direction,
            List<String> directionWords, boolean unlikely) {

        /**
         * +1 if the claim affirms its content, -1 if it asserts the opposite: flipped by negation and by modality
         * UNLIKELY; with {@code withDirection} (used only when both claims of a pair have direction words, because
         * "end ISIL's depravity" and "defeat ISIL" point the same way though only one has a direction word) the
         * direction multiplies in too.
         */
        public int stance(boolean withDirection) {
            int s = withDirection && direction != 0 ? direction : 1;
            if (negated) {
                s = -s;
            }
            return unlikely ? -s : s;
        }
    }

    /** The profile of {@code claim}'s content, cue, polarity and modality. */
    public Profile profile(Claim claim) {
        String content = claim.getContent() == null ? "" : claim.getContent();
        content = US_DOTTED.matcher(content).replaceAll("US");
        content = UNITED_STATES.matcher(content).replaceAll("US");
        content = DE_ESCALATE.matcher(content).replaceAll("deescalat");
        Map<String, String> terms = new LinkedHashMap<>();
        List<String> directionWords = new ArrayList<>();
        int negations = 0;
        String negation = null;
        int direction = 0;
        Matcher m = TOKEN.matcher(content);
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            }
            if (NEGATORS.contains(lower) || lower.endsWith("n't")) {
                negations++;
                negation = negation == null ? word : negation;
                continue;
            }
            // "US" in capitals is the country; lower-case "us" is the pronoun, a stop word.
            String key = word.equals("US") ? "US" : lower;
            if (!key.equals("US") && STOP_WORDS.contains(lower)) {
                continue;
            }
            String stem = key.equals("US") ? "US" : stem(lower);
            Integer sign = DIRECTION_WORDS.get(stem);
            if (sign != null) {
                direction += sign;
                directionWords.add(word);
                terms.putIfAbsent(CHANGE, word);
            }
            String concept = CONCEPTS.get(stem);
            terms.putIfAbsent(concept != null ? concept : stem, word);
        }
        boolean negated = negations % 2 == 1;
        String cueStem = claim.getCue() == null ? "" : firstDenial(claim.getCue());
        if (!cueStem.isEmpty()) {
            negated = !negated;
            negation = "cue '" + claim.getCue() + "'";
        } else if (negated) {
            negation = "'" + negation + "'";
        } else if (negations == 0 && claim.getPolarity() == Polarity.NEGATIVE) {
            negated = true; // the extractor saw a negation outside the content span
            negation = "polarity NEGATIVE";
        } else {
            negation = null;
        }
        return new Profile(terms, negated, negated ? negation : null, Integer.signum(direction), directionWords,
                claim.getModality() == Modality.UNLIKELY);
    }

    private String firstDenial(String cue) {
        Matcher m = TOKEN.matcher(cue);
        while (m.find()) {
            if (DENIAL_CUES.contains(stem(m.group().toLowerCase(Locale.ROOT)))) {
                return m.group();
            }
        }
        return "";
    }

    private String stem(String lower) {
        return stemCache.computeIfAbsent(lower, w -> stemmer.stem(w).toString());
    }

    private static Map<String, Integer> words(Map<Integer, List<String>> bySign) {
        SnowballStemmer s = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        Map<String, Integer> result = new HashMap<>();
        bySign.forEach((sign, list) -> list.forEach(w -> result.put(s.stem(w).toString(), sign)));
        return Map.copyOf(result);
    }

    private static Map<String, String> concepts(Map<String, List<String>> groups) {
        SnowballStemmer s = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        Map<String, String> result = new HashMap<>();
        groups.forEach((concept, list) -> list.forEach(w -> result.put(w.equals("US") ? w : s.stem(w).toString(), concept)));
        return Map.copyOf(result);
    }
}
