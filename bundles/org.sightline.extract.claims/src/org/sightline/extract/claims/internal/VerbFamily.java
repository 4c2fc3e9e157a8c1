package org.sightline.extract.claims.internal;

import java.util.function.Consumer;

import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.UPos;

/**
 * A rule family read on the dependency parse from a verb ({@link RaisingCues}, {@link PassiveSubjectCues}):
 * the verbs of a sentence left to right, each a candidate read into at most one attribution, which the
 * caller marks used before the next verb is read. Shares the parse helpers of {@link ParseCues}.
 */
abstract class VerbFamily {

    final AnnotatedText t;
    final DependencyTree tree;
    final boolean[] used;
    final ParseCues parse;

    VerbFamily(AnnotatedText t, boolean[] used, ParseCues parse) {
        this.t = t;
        this.tree = t.tree();
        this.used = used;
        this.parse = parse;
    }

    /** The attributions of sentence {@code s}; each is passed on (and marked used by the caller) before the next. */
    final void sentence(int s, Consumer<Attribution.Found> accept) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (int i = first; i < end; i++) {
            if (!used[i] && t.upos(i) == UPos.VERB && candidate(i)) {
                Attribution.Found f = read(i, first, end);
                if (f != null) {
                    accept.accept(f);
                }
            }
        }
    }

    /** Whether verb {@code i} (unused) may start an attribution of this family. */
    abstract boolean candidate(int i);

    /** The attribution of verb {@code i} in the sentence [first, end), or null. */
    abstract Attribution.Found read(int i, int first, int end);
}
