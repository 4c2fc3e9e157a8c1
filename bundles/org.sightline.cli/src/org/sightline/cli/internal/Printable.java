package org.sightline.cli.internal;

/**
 * Makes a line safe to print on a terminal or into a log: a file name may hold a newline (which
 * would forge a second {@code error:} line), an ANSI escape (which would rewrite the screen), or an
 * invisible bidirectional override. Such characters are shown as escapes ({@code \n}, {@code \x1b},
 * {@code \u202e}), and a backslash as {@code \\}, so that what is printed names the file exactly.
 */
final class Printable {

    private Printable() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                default -> needsEscape(c) ? (c < 0x100 ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c) : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c)) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean needsEscape(char c) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            return true; // C0 and C1 controls, DEL
        }
        int type = Character.getType(c);
        // Bidirectional overrides, zero-width characters, line and paragraph separators.
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
