package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.DependencyTree;
import org.sightline.nlp.api.UPos;

/**
 * A rule family read on the dependency parse from a verb ({@link RaisingRule}, {@link PassiveSubjectRule}):
 * the verbs of a sentence left to right, each a candidate read into at most one attribution, which is
 * marked used before the next verb is read. Shares the parse helpers of {@link DependencyCues}.
 */
abstract class VerbFamily extends RuleFamily {

    final DependencyTree tree;

    VerbFamily(RuleContext ctx, String... ids) {
        super(ctx, ids);
        this.tree = ctx.t.tree();
    }

    @Override
    public final void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        for (int i = first; i < end; i++) {
            if (!used[i] && t.upos(i) == UPos.VERB && candidate(i) && !formula(i)) {
                Found f = read(i, first, end);
                if (f != null) {
                    add(f);
                }
            }
        }
    }

    /** Whether verb {@code i} (unused) may start an attribution of this family. */
    abstract boolean candidate(int i);

    /** The attribution of verb {@code i} in the sentence [first, end), or null. */
    abstract Found read(int i, int first, int end);

    /**
     * A sourceless attribution of this family ({@code rule}) with its cue on [cueFirst, cueEnd) and no content
     * yet, or null when an earlier rule took a token of the cue.
     */
    final Found sourceless(String rule, String lemma, ClaimType type, int cueFirst, int cueEnd) {
        for (int x = cueFirst; x < cueEnd; x++) {
            if (used[x]) {
                return null;
            }
        }
        return new Found(rule, lemma, type, cueFirst, cueEnd);
    }

    /** A dependent {@code c} of a verb, its relation, and the mark or case word opening it ({@code marker} "" when none). */
    record Dependent(int c, DepRel rel, int mark, String marker) {
    }

    /** The unused dependents after verb {@code v}, left to right: where both families look for the complement. */
    final List<Dependent> laterDependents(int v) {
        List<Dependent> out = new ArrayList<>();
        for (int c : tree.children(v)) {
            if (c < v || used[c]) {
                continue;
            }
            int mark = tree.child(c, DepRel.MARK, DepRel.CASE);
            int b = tree.subtreeBegin(c);
            if (mark < 0 && b < c && t.deprel(b) == DepRel.CASE) {
                mark = b; // the phrase's preposition hung on a word inside it ("to" on "six" in "to six years")
            }
            DepRel rel = t.deprel(c);
            if (rel == DepRel.OBJ && mark >= 0 && t.deprel(mark) == DepRel.CASE) {
                rel = DepRel.OBL; // "sentenced [to six years]" labelled obj: a nominal with its own preposition is an oblique
            }
            out.add(new Dependent(c, rel, mark, mark < 0 ? "" : t.token(mark).toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
