package org.sightline.extract.claims.internal.rules;

import java.util.ArrayDeque;
import java.util.List;

import org.sightline.nlp.api.UPos;

/** Quotation marks: matching open and close quotes, and a quote resumed after its reporting clause. */
final class Quotes extends ContextView {

    Quotes(RuleContext ctx) {
        super(ctx);
    }

    /** Whether tokens [b, e) hold a quotation mark. */
    boolean hasQuote(int b, int e) {
        for (int x = b; x < e; x++) {
            if (isQuote(t.token(x))) {
                return true;
            }
        }
        return false;
    }

    /** A closing quote, also a mistyped opening one right after the quoted clause's comma (“..., “ Cook said). */
    static boolean isQuote(String token) {
        return OPEN_QUOTES.contains(token) || CLOSE_QUOTES.contains(token);
    }

    /** The mark at token x with '' read as a straight double quote and `` as “, so both pair as those do. */
    private String mark(int x) {
        String w = t.token(x);
        return w.equals("''") ? "\"" : w.equals("``") ? "“" : w;
    }

    boolean closeQuote(int x) {
        String w = mark(x);
        return CLOSE_QUOTES.contains(w) || w.equals("“") && x > 0 && t.token(x - 1).equals(",")
                && x + 1 < n && t.tokenBegin(x + 1) > t.tokenEnd(x);
    }

    /** The opening quote matching the closing one at token close, searching back up to 12 sentences. */
    int openingQuote(int close) {
        String c = mark(close).equals("“") ? "”" : mark(close);
        int s = t.sentenceOf(close);
        int limit = t.sentenceFirstToken(Math.max(0, s - 12));
        for (int x = close - 1; x >= limit; x--) {
            String w = mark(x);
            if (w.equals("“") || w.equals("\"") && (c.equals("\"") || c.equals("”") && opening(x)) || w.equals("‘") && c.equals("’")) {
                return x; // some publishers mix the two styles: "And I asked ...?” said Hill
            }
            if (w.equals("”") && c.equals("”")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code x} stands inside a double-quoted quotation of its paragraph that closes later in the
     * paragraph: a “ or an opening " before it whose closing mark comes after it. Straight quotes do not nest, so the
     * next " closes an open one. A quotation that opens its paragraph counts while it is open, closed or not (news runs
     * a quotation on into the next paragraphs); one opened later and left open to the paragraph's end (a pasted
     * article) does not, as its speaker may be nobody the text names. Single quotes are left out: ’ is also the apostrophe.
     */
    boolean insideQuotation(int x) {
        int b = x;
        while (b > 0 && sameLine(t.tokenBegin(b - 1), t.tokenBegin(x))) {
            b--;
        }
        ArrayDeque<String> open = new ArrayDeque<>();
        boolean paragraphQuote = false; // the quotation that opens the paragraph is still open
        for (int k = b; k < x; k++) {
            step(open, k);
            paragraphQuote = k == b ? open.size() == 1 : paragraphQuote && !open.isEmpty();
        }
        if (paragraphQuote) {
            return true; // news runs such a quotation on into the next paragraphs, closed or not
        }
        int depth = open.size();
        for (int k = x; depth > 0 && k < n && sameLine(t.tokenBegin(x), t.tokenBegin(k)); k++) {
            step(open, k);
            if (open.size() < depth) {
                return true;
            }
        }
        return false;
    }

    /** One token of the quotation marks' stack in {@link #insideQuotation}. */
    private void step(ArrayDeque<String> open, int k) {
        String w = mark(k);
        if (w.equals("\"") && "\"".equals(open.peek())) {
            open.pop(); // straight quotes do not nest: the next one closes ("I'm afraid not, "explains Winston)
        } else if (w.equals("“") && !closeQuote(k) || w.equals("\"") && opening(k)) {
            open.push(w);
        } else if ((w.equals("”") || w.equals("\"") || w.equals("“")) && !open.isEmpty()) {
            open.pop();
        }
    }

    /** Whether the quote mark at token x stands where a quotation opens: after a space or line start, before a word. */
    private boolean opening(int x) {
        return (x == 0 || t.tokenBegin(x) > t.tokenEnd(x - 1)) && x + 1 < n && t.tokenBegin(x + 1) == t.tokenEnd(x);
    }

    /**
     * The closing mark of scare quotes opening at {@code open}: one or two words in quotes (straight or curly, single or
     * double) followed by a word of the same phrase ("denied 'sensational' claims", "the “fake news” media"); else -1.
     * Scare quotes are no quotation (guidelines).
     */
    int scareQuoteEnd(int open) {
        String o = mark(open);
        for (int x = open + 2; x <= open + 3 && x + 1 < n; x++) {
            String w = mark(x);
            if (o.equals("'") && w.equals("'") || closes(o, w)) { // a straight single quote pairs only around a word or two
                return t.sentenceOf(x + 1) == t.sentenceOf(open) && Character.isLetterOrDigit(t.token(x + 1).charAt(0)) ? x : -1;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether mark {@code w} closes a quotation opened with {@code open}: “ ”, " " (or "”), ‘ ’. */
    private static boolean closes(String open, String w) {
        return open.equals("“") && w.equals("”") || open.equals("\"") && (w.equals("\"") || w.equals("”")) || open.equals("‘") && w.equals("’");
    }

    /**
     * Whether token {@code i} stands inside a quotation opened after token {@code outside} in the same sentence: a cue there
     * belongs to the quoted speaker, never to a source before the quotation ("Reuters reported that \"clerics issued a
     * declaration condemning ..., announcing three days of mourning\"").
     */
    boolean quotedAfter(int outside, int i) {
        return openAt(Math.max(outside + 1, t.sentenceFirstToken(t.sentenceOf(i))), i, false);
    }

    /**
     * Whether a quotation opened in [{@code from}, {@code i}) is still open at token {@code i}; with {@code unclosed}, one
     * that closes nowhere near counts as open too (a content quoting a speech that runs on past its paragraph).
     */
    boolean openAt(int from, int i, boolean unclosed) {
        for (int q = from; q < i; q++) {
            if (OPEN_QUOTES.contains(t.token(q)) && !t.token(q).equals("’")) {
                int close = closingQuote(q);
                if (close > i || unclosed && close < 0) {
                    return true;
                }
                if (close > q) {
                    q = close;
                }
            }
        }
        return false;
    }

    /** Token index of the quote that closes the one opened at token open, within 12 sentences, or -1. */
    int closingQuote(int open) {
        String o = mark(open);
        int limit = t.sentenceCount() > t.sentenceOf(open) + 12 ? t.sentenceEndToken(t.sentenceOf(open) + 12) : n;
        for (int x = open + 1; x < limit; x++) {
            String w = mark(x);
            if (closes(o, w)) {
                return x;
            }
            if (o.equals("“") && w.equals("“")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The closing quote ending sentence {@code s} after a full stop, question or exclamation mark ("“Can I go?”",
     * "“I then heard him ask.”"), when the next sentence follows on the same line, or -1: the sentence detector
     * splits there before a capital ("“Can I go?” Brooke asked.", "“...” Holmes testified."), so the speaker
     * stands in a sentence of its own.
     */
    int quoteEndingSentence(int s) {
        if (s < 0 || s + 1 >= t.sentenceCount()) {
            return -1;
        }
        int last = t.sentenceEndToken(s) - 1;
        int stop = last - 1;
        if (stop - 1 >= t.sentenceFirstToken(s) && CLOSE_QUOTES.contains(t.token(stop))) {
            stop--; // a quote inside the quote ends with it: "“... ‘So he’s going to do it?’”"
        }
        if (stop < t.sentenceFirstToken(s) || !CLOSE_QUOTES.contains(t.token(last))
                || !(t.token(stop).equals("?") || t.token(stop).equals("!") || t.token(stop).equals("."))
                || !sameLine(t.sentenceEnd(s), t.sentenceBegin(s + 1)) || openingQuote(last) < 0) {
            return -1;
        }
        return last;
    }

    /** A quote resumed in the next sentence of the paragraph ("“A,” Cook said. “B.”") joins the content. */
    Found continueQuote(Found f, int s) {
        int[] main = f.content.get(0);
        if (!OPEN_QUOTES.contains(t.token(main[0]))) {
            return f;
        }
        int end = t.sentenceEndToken(s);
        if (f.cueEnd < end - 1 && t.token(f.cueEnd).equals(",") && f.cueEnd + 1 < end
                && OPEN_QUOTES.contains(t.token(f.cueEnd + 1))) {
            int close = closingQuote(f.cueEnd + 1);
            if (close > 0) {
                f.content.add(new int[] {f.cueEnd + 1, close + 1});
                return f;
            }
        }
        int next = s + 1;
        if (next < t.sentenceCount() && sameLine(t.sentenceEnd(s), t.sentenceBegin(next))) {
            int nf = t.sentenceFirstToken(next);
            if (OPEN_QUOTES.contains(t.token(nf))) {
                int close = closingQuote(nf);
                if (close > 0 && !containsCue(nf, close) && !saidAfter(close, t.sentenceEndToken(next))) {
                    f.content.add(new int[] {nf, close + 1});
                }
            }
        }
        return f;
    }

    /**
     * Step {@code quote-close}: a content piece that opens a double quotation still open at the piece's end runs on to
     * the quotation's closing mark in the same paragraph, or to the paragraph's end when the quotation runs on into a
     * next paragraph opening with a quote mark (guidelines 6: a quote continued in the following sentences with no new
     * source is the same content; the families stop a piece at its sentence's end, "said: “These rioters are
     * criminals[. They have to face the law.]”"). Not when the rest holds the attribution's own cue or source (a
     * mark the pairing missed: “...," she said), a cue with a tail of its own, or another attribution's source or
     * content (then it is theirs).
     */
    void runToClose(Found f, List<Found> all) {
        for (int i = 0; i < f.content.size(); i++) {
            int[] c = f.content.get(i);
            int open = openAtEnd(c[0], c[1]);
            if (open < 0) {
                coordinatedQuotation(f, i, all);
                continue;
            }
            int close = closingQuote(open);
            int pe = lineEndToken(c[1] - 1);
            int end = close >= c[1] && close < pe ? close + 1 : pe < n && opensQuotation(pe) ? pe : -1;
            if (end < 0 || close >= 0 && close < pe && saidAfter(close, t.sentenceEndToken(t.sentenceOf(close)))
                    || f.cueFirst >= c[1] && f.cueFirst < end || f.srcFirst >= c[1] && f.srcFirst < end
                    || containsCue(c[1], end) || readFromOutside(f, c[1], end, all)) {
                continue;
            }
            for (int x = c[1]; x < end; x++) {
                used[x] = true;
            }
            c[1] = end;
            while (i + 1 < f.content.size() && f.content.get(i + 1)[0] < c[1]) {
                c[1] = Math.max(c[1], f.content.remove(i + 1)[1]); // a later piece inside the quotation is part of it now
            }
        }
    }

    /**
     * A second quotation joined to a piece that ends in a closing quote by "and"/"or" in the same sentence is a further
     * piece ("chanted, “Fund the clinics,” and “Hire nurses,” as ..."), unless a speech verb after it names its own
     * speaker or another attribution reads it.
     */
    private void coordinatedQuotation(Found f, int i, List<Found> all) {
        int[] c = f.content.get(i);
        int open = c[1] + 1;
        if (open >= n || !CLOSE_QUOTES.contains(t.token(c[1] - 1)) || !(lower(c[1]).equals("and") || lower(c[1]).equals("or"))
                || !opensQuotation(open) || i + 1 < f.content.size() && f.content.get(i + 1)[0] <= open) {
            return;
        }
        int close = closingQuote(open);
        if (close < 0 || t.sentenceOf(close) != t.sentenceOf(c[1]) || saidAfter(close, t.sentenceEndToken(t.sentenceOf(close)))
                || containsCue(open, close + 1) || readFromOutside(f, open, close + 1, all)) {
            return;
        }
        for (int x = open; x <= close; x++) {
            used[x] = true;
        }
        f.content.add(i + 1, new int[] {open, close + 1});
    }

    /** The opening mark of a double quotation opened in [b, e) and not closed before e, or -1. */
    private int openAtEnd(int b, int e) {
        for (int q = b; q < e; q++) {
            int scare = scareQuoteEnd(q);
            if (scare > q) {
                q = scare; // scare quotes are no quotation
            } else if (opensQuotation(q) && (!t.token(q).equals("\"") || opening(q))) {
                int close = closingQuote(q);
                if (close < 0 || close >= e) {
                    return q;
                }
                q = close;
            }
        }
        return -1;
    }

    /**
     * Step {@code quote-paragraphs}: a quotation that fills the next paragraph, with no speaker of its own, continues the
     * quotation of an attribution that ends its paragraph ("“A,” she said.¶“B.”"; guidelines, section 1: one attribution,
     * several content pieces), paragraph after paragraph; so does the rest of a quotation left open at its paragraph's end
     * when the next paragraph opens with a quote mark (the news convention for a quote running on). A quotation holding a
     * cue with a tail of its own ("“B,” she added") is another attribution. {@code all} are the attributions found: a
     * paragraph another one reads from outside stays its own.
     */
    void continueIntoParagraphs(Found f, List<Found> all) {
        int[] last = f.content.get(f.content.size() - 1);
        if (!opensQuotation(last[0]) || f.rule.equals("dash-tag")) {
            return; // a signature ends its quotation: the next quotation is the next reader's
        }
        int end = Math.max(last[1], Math.max(f.cueEnd, f.srcEnd));
        int p = lineEndToken(end - 1);
        if (!onlyPunctuation(end, p) && !reportingClauseRest(f, end, p)) {
            // "“A,” he said. “B ...¶“C.”": a quotation resumed after the attribution and left open at the paragraph's end
            int open = end;
            while (open < p && !opensQuotation(open) && t.upos(open) == UPos.PUNCT) {
                open++;
            }
            int close = open < p && opensQuotation(open) ? closingQuote(open) : -2;
            if (close == -2 || close >= 0 && close < p || !(p < n && opensQuotation(p)) || !continues(f, open, p, p, all)) {
                return;
            }
        }
        for (int k = 0; k < MAX_PARAGRAPHS && p < n && opensQuotation(p); k++) {
            int open = p;
            int pe = lineEndToken(open);
            int close = closingQuote(open);
            boolean runsOn = close < 0 || close >= pe;
            if (runsOn && !(pe < n && opensQuotation(pe))) {
                return; // left open with no quotation after it: not a quote run on
            }
            int pieceEnd = runsOn ? pe : close + 1;
            if (!onlyPunctuation(pieceEnd, pe) || !continues(f, open, pieceEnd, pe, all)) {
                return;
            }
            p = pe;
        }
    }

    /**
     * Whether [b, e), the rest of the paragraph after an attribution, only ends its reporting clause: words of the cue's
     * sentence with no quote mark and no cue ("“A,” they said in a statement on Friday.¶“B.”": the next paragraph's
     * quotation continues theirs as after "they said.").
     */
    private boolean reportingClauseRest(Found f, int b, int e) {
        if (t.sentenceOf(b) != t.sentenceOf(f.cueFirst) || t.sentenceOf(e - 1) != t.sentenceOf(b) || hasQuote(b, e)) {
            return false;
        }
        for (int x = b; x < e; x++) {
            if (ctx.cues.cueVerb(x) != null) {
                return false;
            }
        }
        return true;
    }

    /** Adds [open, pieceEnd) to f's content when it holds no attribution of its own; whether it did. */
    private boolean continues(Found f, int open, int pieceEnd, int paragraphEnd, List<Found> all) {
        if (containsCue(open, pieceEnd) || saidAfter(pieceEnd - 1, paragraphEnd) || readFromOutside(f, open, pieceEnd, all)) {
            return false;
        }
        f.content.add(new int[] {open, pieceEnd});
        for (int x = open; x < pieceEnd; x++) {
            used[x] = true;
        }
        return true;
    }

    /** Whether token x is a double or opening quote mark (’ is also the apostrophe). */
    private boolean opensQuotation(int x) {
        return OPEN_QUOTES.contains(t.token(x)) && !t.token(x).equals("’") && !t.token(x).equals("‘");
    }

    /** The most paragraphs a quotation is continued into. */
    private static final int MAX_PARAGRAPHS = 4;

    private boolean onlyPunctuation(int b, int e) {
        for (int x = b; x < e; x++) {
            if (t.upos(x) != UPos.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** Whether another attribution, with its cue outside [b, e), has its source or content inside. */
    private static boolean readFromOutside(Found f, int b, int e, List<Found> all) {
        for (Found g : all) {
            if (g == f || g.cueFirst >= b && g.cueFirst < e) {
                continue; // nested in the quotation: left out by quoted-cue
            }
            if (g.srcFirst >= 0 && g.srcFirst < e && g.srcEnd > b) {
                return true;
            }
            for (int[] c : g.content) {
                if (c[0] < e && c[1] > b) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a speech verb follows the closing quote in its sentence ("“B,” she said"): that quote is hers. */
    private boolean saidAfter(int close, int end) {
        for (int x = close + 1; x < end && x <= close + 6; x++) {
            String lemma = ctx.cues.cueVerb(x);
            if (lemma != null && CueLexicon.reporting(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [b, e) holds a cue with a tail of its own: a cue verb right after a closing quote ("“B,” said Cook"), or a
     * verb that reports a quote two words after a comma ("B, she said"); not any verb after a comma ("Excluding these
     * items, we believe ...": the quoted speaker's own words).
     */
    boolean containsCue(int b, int e) {
        for (int x = b; x < e; x++) {
            String lemma = ctx.cues.cueVerb(x);
            if (lemma != null && x + 1 < n && (CLOSE_QUOTES.contains(t.token(x - 1))
                    || t.token(x - 2).equals(",") && CueLexicon.reporting(lemma))) {
                return true;
            }
        }
        return false;
    }
}
