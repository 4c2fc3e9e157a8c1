package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.lexicon.api.Frame;
import org.sightline.nlp.api.UPos;

/**
 * {@code parse-parenthetical}: a reporting clause set off by commas inside the sentence it
 * reports ("The larger landers, he said, could deliver tools", "Prices, officials said, will rise"): the
 * source is the short noun phrase before the verb, the content the sentence on both sides of the commas.
 */
final class ParseParentheticalRule extends RuleFamily {

    ParseParentheticalRule(RuleContext ctx) {
        super(ctx, "parse-parenthetical");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        for (int i = first + 2; i < end; i++) {
            if (!used[i] && t.upos(i) == UPos.VERB) {
                parenthetical(i, first, end);
            }
        }
    }

    private void parenthetical(int i, int first, int end) {
        Cue cue = CueLexicon.verb(t.lemma(i));
        if (cue == null || cue.cueClass() != CueClass.SPEECH || !cue.takes(Frame.QUOTE)) {
            return;
        }
        int after = i + 1;
        while (after < end && after - i <= 4 && !t.token(after).equals(",") && t.tree().dominates(i, after)
                && t.upos(after) != UPos.VERB) {
            after++; // a time or place after the verb stays in the cue's clause ("officials said on Friday,")
        }
        if (after >= end || !t.token(after).equals(",")) {
            return;
        }
        int open = i - 1;
        while (open > first && i - open <= 6 && !t.token(open).equals(",")) {
            UPos p = t.upos(open);
            if (!(p == UPos.PRON || p == UPos.PROPN || p == UPos.NOUN || p == UPos.DET || p == UPos.ADJ || p == UPos.AUX
                    || p == UPos.ADV)) {
                return;
            }
            open--;
        }
        if (open <= first || open >= i - 1 || !t.token(open).equals(",")
                || DependencyCues.RELATIVES.contains(lower(open + 1))) {
            return; // ", which the investor blasted as wrong,": a relative clause, not a parenthetical
        }
        int stop = end;
        while (stop > after + 1 && t.upos(stop - 1) == UPos.PUNCT && !Quotes.isQuote(t.token(stop - 1))) {
            stop--;
        }
        int srcFirst = open + 1;
        int cueFirst = i;
        while (cueFirst - 1 > srcFirst && (t.upos(cueFirst - 1) == UPos.AUX || t.upos(cueFirst - 1) == UPos.ADV)) {
            cueFirst--;
        }
        if (t.upos(after + 1) == UPos.CCONJ) {
            return; // "After that, Ford wrote, and wrote": the source's own conjoined predicate, no reported sentence resumes
        }
        int[] before = {first, open};
        int[] rest = {after + 1, stop};
        if (rest[1] - rest[0] < 2 || !ctx.parse.free(before) || !ctx.parse.free(rest) || !ctx.parse.free(new int[] {srcFirst, after})
                || Quotes.isQuote(t.token(first))) {
            return; // a quote split by its source is the surface rules' ("“A,” he said, “B.”")
        }
        Found f = new Found("parse-parenthetical", cue.lemma(), ClaimType.valueOf(cue.type()), cueFirst, i + 1);
        f.srcFirst = srcFirst;
        f.srcEnd = cueFirst;
        f.content.add(before);
        f.content.add(rest);
        add(f);
    }
}
