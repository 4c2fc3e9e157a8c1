package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code noun-cue}: nominal cues ("Daesh's contempt for human life", "our steadfast commitment to
 * empower", "a disregard for", "allegations that ...", "the U.S. commitment to support"). The possessor is
 * the source; determiner and adjectives join the cue; the linking preposition joins the cue unless an
 * infinitive follows ("commitment | to empower"); sourceless only for the nouns that attribute without a
 * holder, not after quantifiers ("all reports of").
 */
final class NounCueRule extends RuleFamily {

    NounCueRule(RuleContext ctx) {
        super(ctx, "noun-cue");
    }

    @Override
    public void apply(int s) {
        scanUnused(s, this::read);
    }

    /** The nominal cue at token {@code i}, if any; returns the last token taken. */
    private int read(int i, int s, int first, int sentenceEnd) {
        ClaimType type = CueLexicon.NOUNS.get(t.lemma(i));
        Found f = type == null ? null : read(i, type, s, first, sentenceEnd);
        if (f == null) {
            return i;
        }
        add(f);
        return f.content.get(0)[1] - 1;
    }

    /**
     * The attribution of noun {@code i} read as a nominal cue of this type (the lexicon's, or the learned
     * scorer's: {@link LearnedCueRule}) in sentence {@code s}, or null; not yet added.
     */
    Found read(int i, ClaimType type, int s, int first, int sentenceEnd) {
        String w = lower(i);
        String nl = t.lemma(i);
        if (t.upos(i) != UPos.NOUN) {
            return null;
        }
        int h = t.head(i);
        if (t.deprel(i).is(DepRel.OBJ) && h >= 0 && !used[h] && CueLexicon.takes(ctx.cues.verbLemma(h), Frame.NP)
                && heldBySubject(h, first, sentenceEnd)) {
            return null; // "Firms support Mr. Trump's efforts to ...": the outer cue's content, outermost first
        }
        int ce = i + 1;
        if (ce + 2 < sentenceEnd && t.lemma(ce).equals("go") && lower(ce + 1).equals("out")) {
            ce += 2; // "condolences go out to"
        }
        if (ce >= sentenceEnd || used[ce] || !CueLexicon.NOUN_LINKS.contains(lower(ce))) {
            return null;
        }
        boolean that = lower(ce).equals("that");
        Cue entry = CueLexicon.SHARED.get(Cue.Kind.NOUN, nl);
        if (entry != null && entry.frames().equals(Set.of(Frame.TO)) && !lower(ce).equals("to")) {
            return null; // an infinitive-only noun: "efforts to end the war", not "a valiant effort against Belgium"
        }
        int cb = i;
        // adjectives, and adverbs before one ("very strong criticism"), join the cue; "held firm despite criticisms" does not
        while (cb - 1 >= first && !used[cb - 1] && (t.upos(cb - 1) == UPos.ADJ || t.upos(cb - 1) == UPos.ADV
                && cb < i && t.upos(cb) == UPos.ADJ) && Character.isLowerCase(t.token(cb - 1).charAt(0))) {
            cb--;
        }
        int[] src = null;
        int p = cb - 1;
        while (p > first && (t.upos(p) == UPos.NUM || MONTHS.contains(lower(p).replace(".", ""))
                || WEEKDAYS.contains(lower(p)))) {
            p--; // the date of the act stands between holder and cue: "the minister's Oct. 11 announcement that"
        }
        if (p >= first && !used[p]) {
            if (t.upos(p) == UPos.PRON && POSSESSIVES.contains(lower(p))) {
                src = new int[] {p, p + 1};
            } else if (lower(p).equals("'s")) {
                int b = ctx.phrases.npStartLeft(first, p);
                if (b < p) {
                    src = new int[] {b, p + 1};
                }
            } else if (t.upos(p) == UPos.PROPN && ctx.phrases.actorStartEndingAt(p) >= 0) {
                src = new int[] {ctx.phrases.actorStartEndingAt(p), p + 1}; // "the enduring U.S. commitment to"
            } else if (QUANTIFIERS.contains(lower(p))) {
                return null; // "takes all reports of violations seriously": generic, nobody's claim
            } else if (t.upos(p) == UPos.DET && !lower(p).equals("that") && p == cb - 1) {
                cb = p; // "a disregard for", "the utter disregard"
            }
        }
        if (src == null && !(CueLexicon.SOURCELESS_NOUNS.contains(nl) && (that || !nl.equals("claim")
                && !nl.equals("belief") && !(nl.equals("hope") || nl.equals("concern")) || !lower(ce).equals("to")
                && !lower(ce).equals("for") && (nl.equals("hope") || nl.equals("concern"))))) {
            return null;
        }
        if (src == null && (type == ClaimType.COMMITMENT || nl.equals("condolence") || nl.equals("wish"))) {
            return null;
        }
        boolean infinitive = lower(ce).equals("to") && ce + 1 < sentenceEnd && t.upos(ce + 1) == UPos.VERB;
        if (!that && !infinitive) {
            ce++;
        }
        int cs = ce;
        int stop = ctx.contents.contentEnd(s, first, cs, sentenceEnd);
        for (int x = cs + 1; x < stop; x++) {
            if (t.token(x).equals(",") && x + 1 < stop && (lower(x + 1).equals("which") || lower(x + 1).equals("who"))) {
                stop = x; // a relative clause after the object is the author's addition
                break;
            }
        }
        // the cue phrase, with its holder, heads the sentence's subject: the content ends at the predicate
        boolean subject = ctx.contents.clauseStart(first, src != null ? src[0] : cb);
        if ((that || infinitive) && subject) {
            stop = ctx.contents.subjectClauseEnd(cs, stop); // "Fears that the truce could collapse grew": up to "grew"
        } else if (subject) {
            stop = ctx.contents.reducedEnd(cs, stop); // "Hopes of a truce lifted stocks": the phrase ends at the predicate
        }
        if (stop <= cs) {
            return null;
        }
        Found f = new Found();
        f.rule = "noun-cue";
        f.cueLemma = w;
        f.type = type;
        f.cueFirst = cb;
        f.cueEnd = ce;
        if (src != null) {
            f.srcFirst = src[0];
            f.srcEnd = src[1];
        }
        f.content.add(new int[] {cs, stop});
        return f;
    }

    /**
     * Whether verb {@code v} (or the verb it is coordinated with) has a subject that can hold what it says
     * ("Firms support", "Firms welcome ... and support"; not "The loan underscores").
     */
    private boolean heldBySubject(int v, int first, int end) {
        for (int c = first; c < end; c++) {
            if (t.head(c) == v && t.deprel(c).is(DepRel.NSUBJ)) {
                return ctx.phrases.holder(new int[] {c, c + 1});
            }
        }
        int h = t.head(v);
        return t.deprel(v).is(DepRel.CONJ) && h >= first && h < v && heldBySubject(h, first, end);
    }
}
