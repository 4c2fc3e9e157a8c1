package org.sightline.extract.claims.internal.rules;

import java.util.Locale;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code idiom}: a light-verb idiom of the lexicon (a multiword verb entry: "take issue with", "make the case",
 * "raise concerns", "be of the view", "make mention") as one cue. The idiom's words follow the verb in order;
 * determiners, adjectives and adverbs may stand between them ("made no mention of", "raised serious concerns
 * about", "are firmly of the view that"); at least one of them is a noun or adjective, so phrasal verbs ("call
 * for", "refer to") stay with the verb rules. Not a passive ("it was made clear") and not inside a quotation. The source is the verb's subject on the parse (or the subject that
 * controls it), the content what the entry's frames take after the idiom: a that-clause (THAT), the phrase after
 * one of its particles (PREP, the particle in the cue), or a noun phrase (NP).
 */
final class IdiomRule extends RuleFamily {

    IdiomRule(RuleContext ctx) {
        super(ctx, "idiom");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        for (int i = first; i < end; i++) {
            if (used[i] || t.upos(i) != UPos.VERB && t.upos(i) != UPos.AUX) {
                continue;
            }
            for (Cue cue : CueLexicon.SHARED.multiword(Cue.Kind.VERB, t.lemma(i).toLowerCase(Locale.ROOT))) {
                Found f = read(s, i, cue, first, end);
                if (f != null) {
                    add(f);
                    i = f.content.get(f.content.size() - 1)[1] - 1;
                    break;
                }
            }
        }
    }

    private Found read(int s, int i, Cue cue, int first, int end) {
        if (t.tree().isPassive(i) || quoted(first, i)) {
            return null; // "it had been made clear"; inside a quotation the speaker's words are the outer cue's
        }
        if (ctx.parse.nestedInOuterCue(i)) {
            return null; // "She refused to give any more details about how ...": the outer cue's content, outermost only
        }
        String[] words = cue.lemma().split(" ");
        int x = i + 1;
        boolean content = false;
        boolean expletive = false;
        for (int w = 1; w < words.length; w++) {
            if (w == 1 && x < end && !used[x] && expletive(x)) {
                expletive = true;
                x++; // "made [it] clear that": the expletive stands for the that-clause after the idiom
            }
            while (x < end && !used[x] && !matches(x, words[w]) && inserted(x)) {
                x++;
            }
            if (x >= end || used[x] || !matches(x, words[w])) {
                return null;
            }
            // a noun or adjective of the idiom, or one the tagger reads as a verb ("took issue/VERB with", "made it
            // plain/VERB"): an open-class word, where a phrasal verb has only particles ("call for", "speak out")
            content |= t.upos(x) == UPos.NOUN || t.upos(x) == UPos.ADJ || t.upos(x) == UPos.VERB || expletive;
            x++;
        }
        if (!content) {
            return null; // a phrasal verb ("call for", "refer to", "speak out"): the verb rules' cue
        }
        int ce = x;
        if (expletive && !(ce < end && cue.takes(Frame.THAT) && lower(ce).equals("that"))) {
            return null; // the expletive "it" stands for a that-clause, which must follow ("made it clear that")
        }
        if (ce < end && cue.takes(Frame.PREP) && cue.particles().contains(lower(ce))) {
            ce++; // "raised concerns about": the particle joins the cue
        } else if (!(ce < end && (cue.takes(Frame.THAT) && lower(ce).equals("that")
                || cue.takes(Frame.NP) && ctx.phrases.isNpToken(ce)
                || cue.particles().contains(words[words.length - 1])))) {
            return null; // "made the case" with nothing the idiom takes after it
        }
        int subject = t.tree().subject(i);
        if (subject < 0 && t.upos(i) == UPos.AUX && t.head(i) > i) {
            subject = t.tree().subject(t.head(i)); // "[Analysts] are of the view": the copula's clause has the subject
        }
        if (subject < 0) {
            subject = ctx.parse.controller(i);
        }
        if (subject < 0 || subject > i || !ctx.parse.canSay(subject, cue.cueClass())) {
            return null;
        }
        int[] src = ctx.parse.phraseBefore(subject, i);
        int cb = ctx.parse.groupStart(i, first);
        int stop = ctx.contents.contentEnd(s, first, ce, end);
        if (src[0] >= src[1] || src[1] > cb || stop <= ce || !ctx.parse.free(src) || !ctx.parse.free(new int[] {cb, stop})) {
            return null;
        }
        Found f = new Found("idiom", cue.lemma(), ClaimType.valueOf(cue.type()), cb, ce);
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        f.content.add(new int[] {ce, stop});
        return f;
    }

    /** Whether token {@code i} stands inside a quotation opened in its sentence (an odd number of quote marks before it). */
    private boolean quoted(int first, int i) {
        int marks = 0;
        for (int x = first; x < i; x++) {
            if (Quotes.isQuote(t.token(x))) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Whether token {@code x} is the idiom's word {@code word}, as written or by lemma ("concerns", "concern"). */
    private boolean matches(int x, String word) {
        return lower(x).equals(word) || t.lemma(x).toLowerCase(Locale.ROOT).equals(word);
    }

    /**
     * Whether token {@code x} is an "it" that stands for a later that-clause ("made it clear that"): the parse's
     * expletive, or its object (the parser reads "made it very clear" so); {@code read} asks for the that-clause.
     */
    private boolean expletive(int x) {
        return lower(x).equals("it") && (t.deprel(x).is(DepRel.EXPL) || t.deprel(x).is(DepRel.OBJ));
    }

    /** Words that may stand inside an idiom: "made [no] mention of", "raised [serious] concerns". */
    private boolean inserted(int x) {
        UPos p = t.upos(x);
        return p == UPos.DET || p == UPos.ADJ || p == UPos.ADV || p == UPos.PART || t.deprel(x).is(DepRel.AMOD);
    }
}
