package org.sightline.nlp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sightline.core.api.CalendarWords;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Repairs around the OpenNLP UD-EWT models, which were trained on web text: a line break always ends
 * a sentence (news lines are paragraphs, headings or list items), sentences are re-joined after
 * titles, initials and month abbreviations ("Gen. Joseph L. Votel", "Dec. 14"), and clitics are split
 * off as UD words ("Korea|’s", "do|n't", "I|'m"; the tokenizer keeps them whole). An abbreviation keeps its dot
 * inside a sentence ("Rep.", "Sgt.", "No."), as in the treebank; the tokenizer splits some and not others ("Rep|.",
 * but "Gov."), and a title cut from its dot is read as an interjection or a noun of its own.
 */
public final class Segmenter {

    /** Abbreviations after which a dot does not end the sentence; the month abbreviations come from CalendarWords. */
    private static final Set<String> ABBREVIATIONS = abbreviations("gen", "lt", "col", "maj", "capt", "cpt", "sgt",
            "adm", "brig", "cmdr", "cdr", "spc", "pfc", "cpl", "pvt", "dr", "mr", "mrs", "ms", "st", "sen", "rep",
            "gov", "pres", "prof", "inc", "corp", "co", "jr", "sr", "vs", "mt", "ft", "gens", "rev", "hon",
            "amb", "sec", "dept", "approx", "est", "u.s", "u.n", "u.k", "e.g", "i.e", "d.c", "a.m", "p.m", "ret", "sens",
            "reps", "govs", "drs", "messrs");

    /** "No." before a number ("No. 1"); elsewhere "no." is the word and a full stop ("He said no."). */
    private static final String NUMBER_SIGN = "no";

    private Segmenter() {
    }

    private static Set<String> abbreviations(String... words) {
        Set<String> all = new HashSet<>(Arrays.asList(words));
        all.addAll(CalendarWords.monthAbbreviations("en"));
        return Set.copyOf(all);
    }

    /** Sentence bounds {begin, end} in text order, trimmed of white space. */
    public static List<int[]> sentences(String text, SentenceDetectorME detector) {
        List<int[]> out = new ArrayList<>();
        int len = text.length();
        int lineStart = 0;
        while (lineStart < len) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = len;
            }
            int b = lineStart;
            int e = lineEnd;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                splitLine(text, b, e, detector, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int b, int e, SentenceDetectorME detector, List<int[]> out) {
        Span[] spans = detector.sentPosDetect(text.substring(b, e));
        int[] pending = null;
        for (Span sp : spans) {
            int sb = b + sp.getStart();
            int se = b + sp.getEnd();
            while (sb < se && Character.isWhitespace(text.charAt(sb))) {
                sb++;
            }
            while (se > sb && Character.isWhitespace(text.charAt(se - 1))) {
                se--;
            }
            if (sb >= se) {
                continue;
            }
            if (pending != null && shouldJoin(text, pending[1], sb)) {
                pending[1] = se;
            } else {
                if (pending != null) {
                    out.add(pending);
                }
                pending = new int[] {sb, se};
            }
        }
        if (pending != null) {
            out.add(pending);
        } else if (spans.length == 0) {
            out.add(new int[] {b, e});
        }
    }

    /** Whether a detected break between prevEnd and nextBegin is a false one after an abbreviation. */
    private static boolean shouldJoin(String text, int prevEnd, int nextBegin) {
        char next = text.charAt(nextBegin);
        if (Character.isLowerCase(next) || Character.isDigit(next)) {
            return true;
        }
        if (text.charAt(prevEnd - 1) != '.') {
            return false;
        }
        int w = prevEnd - 1;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && "(“\"'‘".indexOf(text.charAt(w - 1)) < 0) {
            w--;
        }
        String word = text.substring(w, prevEnd - 1);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "Joseph L. Votel"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("u.s") || lower.equals("u.n") || lower.equals("u.k") || lower.equals("d.c")) {
            return false; // also ends sentences; joined above only before lower case or digits
        }
        return ABBREVIATIONS.contains(lower);
    }

    /** Growable pairs of token offsets, reused across sentences to spare a Span object per token. */
    public static final class Tokens {
        int[] begin = new int[256];
        int[] end = new int[256];
        int size;

        public int size() {
            return size;
        }

        public int begin(int i) {
            return begin[i];
        }

        public int end(int i) {
            return end[i];
        }

        public void clear() {
            size = 0;
        }

        void add(int b, int e) {
            if (size == begin.length) {
                begin = java.util.Arrays.copyOf(begin, size * 2);
                end = java.util.Arrays.copyOf(end, size * 2);
            }
            begin[size] = b;
            end[size] = e;
            size++;
        }
    }

    /**
     * Appends the token spans of text[b, e) to {@code out}, with possessive endings and dashes split
     * off. The OpenNLP tokenizer model only ever splits inside a whitespace-separated chunk (its
     * features look at that chunk alone) and this model does not use its alphanumeric shortcut, so it
     * would evaluate every character of every word: chunks of letters only (no camel case) or digits
     * only are taken as one token directly, the others go to the model, with the same result.
     */
    public static void tokens(String text, int b, int e, ChunkTokenizer tokenizer, Tokens out) {
        int i = b;
        while (i < e) {
            while (i < e && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int cb = i;
            // plain: letters only without a lower-to-upper change ("AirPods"), or digits only ("4PM" is split)
            boolean letters = true;
            boolean digits = true;
            boolean camel = false;
            while (i < e && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                letters &= Character.isLetter(c);
                digits &= Character.isDigit(c);
                camel |= i > cb && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
                i++;
            }
            boolean plain = letters && !camel || digits;
            if (cb == i) {
                break;
            }
            if (i - cb == 1) {
                out.add(cb, i);
            } else if (i < e && abbreviation(text, cb, i, e)) {
                out.add(cb, i); // "Rep. Adam Schiff": not at the sentence's end, where the dot is the full stop
            } else if (plain) {
                splitClitics(text, cb, i, out); // only "cannot", "gonna"... split here
            } else {
                Span[] spans = tokenizer.spans(text.substring(cb, i));
                for (int k = 0; k < spans.length; k++) {
                    int tb = cb + spans[k].getStart();
                    if (k + 1 < spans.length && doubledQuote(text, tb, spans[k], spans[k + 1])) {
                        out.add(tb, cb + spans[++k].getEnd()); // '' and `` are one quotation mark, as in Penn Treebank text
                    } else if (k + 2 < spans.length && partyTag(text, cb, spans[k], spans[k + 1])) {
                        out.add(tb, cb + spans[++k].getEnd()); // "(R-Ga.)": the state's abbreviation keeps its dot
                    } else {
                        splitClosingQuote(text, tb, cb + spans[k].getEnd(), out);
                    }
                }
            }
        }
    }

    /**
     * Whether text[b, e) is a word of the abbreviation list with its dot ("Rep.", "Sgt."), or "No." before a number,
     * inside a sentence ending at {@code sentenceEnd}.
     */
    private static boolean abbreviation(String text, int b, int e, int sentenceEnd) {
        if (e - b < 3 || text.charAt(e - 1) != '.') {
            return false;
        }
        for (int k = b; k < e - 1; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        String word = text.substring(b, e - 1).toLowerCase(Locale.ROOT);
        if (word.equals(NUMBER_SIGN)) {
            int n = e;
            while (n < sentenceEnd && Character.isWhitespace(text.charAt(n))) {
                n++;
            }
            return n < sentenceEnd && Character.isDigit(text.charAt(n));
        }
        return ABBREVIATIONS.contains(word);
    }

    /** A party and state tag such as "R-Ga" or "D-N.Y" (span a of a chunk starting at cb) before its abbreviation's dot (b). */
    private static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,5}");

    private static boolean partyTag(String text, int cb, Span a, Span b) {
        return b.length() == 1 && b.getStart() == a.getEnd() && text.charAt(cb + b.getStart()) == '.'
                && PARTY_TAG.matcher(text.substring(cb + a.getStart(), cb + a.getEnd())).matches();
    }

    /** Whether the tokenizer's spans a and b, a starting at text offset tb, are the two marks of '' or ``. */
    private static boolean doubledQuote(String text, int tb, Span a, Span b) {
        if (a.length() != 1 || b.length() != 1 || b.getStart() != a.getEnd()) {
            return false;
        }
        char c = text.charAt(tb);
        return (c == '\'' || c == '`') && text.charAt(tb + 1) == c;
    }

    /**
     * The tokenizer model keeps a question mark with a curly closing quote as one token ("it?”"), and a word
     * with it before a comma ("Ascom”,"), so the quotation would have no closing quote of its own: a closing
     * double quote always stands alone ("?|”", "Ascom|”"), a closing single quote after other punctuation
     * ("...|’"; after a letter it is the apostrophe of "Marines’").
     */
    private static void splitClosingQuote(String text, int tb, int te, Tokens out) {
        char last = text.charAt(te - 1);
        if (te - tb > 1 && (last == '”' || last == '"' || last == '’' && punctuationOnly(text, tb, te - 1))) {
            splitDashes(text, tb, te - 1, out);
            out.add(te - 1, te);
        } else {
            splitDashes(text, tb, te, out);
        }
    }

    private static boolean punctuationOnly(String text, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) || Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The tokenizer keeps "back—even" whole; em and en dashes always stand alone. */
    private static void splitDashes(String text, int tb, int te, Tokens out) {
        int start = tb;
        for (int i = tb; i < te; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–') && te - tb > 1) {
                if (i > start) {
                    splitClitics(text, start, i, out);
                }
                out.add(i, i + 1);
                start = i + 1;
            }
        }
        if (start < te) {
            splitClitics(text, start, te, out);
        }
    }

    /**
     * Splits English clitics off as Universal Dependencies words do (UD English EWT, whose tagger and
     * parser models read them): possessive and verbal "'s", "n't" ("do|n't", "ca|n't", "wo|n't"), "'m",
     * "'re", "'ve", "'ll", "'d", and "cannot", "gonna", "wanna", "gotta". Each part keeps its own span of
     * the text, so offsets stay exact. Straight and curly apostrophes alike.
     */
    private static void splitClitics(String text, int tb, int te, Tokens out) {
        int n = te - tb;
        int cut = cliticStart(text, tb, te);
        if (cut > tb) {
            out.add(tb, cut);
            out.add(cut, te);
        } else if (n > 1 && (text.charAt(te - 1) == '’' || text.charAt(te - 1) == '\'')
                && Character.toLowerCase(text.charAt(te - 2)) == 's' && Character.isUpperCase(text.charAt(tb))) {
            // plural possessive of a name ("Marines’"): keep the word and the apostrophe apart
            out.add(tb, te - 1);
            out.add(te - 1, te);
        } else {
            out.add(tb, te);
        }
    }

    /** Where a clitic starts in text[tb, te), or -1. */
    private static int cliticStart(String text, int tb, int te) {
        int n = te - tb;
        if (n < 3) {
            return -1;
        }
        char last = Character.toLowerCase(text.charAt(te - 1));
        if (isApostrophe(text.charAt(te - 2)) && (last == 's' || last == 'm' || last == 'd')
                && Character.isLetter(text.charAt(te - 3))) {
            return te - 2; // 's 'm 'd
        }
        if (n < 4 || !Character.isLetter(text.charAt(te - 4))) {
            return n == 5 || n == 6 ? fusedForm(text, tb, te) : -1;
        }
        if (isApostrophe(text.charAt(te - 3))) {
            String c = text.substring(te - 2, te).toLowerCase(Locale.ROOT);
            return c.equals("re") || c.equals("ve") || c.equals("ll") ? te - 3 : -1;
        }
        if (last == 't' && isApostrophe(text.charAt(te - 2)) && Character.toLowerCase(text.charAt(te - 3)) == 'n') {
            return te - 3; // don't -> do n't, can't -> ca n't, won't -> wo n't
        }
        return n == 5 || n == 6 ? fusedForm(text, tb, te) : -1;
    }

    /** "cannot", "gonna", "wanna", "gotta": two words in UD ("can not", "gon na"). */
    private static int fusedForm(String text, int tb, int te) {
        String w = text.substring(tb, te).toLowerCase(Locale.ROOT);
        return w.equals("cannot") || w.equals("gonna") || w.equals("wanna") || w.equals("gotta") ? tb + 3 : -1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
