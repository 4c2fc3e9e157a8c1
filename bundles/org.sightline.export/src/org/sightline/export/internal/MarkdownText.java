package org.sightline.export.internal;

/**
 * Turns document text into CommonMark that renders as exactly that text. News text is full of characters Markdown
 * reads as markup ({@code *}, {@code _}, {@code [..](..)}, a line starting with {@code -} or {@code 1.}), and raw HTML
 * passes through most renderers, so a {@code <script>} in an article must never reach the report as a tag.
 */
public final class MarkdownText {

    /** Backslash-escaped wherever they appear: inline markup, raw HTML, entities, GFM tables and strikethrough. */
    private static final String ALWAYS = "\\`*_[]<>&|~#!";

    private MarkdownText() {
    }

    /**
     * {@code text} escaped for CommonMark. Line breaks (CRLF, CR, LF) become LF and are kept; when {@code atLineStart}
     * the text begins a line, and then, as after every line break, block markers are neutralised too: leading blanks
     * (which would make code blocks) become character references, and a leading {@code - + =} or the {@code .}/{@code )}
     * after leading digits (list items, setext underlines) are escaped.
     */
    public static String escape(String text, boolean atLineStart) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean lineStart = atLineStart;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.append(c);
                lineStart = true;
                continue;
            }
            if (lineStart) {
                if (c == ' ' || c == '\t') {
                    out.append(c == ' ' ? "&#32;" : "&#9;");
                    continue; // still at the start of the line's content
                }
                lineStart = false;
                if (c == '-' || c == '+' || c == '=') {
                    out.append('\\').append(c);
                    continue;
                }
                if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                        j++;
                    }
                    out.append(s, i, j);
                    if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')')) {
                        out.append('\\').append(s.charAt(j));
                        j++;
                    }
                    i = j - 1;
                    continue;
                }
            }
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code text} on one line (line breaks become spaces), escaped; for list items, headings and labels. */
    public static String line(String text) {
        return escape(text == null ? "" : text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '), true);
    }

    /**
     * Whether {@code text} can be wrapped in {@code *} or {@code **} and come out as emphasis: CommonMark only accepts
     * delimiters next to a letter or digit on the inside without further conditions; anything else (punctuation,
     * spaces, a line break) could leave literal asterisks in the report, so such text is not emphasised.
     */
    public static boolean canEmphasize(String text) {
        return text != null && !text.isEmpty() && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && Character.isLetterOrDigit(text.codePointAt(0))
                && Character.isLetterOrDigit(text.codePointBefore(text.length()));
    }
}
