package org.sightline.extract.claims.internal.rules;

import org.sightline.nlp.api.UPos;

/**
 * {@code reporting-tail}: source and cue at the end of the sentence, the content before ("“…,”
 * Cook said.", "…, said the release.", "…, a spokeswoman said on Friday."), a quote split by an inverted
 * source ("“A,” said X, a spokesman for Y, “B.”") and a quote resumed in the next sentence. First, so the
 * quote is their content rather than a place for further cues.
 */
final class ReportingTailRule extends RuleFamily {

    ReportingTailRule(RuleContext ctx) {
        super(ctx, "reporting-tail");
    }

    @Override
    public boolean readsQuestions() {
        return true;
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = trimEnd(s, t.sentenceEndToken(s));
        for (int i = end - 1; i > first; i--) {
            String lemma = ctx.cues.cueVerb(i);
            if (lemma == null || used[i] || !CueLexicon.reporting(lemma)) {
                continue;
            }
            int ce = ctx.cues.extendCueRight(lemma, i, i + 1, end, false);
            int tail = ce;
            while (tail < end && tail < ce + 4) {
                int time = ctx.contents.timeExpression(tail, end);
                if (time > tail) {
                    tail = time; // "..., a spokeswoman said on Friday."
                } else if (PARTICIPLE_LINKS.contains(lower(tail)) && tail + 1 < end && t.upos(tail + 1) == UPos.VERB
                        && lower(tail + 1).endsWith("ing") || SUBORDINATORS.contains(lower(tail)) && tail + 1 < end && SUBJECT_PRONOUNS.contains(lower(tail + 1))) {
                    // "... Brooke asked before apologizing", "..., the judge noted as she made her decision": the
                    // adverbial clause is no content (its own cues stay free for the later families)
                    tail = end;
                } else if (MEDIA_NOUNS.contains(lower(ce - 1)) && t.token(tail).equals(",")
                        && tail + 1 < end && lower(tail + 1).equals("which")) {
                    tail = end; // "..., the team wrote in the paper, which was published today": about the medium
                } else if (t.upos(tail) == UPos.ADV || t.upos(tail) == UPos.NOUN
                        || t.upos(tail) == UPos.PROPN && !Character.isUpperCase(t.token(tail).charAt(0))
                        || lower(tail).equals("reporters")) {
                    tail++;
                } else {
                    break;
                }
            }
            int[] src;
            int cut;
            int resumed = -1;
            int cb = i;
            while (cb - 1 > first && (t.upos(cb - 1) == UPos.AUX || t.upos(cb - 1) == UPos.ADV)) {
                cb--;
            }
            if (tail >= end) {
                int b = ctx.phrases.sourceChainStart(first, cb);
                if (b < 0) {
                    b = ctx.phrases.npStartLeft(first, cb);
                }
                int before = b == first ? ctx.quotes.questionEndingSentence(s - 1) : -1;
                if (before >= 0 && b < cb) {
                    cut = before; // "“…?” / Schiff asked.": the sentence split after the question's closing quote
                } else if (b == cb || b <= first || !(t.token(b - 1).equals(",") || ctx.quotes.closeQuote(b - 1))) {
                    return;
                } else {
                    cut = b - 1;
                }
                src = ctx.phrases.trimSource(b, cb);
            } else if (cb > first && !lower(i).endsWith("ing")
                    && (ctx.quotes.closeQuote(cb - 1) || t.token(cb - 1).equals(",") && ctx.cues.hasVerb(first, cb - 1))) {
                // an -ing form after the comma is a participle of the clause before (", publicly threatening the
                // mayor"), not an inverted tail

                int[] np = ctx.phrases.npRight(ce, end);
                if (np != null && np[1] < end && np[1] - 1 > np[0] && t.token(np[1] - 1).equals(",")
                        && OPEN_QUOTES.contains(t.token(np[1])) && ctx.quotes.closeQuote(cb - 1)) {
                    resumed = np[1]; // "“A,” said X, a spokesman for Y, “B.”": the quote resumes after the source
                    np = new int[] {np[0], np[1] - 1};
                } else if (np == null || np[1] < end) {
                    return;
                }
                src = np;
                cut = cb - 1;
                ce = i + 1;
            } else {
                return;
            }
            if (src == null) {
                return;
            }
            Found f = new Found();
            f.rule = "reporting-tail";
            f.cueLemma = lemma;
            f.type = CueLexicon.VERBS.get(lemma);
            f.cueFirst = cb;
            f.cueEnd = ce;
            f.srcFirst = src[0];
            f.srcEnd = src[1];
            int closeQuote = ctx.quotes.closeQuote(cut) ? cut
                    : cut + 1 < n && CLOSE_QUOTES.contains(t.token(cut + 1)) ? cut + 1
                    : cut - 1 >= 0 && ctx.quotes.closeQuote(cut - 1) ? cut - 1 : -1;
            int open = closeQuote >= 0 ? ctx.quotes.openingQuote(closeQuote) : -1;
            if (open >= 0) {
                f.content.add(new int[] {open, closeQuote + 1});
            } else {
                ctx.contents.addContentBefore(f, first, cut);
            }
            if (f.content.isEmpty()) {
                return;
            }
            int resumedClose = resumed >= 0 ? ctx.quotes.closingQuote(resumed) : -1;
            if (resumedClose > 0) {
                f.content.add(new int[] {resumed, resumedClose + 1});
            } else {
                ctx.quotes.continueQuote(f, s);
            }
            add(f);
            return;
        }
    }
}
