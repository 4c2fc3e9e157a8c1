package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;

/**
 * {@code according-to}: "…, according to the release": the source up to the next comma, the
 * content the clause on both sides. Before the verb cues, so no cue inside its clause counts.
 */
final class AccordingToRule extends RuleFamily {

    AccordingToRule(RuleContext ctx) {
        super(ctx, "according-to");
    }

    @Override
    public boolean readsQuestions() {
        return true;
    }

    @Override
    public void apply(int s) {
        for (int i = t.sentenceFirstToken(s); i + 1 < t.sentenceEndToken(s); i++) {
            if (!used[i] && lower(i).equals("according") && lower(i + 1).equals("to")) {
                accordingTo(s, i);
            }
        }
    }

    private void accordingTo(int s, int i) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        Found f = new Found("according-to", "according to", ClaimType.STATEMENT, i, i + 2);
        int se = i + 2;
        while (se < end && !t.token(se).equals(",")) {
            se++;
        }
        if (se == i + 2) {
            return;
        }
        f.srcFirst = i + 2;
        f.srcEnd = se;
        if (i > first) {
            int cut = i;
            if (t.token(cut - 1).equals(",")) {
                cut--;
            }
            ctx.contents.addContentBefore(f, first, cut);
        }
        if (se < end) {
            f.content.add(new int[] {se + 1, end});
        }
        if (!f.content.isEmpty()) {
            add(f);
        }
    }
}
