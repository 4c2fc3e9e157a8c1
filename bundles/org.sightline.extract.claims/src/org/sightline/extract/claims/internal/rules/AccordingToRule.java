package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;

/**
 * {@code according-to}: "…, according to the release", and the other hearsay prepositions of rule-words
 * {@code source-prepositions} ("In the view of the committee, …"): the source up to the next comma, the
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

    /** Prepositions that name a source: "according to", "in the view of". */
    private static final Set<String> PHRASES = WORDS.get("source-prepositions");
    /** Words in the longest phrase. */
    private static final int MAX_WORDS = PHRASES.stream().mapToInt(p -> p.split(" ").length).max().orElse(2);
    /** The first words of the phrases: a token that is none of them starts no phrase, and no phrase is built. */
    private static final Set<String> FIRST_WORDS = PHRASES.stream().map(p -> p.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public void apply(int s) {
        int end = t.sentenceEndToken(s);
        for (int i = t.sentenceFirstToken(s); i + 1 < end; i++) {
            if (used[i]) {
                continue;
            }
            String phrase = lower(i);
            if (!FIRST_WORDS.contains(phrase)) {
                continue;
            }
            for (int n = 2; n <= MAX_WORDS && i + n <= end; n++) {
                phrase += " " + lower(i + n - 1);
                if (PHRASES.contains(phrase)) {
                    accordingTo(s, i, i + n, phrase);
                    break;
                }
            }
        }
    }

    private void accordingTo(int s, int i, int ce, String phrase) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        Found f = new Found("according-to", phrase, ClaimType.STATEMENT, i, ce);
        int se = ce;
        while (se < end && !t.token(se).equals(",")) {
            se++;
        }
        if (se == ce) {
            return;
        }
        if (!phrase.equals("according to") && !ctx.phrases.holder(new int[] {ce, se})) {
            return; // a view needs a holder: not "in the view of the harbour" ("according to" also takes records and estimates)
        }
        f.srcFirst = ce;
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
