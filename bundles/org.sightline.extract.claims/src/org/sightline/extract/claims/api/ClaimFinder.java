package org.sightline.extract.claims.api;

import java.util.List;
import java.util.Objects;

import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.internal.rules.AttributionRules;
import org.sightline.nlp.api.AnnotatedText;

/**
 * Finds attributions with general rules: a cue lexicon (speech, belief, intention and attitude verbs
 * and nouns, seeded from the CAMEO verb classes) and part-of-speech patterns for the source noun
 * phrase and the content clause. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClaimFinder {

    private ClaimFinder() {
    }

    public static List<ClaimRecord> find(AnnotatedText text, ActorResult actors) {
        Objects.requireNonNull(text, "annotated text");
        Objects.requireNonNull(actors, "actor result");
        return AttributionRules.find(text, actors);
    }
}
