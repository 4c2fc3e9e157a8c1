package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.nlp.api.UPos;

/**
 * {@code asked-opener}: a sentence opening with "Asked ..." or "When asked ..." up to a comma ("Asked about the
 * report, a spokesman declined to comment", "Asked later for an example, he brought up ..."): the question put to
 * the main clause's subject, by someone unnamed, is a sourceless attribution whose content is what was asked. The
 * main clause is read by the other families.
 */
final class AskedOpenerRule extends RuleFamily {

    /** The most words a question before the comma may have. */
    private static final int MAX_QUESTION = 30;

    AskedOpenerRule(RuleContext ctx) {
        super(ctx, "asked-opener");
    }

    @Override
    public void apply(int s) {
        int first = clauseFirst(s);
        int end = t.sentenceEndToken(s);
        int a = first;
        if (a + 1 < end && (lower(a).equals("when") || lower(a).equals("if"))) {
            a++; // "When asked about ...", "If asked whether ..."
        }
        if (a + 2 >= end || !lower(a).equals("asked") || used[a]) {
            return;
        }
        int b = a + 1;
        if (t.upos(b) == UPos.ADV && !ASKED_LINKS.contains(lower(b))) {
            b++; // "Asked later for an example", "Asked repeatedly about"
        }
        if (b >= end || !ASKED_LINKS.contains(lower(b))) {
            return;
        }
        int comma = b + 1;
        while (comma < end && comma - a <= MAX_QUESTION && !t.token(comma).equals(",") && !used[comma]) {
            comma++;
        }
        if (comma >= end || !t.token(comma).equals(",") || comma + 2 >= end) {
            return; // no main clause follows: "Asked about it." is no opener
        }
        Found f = new Found("asked-opener", "ask", ClaimType.STATEMENT, a, a + 1);
        f.content.add(new int[] {b, comma});
        add(f);
    }
}
