package org.sightline.extract.claims.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.extract.claims.api.Modality;
import org.sightline.extract.claims.api.Polarity;
import org.sightline.extract.claims.api.Span;
import org.sightline.lexicon.api.WordLists;

/**
 * Type, modality and polarity of a claim, from its cue (lexicon type, lemma, text, tense) and its content;
 * the rule families only find the spans. Word lists are data ({@code classifier-words.tsv} beside this class).
 * <ul>
 * <li>modality: the first of obligation (must/should, a demand cue), unlikely, possible (may/might/could),
 * probable (would/likely, belief cues), certain (will/shall), else asserted;</li>
 * <li>type: the cue's lexicon type, refined: commitment cues and a future with the source as subject
 * ("we will ...") are commitments; a future or possibility in a statement or assessment is a prediction,
 * except a modal that speaks of the past ("would have been") and, in indirect speech after a past-tense
 * cue, the backshifted would/could/might unless a word points ahead ("said prices would rise next year";
 * a quotation keeps the speaker's own tenses);</li>
 * <li>polarity: negative and positive words in cue and content, a negator flipping the next one, and the
 * type's own lean (warnings, accusations and denials negative; commitments and reassurances positive).</li>
 * </ul>
 */
final class ClaimClassifier {

    private static final WordLists WORDS = WordLists.load(ClaimClassifier.class, "classifier-words.tsv");
    private static final Set<String> OBLIGATION_CONTENT = WORDS.get("obligation-content");
    private static final Set<String> OBLIGATION_CUE = WORDS.get("obligation-cue");
    private static final Set<String> UNLIKELY_CONTENT = WORDS.get("unlikely-content");
    private static final Set<String> UNLIKELY_CUE = WORDS.get("unlikely-cue");
    private static final Set<String> POSSIBLE_CONTENT = WORDS.get("possible-content");
    private static final Set<String> POSSIBLE_CUE_LEMMAS = WORDS.get("possible-cue-lemmas");
    private static final Set<String> PROBABLE_CONTENT = WORDS.get("probable-content");
    private static final Set<String> PROBABLE_CUE_LEMMAS = WORDS.get("probable-cue-lemmas");
    private static final Set<String> CERTAIN_CONTENT = WORDS.get("certain-content");
    private static final Set<String> FUTURE_MODALS = WORDS.get("future-modals");
    private static final Set<String> POSSIBLE_MODALS = WORDS.get("possible-modals");
    private static final Set<String> BACKSHIFTED_MODALS = WORDS.get("backshifted-modals");
    private static final Set<String> PERFECT_MODALS = WORDS.get("perfect-modals");
    private static final Set<String> FUTURE_TIME = WORDS.get("future-time");
    private static final Set<String> IRREGULAR_PARTICIPLES = WORDS.get("irregular-participles");
    private static final Set<String> COMMITMENT_CUE_STEMS = WORDS.get("commitment-cue-stems");
    private static final Set<String> STATEMENT_CUE_STEMS = WORDS.get("statement-cue-stems");
    private static final Set<String> NEGATORS = WORDS.get("negators");
    private static final Set<String> NEGATIVE = WORDS.get("negative");
    private static final Set<String> POSITIVE = WORDS.get("positive");

    /** First characters of a quotation: curly and straight quotes, '' and `` (Penn Treebank style). */
    private static final String QUOTE_MARKS = "“\"‘'`";

    /** What the classifier decided for one claim. */
    record Decision(ClaimType type, Modality modality, Polarity polarity) {
    }

    private final String text;
    private final List<ActorMention> mentions;

    /** @param text the document text the spans point into; @param mentions its actor mentions (for "is the source the subject") */
    ClaimClassifier(String text, List<ActorMention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /**
     * @param cueType the cue's type from the lexicon (null: a statement)
     * @param cueLemma the cue's lemma ("say", "according to")
     * @param pastCue whether the cue's finite verb is in the past tense ("said", "had warned")
     * @param sourceKey the source's actor key, or null
     * @param content the content spans, the main one last
     */
    Decision classify(ClaimType cueType, String cueLemma, Span cue, boolean pastCue, String sourceKey, List<Span> content) {
        String cueText = cue.of(text).toLowerCase(Locale.ROOT);
        StringBuilder all = new StringBuilder();
        for (Span c : content) {
            all.append(' ').append(c.of(text).toLowerCase(Locale.ROOT));
        }
        Words body = Words.of(all.toString());
        Words cueWords = Words.of(cueText);
        Modality modality = modality(cueType, cueLemma, cueWords, body);
        // indirect speech after a past-tense cue shifts the speaker's tenses back; a quotation keeps them
        boolean backshifted = pastCue && !quoted(content);
        ClaimType type = type(cueType, cueText, body, backshifted, sourceKey, content);
        Polarity polarity = polarity(type, cueText + " " + all);
        return new Decision(type, modality, polarity);
    }

    /** Lower-case text as space-separated words (letters and apostrophes), for whole-word look-ups. */
    private record Words(String padded) {
        static Words of(String s) {
            return new Words(" " + s.replaceAll("[^a-z' ]", " ") + " ");
        }

        boolean has(String word) {
            return padded.contains(" " + word + " ");
        }

        boolean hasAny(Set<String> words) {
            for (String w : words) {
                if (has(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Modality modality(ClaimType cueType, String cueLemma, Words cue, Words body) {
        if (cueType == ClaimType.DEMAND || body.hasAny(OBLIGATION_CONTENT) || cue.hasAny(OBLIGATION_CUE)) {
            return Modality.OBLIGATION;
        }
        if (body.hasAny(UNLIKELY_CONTENT) || cue.hasAny(UNLIKELY_CUE)) {
            return Modality.UNLIKELY;
        }
        if (body.hasAny(POSSIBLE_CONTENT) || POSSIBLE_CUE_LEMMAS.contains(cueLemma)) {
            return Modality.POSSIBLE;
        }
        if (body.hasAny(PROBABLE_CONTENT) || PROBABLE_CUE_LEMMAS.contains(cueLemma)) {
            return Modality.PROBABLE;
        }
        if (body.hasAny(CERTAIN_CONTENT)) {
            return Modality.CERTAIN;
        }
        return Modality.ASSERTED;
    }

    /** Whether a content piece is a quotation (the speaker's own words and tenses). */
    private boolean quoted(List<Span> content) {
        for (Span c : content) {
            if (c.end() > c.begin() && QUOTE_MARKS.indexOf(text.charAt(c.begin())) >= 0) {
                return true;
            }
        }
        return false;
    }

    private ClaimType type(ClaimType cueType, String cue, Words body, boolean backshifted, String sourceKey, List<Span> content) {
        ClaimType base = cueType == null ? ClaimType.STATEMENT : cueType;
        boolean future = body.hasAny(FUTURE_MODALS);
        boolean possible = body.hasAny(POSSIBLE_MODALS);
        boolean selfSubject = selfSubject(content.get(content.size() - 1), sourceKey) || selfSubject(content.get(0), sourceKey);
        if (containsAny(cue, COMMITMENT_CUE_STEMS)) {
            return ClaimType.COMMITMENT;
        }
        if (base == ClaimType.STATEMENT || base == ClaimType.ANNOUNCEMENT || base == ClaimType.COMMITMENT
                || base == ClaimType.ASSESSMENT) {
            if (future && selfSubject && !possible) {
                return ClaimType.COMMITMENT; // "we will", also reported: "he said he would resign"
            }
            if (predictive(body, backshifted) && base != ClaimType.ANNOUNCEMENT && base != ClaimType.COMMITMENT) {
                return ClaimType.PREDICTION;
            }
        }
        if (containsAny(cue, STATEMENT_CUE_STEMS)) {
            return ClaimType.STATEMENT;
        }
        return base;
    }

    /**
     * Whether a modal in the content looks ahead: "will", "may"; "would", "could", "might" too, but not in
     * backshifted indirect speech (after a past-tense cue: "said the border would stay open" reports a
     * statement) unless a word points ahead; never a modal before "have" + participle ("would have been").
     */
    private static boolean predictive(Words body, boolean backshifted) {
        Words rest = new Words(withoutPerfectModals(body.padded()));
        boolean ahead = rest.hasAny(FUTURE_TIME);
        for (String m : FUTURE_MODALS) {
            if (rest.has(m) && (!backshifted || !BACKSHIFTED_MODALS.contains(m) || ahead)) {
                return true;
            }
        }
        for (String m : POSSIBLE_MODALS) {
            if (rest.has(m) && (!backshifted || !BACKSHIFTED_MODALS.contains(m) || ahead)) {
                return true;
            }
        }
        return false;
    }

    /** The words without "would/could/might/may (not) have" + a past participle ("could have had", not "could have a deal"). */
    private static String withoutPerfectModals(String padded) {
        String[] w = padded.strip().split(" +");
        StringBuilder out = new StringBuilder(" ");
        for (int i = 0; i < w.length; i++) {
            int h = i + 1 < w.length && w[i + 1].equals("not") ? i + 2 : i + 1;
            if (PERFECT_MODALS.contains(w[i]) && h + 1 < w.length && w[h].equals("have") && participle(w[h + 1])) {
                i = h; // the modal and "have" go; the participle stays as an ordinary word
                continue;
            }
            out.append(w[i]).append(' ');
        }
        return out.toString();
    }

    private static boolean participle(String w) {
        return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || IRREGULAR_PARTICIPLES.contains(w);
    }

    private static boolean containsAny(String s, Set<String> stems) {
        for (String stem : stems) {
            if (s.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the content's subject is the source itself or its whole ("officials ... the United States will"). */
    private boolean selfSubject(Span content, String sourceKey) {
        String c = content.of(text).toLowerCase(Locale.ROOT);
        int q = 0;
        while (q < c.length() && QUOTE_MARKS.indexOf(c.charAt(q)) >= 0) {
            q++; // a quotation's own subject: "“We will ...", "''We will ..."
        }
        c = c.substring(q);
        if (c.startsWith("that ")) {
            c = c.substring(5);
        }
        if (c.startsWith("it ") || c.startsWith("we ") || c.startsWith("i ") || c.startsWith("they ")
                || c.startsWith("to ")) {
            return true;
        }
        if (sourceKey == null) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.begin() >= content.begin() && m.begin() <= content.begin() + 10 && m.end() <= content.end()) {
                return sourceKey.equals(m.key()) || sourceKey.startsWith(m.key() + ".");
            }
        }
        return false;
    }

    private static Polarity polarity(ClaimType type, String s) {
        int score = 0;
        boolean negated = false;
        for (String w : s.replaceAll("[^a-z' ]", " ").split(" +")) {
            if (NEGATORS.contains(w)) {
                negated = true;
            } else if (NEGATIVE.contains(w)) {
                score += negated ? 1 : -1;
                negated = false;
            } else if (POSITIVE.contains(w)) {
                score += negated ? -1 : 1;
                negated = false;
            }
        }
        if (type == ClaimType.WARNING || type == ClaimType.ACCUSATION || type == ClaimType.DENIAL) {
            score -= 1;
        }
        if (type == ClaimType.COMMITMENT || type == ClaimType.REASSURANCE) {
            score += 1;
        }
        return score > 0 ? Polarity.POSITIVE : score < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }
}
