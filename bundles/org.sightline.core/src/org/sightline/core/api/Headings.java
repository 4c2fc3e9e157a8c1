package org.sightline.core.api;

/**
 * The one rule for what a line of plain text must look like to be a heading: short, and not ending
 * as a sentence or a clause. The plain-text importer's layout and actor recognition both ask it;
 * each adds only where the line stands (the layout: not the title or the last line; recognition:
 * a whole line, not right after a line ending in a colon, which introduces a list).
 *
 * @since 0.2.0
 */
public final class Headings {

    /** A heading is at most this many characters long. */
    public static final int MAX_LENGTH = 100;
    /** A heading has at most this many words (runs of characters between white space). */
    public static final int MAX_WORDS = 12;

    /** Closing quotes and brackets that may stand after a sentence's final mark. */
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB)]";
    /** Marks that end a sentence: stop, question and exclamation mark, their CJK forms, ellipsis. */
    private static final String SENTENCE_ENDS = ".!?\u3002\uFF01\uFF1F\u2026";
    /** Marks that end a clause, after which the text goes on. */
    private static final String CLAUSE_ENDS = ":;,";

    private Headings() {
    }

    /**
     * Whether {@code line} (stripped of surrounding white space) is short enough and ends neither
     * as a sentence nor as a clause.
     */
    public static boolean isHeading(CharSequence line) {
        String l = line.toString().strip();
        return l.length() <= MAX_LENGTH && words(l) <= MAX_WORDS && endsOpen(l);
    }

    /** Whether {@code text} is not empty and ends neither as a sentence nor as a clause (":", ";", ","). */
    public static boolean endsOpen(CharSequence text) {
        return !text.isEmpty() && !endsAsSentence(text) && CLAUSE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Ends with a stop, question or exclamation mark, possibly inside closing quotes or brackets. */
    public static boolean endsAsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    private static int words(String l) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < l.length(); i++) {
            boolean space = Character.isWhitespace(l.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
