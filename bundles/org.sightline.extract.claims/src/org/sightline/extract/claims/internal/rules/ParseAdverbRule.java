package org.sightline.extract.claims.internal.rules;

import java.util.Locale;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code parse-adverb}: a cue adverb ("reportedly", "allegedly") makes the clause it modifies a
 * sourceless attribution; the content is the clause without the adverb (two pieces when it stands inside).
 */
final class ParseAdverbRule extends RuleFamily {

    ParseAdverbRule(RuleContext ctx) {
        super(ctx, "parse-adverb");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        for (int i = first; i < t.sentenceEndToken(s); i++) {
            if (!used[i] && t.upos(i) == UPos.ADV) {
                adverb(i, first);
            }
        }
    }

    /**
     * "parse-adverb": a cue adverb ("reportedly", "allegedly") makes the clause it modifies a sourceless
     * attribution; the content is the clause without the adverb (two pieces when it stands inside).
     */
    private void adverb(int a, int first) {
        Cue cue = CueLexicon.SHARED.get(Cue.Kind.ADVERB, t.lemma(a).toLowerCase(Locale.ROOT));
        int h = t.head(a);
        if (cue == null || h < 0 || !t.deprel(a).is(DepRel.ADVMOD) || t.deprel(h).is(DepRel.AMOD)
                || t.deprel(h) == DepRel.ACL && t.tree().subtreeEnd(h) == h + 1) {
            // a noun's modifier, an adjective or a bare participle ("an apparently unrelated incident", "seemingly
            // sharpened handles"): the adverb qualifies a word, not a clause; a participle with its own dependents is a
            // reduced clause ("the $20 reportedly demanded by Ferro"), and a relative clause is one ("who will reportedly")
            return;
        }
        int[] clause = ctx.parse.phrase(h);
        // the clause without a predicate conjoined to it or an aside in brackets after the adverb: "GateHouse
        // reportedly laid off 60 employees (the company would not say) and Gannett reportedly laid off hundreds"
        int conj = ctx.parse.beforeConjoinedPredicate(h, a);
        if (conj > a) {
            clause[1] = Math.min(clause[1], conj);
        }
        for (int x = a + 1; x < clause[1]; x++) {
            if (t.token(x).equals("(")) {
                clause[1] = x;
                break;
            }
        }
        clause = ctx.parse.beforeFinalPunct(clause[0], clause[1]);
        while (clause[0] < a && (t.upos(clause[0]) == UPos.CCONJ || t.upos(clause[0]) == UPos.PUNCT)) {
            clause[0]++; // "[and] Gannett reportedly laid off hundreds": the conjunction links, it is not reported
        }
        if (!ctx.parse.free(clause) || clause[0] < first) {
            return;
        }
        Found f = new Found("parse-adverb", cue.lemma(), ClaimType.valueOf(cue.type()), a, a + 1);
        int before = a;
        while (before > clause[0] && t.upos(before - 1) == UPos.PUNCT) {
            before--;
        }
        int after = a + 1;
        while (after < clause[1] && t.upos(after) == UPos.PUNCT) {
            after++;
        }
        if (before > clause[0]) {
            f.content.add(new int[] {clause[0], before});
        }
        if (after < clause[1]) {
            f.content.add(new int[] {after, clause[1]});
        }
        if (!f.content.isEmpty()) {
            add(f);
        }
    }
}
