package org.sightline.extract.claims.internal.rules;

import java.util.Locale;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.nlp.api.UPos;

/** {@code self-label}: a label a source gives itself ("ISIL's self-proclaimed capital"): the label is the content. */
final class SelfLabelRule extends RuleFamily {

    SelfLabelRule(RuleContext ctx) {
        super(ctx, "self-label");
    }

    @Override
    public void apply(int s) {
        scanUnused(s, this::read);
    }

    /** The self-label starting at token {@code i}, if any; returns the last token taken. */
    private int read(int i, int s, int first, int sentenceEnd) {
        String w = lower(i);
        int label = i + 1; // "self-proclaimed" may come as one token or as "self" "-" "proclaimed"
        while (label < sentenceEnd && t.tokenBegin(label) == t.tokenEnd(label - 1) && label < i + 3) {
            label++;
        }
        if (CueLexicon.SELF_LABELS.contains(text.substring(t.tokenBegin(i), t.tokenEnd(label - 1))
                .toLowerCase(Locale.ROOT))) {
            int e = label;
            while (e < sentenceEnd && !used[e] && (t.upos(e) == UPos.ADJ || t.upos(e) == UPos.NOUN
                    || t.upos(e) == UPos.PROPN)) {
                e++;
            }
            if (e > label) {
                Found f = new Found("self-label", w, ClaimType.STATEMENT, i, label);
                f.content.add(new int[] {label, e});
                add(f);
            }
        }
        return i;
    }
}
