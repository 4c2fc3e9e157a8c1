package org.sightline.extract.claims.internal.rules;

import org.sightline.extract.claims.api.ClaimType;

/**
 * {@code dash-tag}: a signature under a quotation or a post (guidelines section 4, "Dash tags": the dash is the cue,
 * the name the source). Two forms:
 * <ul>
 * <li>a line that is only a dash and a name signs the paragraph above it: a quotation ("“Friendly staff, fair
 * prices.”" over "– Marta K."), or a pasted post, which pages sign with the author's handle and a date ("— Harbour
 * Trust (@harbourtrust) March 3, 2020"). Without quotation marks or a handle the paragraph above may be a list or
 * a heading, so it is left alone;</li>
 * <li>a dash and a name after the closing quote of a quotation that opens the paragraph ("“It reads like a dream.” —
 * Ana Ortiz").</li>
 * </ul>
 * The name is title-case words only (a masked one too: "Mel****"), up to a comma that may add a place or a role ("—
 * Carla Sanchez, Denver"); "— and then he left" or a role in brackets is no signature this rule reads. First after the headlines, so the signed words are the one outer content.
 */
final class DashTagRule extends RuleFamily {

    /** Most tokens a signature's name may have ("Dia**** Co** Ga****" is split into six or more by the tokenizer). */
    private static final int MAX_NAME = 12;
    /** Most characters of a signed paragraph: a post or a quoted review, not a pasted article. */
    private static final int MAX_SIGNED = 1200;

    DashTagRule(RuleContext ctx) {
        super(ctx, "dash-tag");
    }

    @Override
    public void apply(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (int d = first; d < end; d++) {
            if (!used[d] && TAG_DASHES.contains(t.token(d)) && !readLine(d) && d > 0) {
                readInline(d);
            }
        }
    }

    /** The form "dash line under a paragraph"; whether dash {@code d} opens its line (then no inline reading). */
    private boolean readLine(int d) {
        int lineBegin = text.lastIndexOf('\n', Math.max(0, t.tokenBegin(d) - 1)) + 1;
        if (!blank(text.substring(lineBegin, t.tokenBegin(d)))) {
            return false;
        }
        int lineEnd = lineEnd(t.tokenBegin(d));
        int[] name = name(d + 1, lineEnd);
        if (name == null) {
            return true;
        }
        boolean handle = name[2] == 1;
        // the paragraph above: the block of non-blank lines before the dash line
        int blockEnd = lineBegin - 1; // the newline that ends the line above
        int blockBegin = -1;
        while (blockEnd > 0) {
            blockBegin = text.lastIndexOf('\n', blockEnd - 1) + 1;
            if (!blank(text.substring(blockBegin, blockEnd))) {
                break;
            }
            blockEnd = blockBegin - 1;
        }
        if (blockEnd <= 0 || blockBegin < 0) {
            return true;
        }
        while (blockBegin > 1) {
            int above = text.lastIndexOf('\n', blockBegin - 2) + 1;
            if (blank(text.substring(above, blockBegin - 1))) {
                break;
            }
            blockBegin = above;
        }
        int cFirst = t.tokenAtOrAfter(blockBegin);
        int cEnd = t.tokenAtOrAfter(blockEnd);
        if (cFirst >= cEnd || blockEnd - blockBegin > MAX_SIGNED) {
            return true;
        }
        if (!handle && !(OPEN_QUOTES.contains(t.token(cFirst)) && ctx.quotes.closingQuote(cFirst) == cEnd - 1)) {
            return true; // plain text over a dash line (a list item, a byline), or a quote with its own tail ("“A,” he said. “B.”")
        }
        sign(d, name, cFirst, cEnd);
        return true;
    }

    /** The form "“quotation” — Name" at the end of a paragraph whose first token opens the quotation. */
    private void readInline(int d) {
        int close = d - 1;
        if (!CLOSE_QUOTES.contains(t.token(close))) {
            return;
        }
        int lineBegin = text.lastIndexOf('\n', Math.max(0, t.tokenBegin(close) - 1)) + 1;
        int open = t.tokenAtOrAfter(lineBegin);
        if (open >= close || !OPEN_QUOTES.contains(t.token(open)) || ctx.quotes.closingQuote(open) != close) {
            return;
        }
        int[] name = name(d + 1, lineEnd(t.tokenBegin(d)));
        if (name != null && name[2] == 0) {
            sign(d, name, open, close + 1);
        }
    }

    /** Records dash {@code d} with the name as source and [cFirst, cEnd) as content, when no rule took any of it. */
    private void sign(int d, int[] name, int cFirst, int cEnd) {
        for (int x = cFirst; x < cEnd; x++) {
            if (used[x]) {
                return;
            }
        }
        Found f = new Found("dash-tag", t.token(d), ClaimType.STATEMENT, d, d + 1);
        f.srcFirst = name[0];
        f.srcEnd = name[1];
        f.content.add(new int[] {cFirst, cEnd});
        add(f);
    }

    /**
     * The name after a signature's dash, from token {@code from} to the line's end at character {@code lineEnd}:
     * {first, end, 1 if a handle in brackets follows (then anything after it, the post's date)}, or null when the
     * words are no name; a comma ends the name, and anything may follow it ("Carla Sanchez, Denver").
     */
    private int[] name(int from, int lineEnd) {
        int x = from;
        while (x < n && t.tokenEnd(x) <= lineEnd && !t.token(x).equals("(") && !t.token(x).equals(",")) {
            if (used[x] || !nameToken(x, x == from)) {
                return null;
            }
            x++;
        }
        if (x == from || x - from > MAX_NAME) {
            return null;
        }
        boolean handle = x + 1 < n && t.token(x).equals("(") && t.token(x + 1).startsWith("@") && t.tokenEnd(x + 1) <= lineEnd;
        if (x < n && t.tokenEnd(x) <= lineEnd && !handle && !t.token(x).equals(",")) {
            return null; // brackets without a handle: a role or a place, not read here
        }
        return new int[] {from, x, handle ? 1 : 0};
    }

    /** A word of a name: a capitalised word ("9to5Mac" too), an initial's dot, or a masked part ("Mel****", "**"). */
    private boolean nameToken(int x, boolean firstWord) {
        String w = t.token(x);
        if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && w.chars().anyMatch(Character::isUpperCase)) {
            return true;
        }
        return !firstWord && (w.chars().allMatch(c -> c == '*' || c == '.') || w.equals("&"));
    }

    /** The end of the line that character {@code offset} is on. */
    private int lineEnd(int offset) {
        int e = text.indexOf('\n', offset);
        return e < 0 ? text.length() : e;
    }

    /** Whether a line holds no words: spaces and the zero-width characters pages leave between paragraphs. */
    private static boolean blank(String line) {
        return line.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00A0');
    }
}
