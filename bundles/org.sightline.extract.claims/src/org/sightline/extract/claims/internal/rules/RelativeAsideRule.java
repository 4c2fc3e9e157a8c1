package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.UPos;

/**
 * {@code relative-aside}: a speech or belief verb with its subject between a relative pronoun and the relative's own
 * predicate ("the helicopter, which [it] [said] crashed in Logar", "the man who [police] [say] shot the officer"): the
 * relative pronoun and its clause are the content. Read on the surface, before the verb families: the parser hangs
 * such asides in many wrong ways, and the verb before them would otherwise take the whole relative as its content.
 */
final class RelativeAsideRule extends RuleFamily {

    /** Words a short subject of the aside may hold ("it", "police", "US officials", "the company"). */
    private static final int MAX_SUBJECT = 4;

    RelativeAsideRule(RuleContext ctx) {
        super(ctx, "relative-aside");
    }

    @Override
    public void apply(int s) {
        scanUnused(s, this::read);
    }

    private int read(int r, int s, int first, int sentenceEnd) {
        if (r == first || !DependencyCues.RELATIVES.contains(lower(r)) || insideClauseOfCue(first, r)) {
            return r;
        }
        int v = r + 1;
        while (v < sentenceEnd && v - r <= MAX_SUBJECT && subjectWord(v)) {
            v++;
        }
        int subjectEnd = v;
        while (v < sentenceEnd && (t.upos(v) == UPos.AUX || t.upos(v) == UPos.ADV && !lower(v).equals("that"))) {
            v++; // "which officials have long said", "who police now say"
        }
        if (subjectEnd == r + 1 || v + 1 >= sentenceEnd || used[v]) {
            return r;
        }
        String lemma = ctx.cues.verbLemma(v);
        Cue cue = lemma == null ? null : CueLexicon.verb(lemma);
        if (cue == null || !(cue.cueClass() == CueClass.SPEECH || cue.cueClass() == CueClass.COGNITION) || !cue.takes(Frame.THAT)) {
            return r;
        }
        int p = v + 1; // the relative's own predicate follows at once: "said [crashed]", "say [was] driving"
        if (!(t.upos(p) == UPos.VERB || t.upos(p) == UPos.AUX) || lower(p).endsWith("ing")) {
            return r;
        }
        int end = p + 1;
        while (end < sentenceEnd && !used[end] && !t.token(end).equals(",") && !t.token(end).equals(";")) {
            end++;
        }
        Found f = new Found("relative-aside", cue.lemma(), ClaimType.valueOf(cue.type()), subjectEnd, v + 1);
        f.srcFirst = r + 1;
        f.srcEnd = subjectEnd;
        f.content.add(new int[] {r, r + 1});
        f.content.add(new int[] {p, end});
        add(f);
        return end - 1;
    }

    /**
     * Whether token {@code r} stands in the "that" clause of a cue verb before it ("confirmed that the company notifies
     * people who it thinks could benefit"): only the outermost attribution counts.
     */
    private boolean insideClauseOfCue(int first, int r) {
        boolean cue = false;
        for (int x = first; x < r; x++) {
            cue |= ctx.cues.cueVerb(x) != null;
            if (cue && lower(x).equals("that") && t.upos(x) == UPos.SCONJ) {
                return true; // "confirmed [to WIRED] that ...": the complementizer after the cue
            }
        }
        return false;
    }

    /** A word of a short subject: a pronoun, a name, a noun with its determiner or adjective. */
    private boolean subjectWord(int x) {
        UPos p = t.upos(x);
        return !used[x] && (p == UPos.PRON && !DependencyCues.RELATIVES.contains(lower(x)) || p == UPos.PROPN || p == UPos.NOUN
                || p == UPos.DET || p == UPos.ADJ || p == UPos.PART && lower(x).endsWith("s"));
    }
}
