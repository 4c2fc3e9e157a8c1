package org.sightline.nlp.api;

import java.util.Arrays;

/**
 * The dependency trees of an {@link AnnotatedText}, one per sentence, with the questions attribution and
 * actor rules ask of them: the dependents of a token, its subject, object or clausal complement, the
 * span of its subtree, whether a verb is passive or negated. Tokens are token indices of the text; -1
 * means "none". Relations match with their subtypes: asking for {@link DepRel#NSUBJ} finds
 * {@code nsubj:pass} too ({@link DepRel#is}). Immutable; get it from {@link AnnotatedText#tree()}.
 *
 * @since 0.2.0
 */
public final class DependencyTree {

    private final AnnotatedText text;
    private final int[] childStart;
    private final int[] children;
    private final int[] subtreeBegin;
    private final int[] subtreeEnd;

    DependencyTree(AnnotatedText text) {
        this.text = text;
        int n = text.tokenCount();
        childStart = new int[n + 1];
        for (int t = 0; t < n; t++) {
            if (text.head(t) >= 0) {
                childStart[text.head(t) + 1]++;
            }
        }
        for (int t = 0; t < n; t++) {
            childStart[t + 1] += childStart[t];
        }
        children = new int[childStart[n]];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int t = 0; t < n; t++) {
            if (text.head(t) >= 0) {
                children[fill[text.head(t)]++] = t; // in text order, since t increases
            }
        }
        subtreeBegin = new int[n];
        subtreeEnd = new int[n];
        for (int t = 0; t < n; t++) {
            subtreeBegin[t] = t;
            subtreeEnd[t] = t + 1;
        }
        for (int t = 0; t < n; t++) {
            for (int a = text.head(t); a >= 0; a = text.head(a)) {
                subtreeBegin[a] = Math.min(subtreeBegin[a], t);
                subtreeEnd[a] = Math.max(subtreeEnd[a], t + 1);
            }
        }
    }

    /** Token index of the head of {@code t}, -1 for a sentence root. */
    public int head(int t) {
        return text.head(t);
    }

    public DepRel deprel(int t) {
        return text.deprel(t);
    }

    /** The root token of sentence {@code s}. */
    public int root(int s) {
        for (int t = text.sentenceFirstToken(s); t < text.sentenceEndToken(s); t++) {
            if (text.head(t) < 0) {
                return t;
            }
        }
        throw new IllegalStateException("sentence " + s + " has no root");
    }

    /** The dependents of {@code t} in text order. */
    public int[] children(int t) {
        return Arrays.copyOfRange(children, childStart[t], childStart[t + 1]);
    }

    /** The first dependent of {@code t} whose relation is one of {@code rels} (or a subtype), or -1. */
    public int child(int t, DepRel... rels) {
        for (int i = childStart[t]; i < childStart[t + 1]; i++) {
            DepRel r = text.deprel(children[i]);
            for (DepRel want : rels) {
                if (r.is(want)) {
                    return children[i];
                }
            }
        }
        return -1;
    }

    /** Whether {@code t} has a dependent with one of {@code rels} (or a subtype). */
    public boolean hasChild(int t, DepRel... rels) {
        return child(t, rels) >= 0;
    }

    /**
     * The subject of {@code t} (nsubj, csubj and their subtypes); for a predicate conjoined to another
     * without a subject of its own ("officials stressed X and warned Y"), the first conjunct's subject.
     */
    public int subject(int t) {
        for (int p = t; p >= 0; p = text.head(p)) {
            int s = child(p, DepRel.NSUBJ, DepRel.CSUBJ);
            if (s >= 0 || text.deprel(p) != DepRel.CONJ) {
                return s;
            }
        }
        return -1;
    }

    /** The direct object of {@code t}, or -1. */
    public int object(int t) {
        return child(t, DepRel.OBJ);
    }

    /** The clausal complement of {@code t}: a ccomp ("said that ..."), else an xcomp ("vowed to ..."), or -1. */
    public int complement(int t) {
        int c = child(t, DepRel.CCOMP);
        return c >= 0 ? c : child(t, DepRel.XCOMP);
    }

    /** The agent of a passive ("was reported by officials": officials), or -1. */
    public int agent(int t) {
        return child(t, DepRel.OBL_AGENT);
    }

    /** Whether {@code t} is a passive predicate (a passive subject or auxiliary: "was said"). */
    public boolean isPassive(int t) {
        for (int i = childStart[t]; i < childStart[t + 1]; i++) {
            DepRel r = text.deprel(children[i]);
            if (r == DepRel.NSUBJ_PASS || r == DepRel.CSUBJ_PASS || r == DepRel.AUX_PASS) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} has a negating dependent ("not", "n't", "never"). */
    public boolean isNegated(int t) {
        for (int i = childStart[t]; i < childStart[t + 1]; i++) {
            int c = children[i];
            if (text.deprel(c) == DepRel.ADVMOD) {
                String l = text.lemma(c);
                if (l.equals("not") || l.equals("never")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** First token of the subtree of {@code t} (t and all its descendants). */
    public int subtreeBegin(int t) {
        return subtreeBegin[t];
    }

    /** Token after the last token of the subtree of {@code t}. */
    public int subtreeEnd(int t) {
        return subtreeEnd[t];
    }

    /** Whether {@code a} is {@code t} or one of its ancestors. */
    public boolean dominates(int a, int t) {
        for (int p = t; p >= 0; p = text.head(p)) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }
}
