package org.sightline.extract.claims.internal.rules;

/**
 * {@code to-clarify}: "To clarify: …": sourceless, the colon left out of the cue ({@code trimCue}). Questions are no
 * claims, nor headings of instructions ("How to Pledge: ...").
 */
final class ToClarifyRule extends RuleFamily {

    ToClarifyRule(RuleContext ctx) {
        super(ctx, "to-clarify");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        for (int i = first; i <= first + 1 && i + 2 < end; i++) {
            if (!used[i] && lower(i).equals("to") && CueLexicon.VERBS.containsKey(ctx.cues.verbLemma(i + 1))
                    && t.token(i + 2).equals(":") && !(i > first && WH.contains(lower(i - 1)))) { // "How to Pledge:": a heading

                toClarify(s, i);
            }
        }
    }

    private void toClarify(int s, int i) {
        int sentenceEnd = trimEnd(s, t.sentenceEndToken(s));
        String lemma = ctx.cues.verbLemma(i + 1);
        Found f = new Found("to-clarify", lemma, CueLexicon.VERBS.get(lemma), i, i + 3);
        if (i + 3 < sentenceEnd) {
            f.content.add(new int[] {i + 3, sentenceEnd});
            add(f);
        }
    }
}
