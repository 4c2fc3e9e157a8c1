package org.sightline.extract.claims.internal.rules;

import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.nlp.api.UPos;

/**
 * {@code label-participle}: a past participle of a labelling verb set off after a noun phrase, with its label ("the
 * territories, seen as pivotal parts of any future state,", "the settlements, widely regarded as illegal,", "the
 * group, considered a terrorist organisation by Washington,"): a reduced relative the parser seldom reads as one. The
 * guidelines make it a passive label: the noun phrase and the label are the content, the by-agent (if any) the source,
 * else there is none. Read on the surface, after the surface verb cues, on tokens no rule took.
 */
final class LabelParticipleRule extends RuleFamily {

    /** Participles that label with "as" ("seen as", "regarded as"). */
    private static final Set<String> AS_PARTICIPLES = WORDS.get("label-participles-as");
    /** Participles that label without "as" ("considered a threat", "deemed illegal"). */
    private static final Set<String> BARE_PARTICIPLES = WORDS.get("label-participles-bare");

    LabelParticipleRule(RuleContext ctx) {
        super(ctx, "label-participle");
    }

    @Override
    public void apply(int s) {
        scanUnused(s, this::read);
    }

    private int read(int i, int s, int first, int sentenceEnd) {
        String w = lower(i);
        boolean as = AS_PARTICIPLES.contains(w);
        if (!as && !BARE_PARTICIPLES.contains(w) || i + 2 >= sentenceEnd) {
            return i;
        }
        int cb = i;
        while (cb - 1 > first && t.upos(cb - 1) == UPos.ADV && !used[cb - 1]) {
            cb--; // "widely regarded as"
        }
        int comma = cb - 1;
        if (comma <= first || !t.token(comma).equals(",") || !(t.upos(comma - 1) == UPos.NOUN || t.upos(comma - 1) == UPos.PROPN)) {
            return i;
        }
        int ce = as ? i + 2 : i + 1;
        if (as && !lower(i + 1).equals("as")) {
            return i;
        }
        int labelEnd = ce;
        int by = -1;
        while (labelEnd < sentenceEnd && !t.token(labelEnd).equals(",") && !t.token(labelEnd).equals(";")) {
            if (lower(labelEnd).equals("by") && by < 0 && labelEnd > ce) {
                by = labelEnd;
            }
            labelEnd++;
        }
        int np = ctx.phrases.npStartLeft(first, comma);
        int[] noun = {np, comma};
        int[] label = {ce, by > 0 ? by : labelEnd};
        int[] agent = by > 0 ? new int[] {by + 1, labelEnd} : null;
        if (np >= comma || label[0] >= label[1] || !ctx.parse.free(noun) || !ctx.parse.free(label)
                || !ctx.parse.free(new int[] {cb, ce}) || agent != null && (agent[0] >= agent[1] || !ctx.parse.free(agent))) {
            return i;
        }
        Found f = new Found("label-participle", t.lemma(i), ClaimType.ASSESSMENT, cb, ce);
        if (agent != null) {
            f.srcFirst = agent[0];
            f.srcEnd = agent[1];
        }
        f.content.add(noun);
        f.content.add(label);
        add(f);
        return labelEnd - 1;
    }
}
