package org.sightline.nlp.api;

import java.util.Locale;

import org.sightline.nlp.internal.RuleLemmatizer;

/**
 * The lemmatizer's rules for a word whatever its tag: rules that look a cue up by lemma use it where the
 * tagger may have mislabelled a verb ("The group plans/NOUN to"), so that word forms come from one
 * morphology, the annotator's.
 *
 * @since 0.2.0
 */
public final class Lemmas {

    private Lemmas() {
    }

    /** The lemma the annotator gives {@code word} as a verb ("admitted" -> "admit", "said" -> "say"). */
    public static String verb(String word) {
        return RuleLemmatizer.verb(word.toLowerCase(Locale.ROOT));
    }
}
