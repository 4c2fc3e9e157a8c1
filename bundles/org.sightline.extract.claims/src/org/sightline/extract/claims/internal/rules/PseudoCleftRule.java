package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code pseudo-cleft}: a cue verb in the subject of a copula whose predicate is the content ("What they wonder is
 * whether ...", "All the union wants is to keep the jobs", "What the minister said was that ..."). The parse marks the
 * subject of such a copula {@code nsubj:outer}: the cue verb itself, or the relative clause of "what". The cue verb's
 * own subject is the source, the predicate after the copula the content. Read before the verb families, which find
 * no content after the cue ("wonder | is").
 */
final class PseudoCleftRule extends RuleFamily {

    PseudoCleftRule(RuleContext ctx) {
        super(ctx, "pseudo-cleft");
    }

    @Override
    public void apply(int s) {
        scanUnused(s, this::read);
    }

    private int read(int v, int s, int first, int sentenceEnd) {
        if (t.upos(v) != UPos.VERB) {
            return v;
        }
        int predicate = -1;
        if (t.deprel(v) == DepRel.NSUBJ_OUTER) {
            predicate = t.head(v); // "All the union [wants] is to keep": the verb heads the outer subject
        } else if (t.deprel(v) == DepRel.ACL_RELCL && t.head(v) >= 0 && t.head(v) < v && lower(t.head(v)).equals("what")
                && (t.deprel(t.head(v)) == DepRel.NSUBJ_OUTER || t.deprel(t.head(v)) == DepRel.ROOT)) {
            // "[What] they [wonder] is whether": the relative clause of "what"; a parser may instead make "what" the root and
            // hang the predicate with its copula on the cue ("What the minister said [was that ...]" as its ccomp)
            predicate = t.deprel(t.head(v)) == DepRel.NSUBJ_OUTER ? t.head(t.head(v)) : copulaDependent(v);
        } else {
            // a parser may make the cue verb the root and hang the predicate on it with the copula that follows the cue at
            // once ("All the union wants [is to keep the jobs]" as its xcomp); not "wants to be free", whose copula is the
            // infinitive's, nor a predicate with a subject of its own; only a clause ("is to ...", "was that ..."): a name or
            // a noun after the copula is a plain predicate ("Other pro-Beijing elected were X and Y")
            int c = copulaDependent(v);
            predicate = c > v && t.tree().child(c, DepRel.COP) == v + 1 && t.tree().child(c, DepRel.NSUBJ) < 0
                    && (t.upos(c) == UPos.VERB || t.tree().hasChild(c, DepRel.MARK)) ? c : -1;
        }
        Cue cue = predicate > v ? ctx.parse.cueOf(v) : null;
        int copula = cue == null ? -1 : t.tree().child(predicate, DepRel.COP);
        int subject = cue == null ? -1 : t.tree().child(v, DepRel.NSUBJ);
        if (copula <= v || copula >= predicate || !t.lemma(copula).equals("be") || subject < first || subject > v
                || DependencyCues.RELATIVES.contains(lower(subject)) || used[copula]) {
            return v;
        }
        for (int x = v + 1; x < copula; x++) {
            if (used[x] || !(t.upos(x) == UPos.ADV || t.upos(x) == UPos.PART || t.upos(x) == UPos.ADP)) {
                return v; // the copula follows the cue at once ("what they wonder most is"): not "I assume his reason is"
            }
        }
        int[] content = ctx.parse.beforeFinalPunct(copula + 1, Math.min(t.tree().subtreeEnd(predicate), sentenceEnd));
        if (content[1] <= content[0]) {
            return v;
        }
        int[] src = ctx.parse.phrase(subject);
        if (src[0] < first || src[1] > v) {
            return v;
        }
        if (lower(src[0]).equals("all") && src[1] - src[0] > 1) {
            src[0]++; // "All the union wants": "all" is the cleft's, not the holder's
        }
        for (int x = src[0]; x < src[1]; x++) {
            if (used[x]) {
                return v;
            }
        }
        Found f = new Found("pseudo-cleft", cue.lemma(), ClaimType.valueOf(cue.type()), ctx.parse.groupStart(v, first), v + 1);
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        f.content.add(content);
        add(f);
        return content[1] - 1;
    }

    /** The first later dependent of verb {@code v} that has a copula of its own, or -1. */
    private int copulaDependent(int v) {
        for (int c : t.tree().children(v)) {
            if (c > v && t.tree().child(c, DepRel.COP) > v) {
                return c;
            }
        }
        return -1;
    }
}
