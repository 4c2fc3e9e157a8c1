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
    /** Tokens inside an attribution already found: later families leave them (no nesting). */
    final boolean[] used;
    /** The attributions found so far, in the order found (coordinated and participle cues read the last source). */
    final List<Found> found = new ArrayList<>();
    final Phrases phrases;
    final Quotes quotes;
    final VerbCues cues;
    final Contents contents;
    final DependencyCues parse;

    RuleContext(AnnotatedText t, ActorResult actors) {
        this.t = t;
        this.text = t.text();
        this.actors = actors;
        this.n = t.tokenCount();
        this.used = new boolean[n];
        this.phrases = new Phrases(this);
        this.quotes = new Quotes(this);
        this.cues = new VerbCues(this);
        this.contents = new Contents(this);
        this.parse = new DependencyCues(this);
    }

    /** Whether sentence {@code s} is a question: reported questions are no claims for most families. */
    boolean question(int s) {
        int e = t.sentenceEndToken(s);
        return e > t.sentenceFirstToken(s) && t.token(e - 1).equals("?");
    }
}
