package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.sightline.extract.actors.api.ActorResult;
import org.sightline.nlp.api.AnnotatedText;

/**
 * One document's state while the rule families run: the annotations, the one consumption mask ({@code used})
 * and the attributions found so far, with the helpers the families share (noun phrases and sources, quotes,
 * verb cue groups, content bounds, the dependency-parse reading).
 */
final class RuleContext {

    final AnnotatedText t;
    final String text;
    final ActorResult actors;
    final int n;
    /** Each token in lower case, typographic apostrophes as ASCII ones ({@link ContextView#lower}). */
    final String[] lower;
    /** Tokens inside an attribution already found: later families leave them (no nesting). */
    final boolean[] used;
    /** The attributions found so far, in the order found (coordinated and participle cues read the last source). */
    final List<Found> found = new ArrayList<>();
    final Phrases phrases;
    final Quotes quotes;
    final VerbCues cues;
    final Contents contents;
    final DependencyCues parse;
    /**
     * The learned cue scorer that rule {@code learned-cue} and step {@code learned-veto} use, or null (off); the
     * threshold from which {@code learned-cue} takes a token, and the one below which {@code learned-veto} drops a
     * hand rule's claim (0: no veto).
     */
    final LearnedCues learned;
    final double threshold;
    final double veto;
    private CueFeatures cueFeatures;

    RuleContext(AnnotatedText t, ActorResult actors, LearnedCues learned, double threshold, double veto) {
        this.learned = learned;
        this.threshold = threshold;
        this.veto = veto;
        this.t = t;
        this.text = t.text();
        this.actors = actors;
        this.n = t.tokenCount();
        this.lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = t.token(i).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        }
        this.used = new boolean[n];
        this.phrases = new Phrases(this);
        this.quotes = new Quotes(this);
        this.cues = new VerbCues(this);
        this.contents = new Contents(this);
        this.parse = new DependencyCues(this);
    }

    /**
     * The features of the learned scorer, read once after the hand rules ran (the state the model was trained
     * on; {@code learned-veto} and {@code learned-cue} share it).
     */
    CueFeatures cueFeatures() {
        if (cueFeatures == null) {
            cueFeatures = new CueFeatures(this);
        }
        return cueFeatures;
    }

    /** Whether sentence {@code s} is a question: reported questions are no claims for most families. */
    boolean question(int s) {
        int e = t.sentenceEndToken(s);
        return e > t.sentenceFirstToken(s) && t.token(e - 1).equals("?");
    }
}
