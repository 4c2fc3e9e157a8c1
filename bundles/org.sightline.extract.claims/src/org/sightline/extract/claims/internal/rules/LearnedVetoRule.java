package org.sightline.extract.claims.internal.rules;

import java.util.Iterator;

/**
 * {@code learned-veto}: a step, not a claim rule (it stores no claims): drops a hand rule's claim whose cue
 * head the learned scorer ({@link LearnedCues}) rates below the veto threshold. Runs after the hand rules and
 * before {@code learned-cue}; off unless a veto threshold above 0 is set. The dropped claim's tokens stay
 * taken, so no other rule reads them again.
 */
final class LearnedVetoRule extends RuleFamily {

    LearnedVetoRule(RuleContext ctx) {
        super(ctx, "learned-veto");
    }

    @Override
    public void apply(int s) {
        if (ctx.learned == null || ctx.veto <= 0) {
            return;
        }
        CueFeatures features = ctx.cueFeatures();
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (Iterator<Found> it = found.iterator(); it.hasNext();) {
            Found f = it.next();
            int head = cueHead(f);
            if (head >= first && head < end && ctx.learned.probability(features.of(head, s, null)) < ctx.veto) {
                it.remove();
            }
        }
    }

    /** The head of a claim's cue: its first token whose head lies outside the cue (or is the root). */
    int cueHead(Found f) {
        for (int x = f.cueFirst; x < f.cueEnd; x++) {
            int h = t.head(x);
            if (h < f.cueFirst || h >= f.cueEnd) {
                return x;
            }
        }
        return f.cueFirst;
    }
}
