package org.sightline.importer.html.internal;

import org.jsoup.nodes.Element;
import org.sightline.importer.base.api.Structure;

/**
 * A run of text that a browser would show as one block (a paragraph, heading, list item, table
 * row or the text between two block elements), with what the extractor needs to judge it.
 *
 * @param owner     nearest block-level ancestor of the text
 * @param kind      PARAGRAPH, HEADING or LIST_ITEM
 * @param text      whitespace-collapsed text; may contain '\n' from {@code <br>}
 * @param chars     length of {@code text}
 * @param linkChars characters of {@code text} inside links
 * @param headingLevel 1-6 for headings, 0 otherwise
 * @param weight    see {@link #weightOf(String)}
 */
record Block(Element owner, Structure.Kind kind, String text, int chars, int linkChars, int headingLevel,
        double weight) {

    /** A block whose {@link #weight()} is computed from its text (once: scoring asks for it often). */
    static Block of(Element owner, Structure.Kind kind, String text, int linkChars, int headingLevel) {
        return new Block(owner, kind, text, text.length(), linkChars, headingLevel, weightOf(text));
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Number of words (runs of letters or digits). */
    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /**
     * Size of a text in Latin-script characters: a Chinese or Japanese character carries about
     * as much as a short word, so it counts three. Thresholds then work for any script.
     */
    static double weightOf(String text) {
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                cjk++;
            }
        }
        return text.length() + 2.0 * cjk;
    }

    /** {@link #weightOf} of the text outside links. */
    double nonLinkWeight() {
        return weight() * (1 - linkDensity());
    }
}
