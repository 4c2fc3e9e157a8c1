package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.nlp.api.UPos;

/**
 * {@code dash-tag}: a quotation signed with a dash and its author's name at the end of the line ("“Great service.” —
 * Carla Sanchez", also with the dash on the next line): the dash is the cue, the name the source, the quotation the
 * content (guidelines, section 2, dash tags). Runs before the verb families, so nothing said inside the signed
 * quotation is claimed on its own (outermost only).
 */
final class DashTagRule extends RuleFamily {

    /** The most tokens a signature may have ("Maria Lopez, a nurse in Ohio"). */
    private static final int MAX_SIGNATURE = 12;

    DashTagRule(RuleContext ctx) {
        super(ctx, "dash-tag");
    }

    @Override
    public void apply(int s) {
        int end = t.sentenceEndToken(s);
        for (int d = Math.max(1, t.sentenceFirstToken(s)); d < end; d++) {
            if (TAG_DASHES.contains(t.token(d)) && !used[d] && ctx.quotes.closeQuote(d - 1)) {
                sign(d);
                return;
            }
        }
    }

    /** The attribution of the quotation closed right before dash {@code d}, when a signature follows to the line end. */
    private void sign(int d) {
        int close = d - 1;
        int open = ctx.quotes.openingQuote(close);
        int lineEnd = lineEnd(d);
        if (open < 0 || lineEnd <= d + 1 || lineEnd - d - 1 > MAX_SIGNATURE || !Character.isUpperCase(t.token(d + 1).charAt(0))
                || !sameLine(t.tokenEnd(close), t.tokenBegin(d + 1)) && !lineStart(d)) {
            return; // the dash must follow the quotation on its line, or open the next one
        }
        int srcEnd = lineEnd;
        for (int x = lineEnd - 1; x > d; x--) {
            if (t.upos(x) == UPos.VERB || t.upos(x) == UPos.AUX || TAG_DASHES.contains(t.token(x))) {
                return; // a clause or an aside after the dash ("— nobody believed it", "— Ortiz and his staff — for"), no signature
            }
            srcEnd = t.token(x).equals(",") ? x : srcEnd; // "Carla Sanchez, Denver": the name before the first comma
        }
        for (int x = open; x <= close; x++) {
            if (used[x]) {
                return;
            }
        }
        Found f = new Found("dash-tag", t.token(d), ClaimType.STATEMENT, d, d + 1);
        f.srcFirst = d + 1;
        f.srcEnd = srcEnd;
        f.content.add(new int[] {open, close + 1});
        add(f);
    }

    /** The first token after {@code d} on a later line (or the text's end), without a final period. */
    private int lineEnd(int d) {
        int x = d + 1;
        while (x < n && sameLine(t.tokenEnd(d), t.tokenBegin(x))) {
            x++;
        }
        while (x > d + 1 && t.upos(x - 1) == UPos.PUNCT) {
            x--;
        }
        return x;
    }

    /** Whether token {@code x} opens its line. */
    private boolean lineStart(int x) {
        int b = t.tokenBegin(x);
        return b == 0 || text.lastIndexOf('\n', b - 1) >= t.tokenEnd(x - 1);
    }
}
