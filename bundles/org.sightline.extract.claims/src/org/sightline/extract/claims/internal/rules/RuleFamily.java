package org.sightline.extract.claims.internal.rules;

import java.util.List;

/** Base of the rule families: the shared view of the document and the rule ids the family stores on its claims. */
abstract class RuleFamily extends ContextView implements AttributionRule {

    private final List<String> ids;

    RuleFamily(RuleContext ctx, String... ids) {
        super(ctx);
        this.ids = List.of(ids);
    }

    @Override
    public final List<String> ids() {
        return ids;
    }

    /** One step of {@link #scanUnused}: reads token {@code i} and returns the last token it took (i when none). */
    @FunctionalInterface
    interface TokenStep {
        int read(int i, int s, int first, int sentenceEnd);
    }

    /**
     * The sentence loop of the families that read token by token: {@code step} sees each token of sentence
     * {@code s} that no rule has used yet, left to right, up to the sentence end without its closing
     * punctuation; the scan goes on after the last token the step took.
     */
    final void scanUnused(int s, TokenStep step) {
        int first = clauseFirst(s);
        int sentenceEnd = trimEnd(s, t.sentenceEndToken(s));
        for (int i = first; i < sentenceEnd; i++) {
            if (!used[i]) {
                i = step.read(i, s, first, sentenceEnd);
            }
        }
    }
}
