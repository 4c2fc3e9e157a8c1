package org.sightline.export.internal;

import java.util.Locale;

/** What the XML writer does not do for us: drop characters XML 1.0 forbids and make ids into NMTOKENs. */
public final class XmlText {

    private XmlText() {
    }

    /**
     * {@code text} with every character XML 1.0 cannot carry (C0 controls other than TAB, LF, CR; U+FFFE, U+FFFF; lone
     * surrogates) replaced by U+FFFD. Extracted text does contain such characters (form feeds, NULs from bad HTML),
     * and one would make the whole file unreadable for every XML parser.
     */
    public static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (cleaned != null) {
                        cleaned.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD && !Character.isLowSurrogate(c));
            }
            if (!ok && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(ok ? c : '\uFFFD');
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    /**
     * {@code id} as an XML NMTOKEN, the type GraphML requires for node, edge and key ids. Ids Sightline allocates
     * ({@code a12}) are NMTOKENs already and come out unchanged; any other character (anything but ASCII letters, digits, '-', '.', '_') is written as {@code _xHHHH_}
     * (its UTF-16 code unit in hex), and so is an underscore that would start such a sequence, so distinct ids stay
     * distinct.
     *
     * @throws IllegalArgumentException if {@code id} is null or empty
     */
    public static String nmtoken(String id, String what) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(what + " has no id; give every object an id (org.sightline.model.io.Ids.assignMissing) before exporting");
        }
        StringBuilder token = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = isNameChar(c) && !(c == '_' && id.startsWith("_x", i));
            if (!ok && token == null) {
                token = new StringBuilder().append(id, 0, i);
            }
            if (token != null) {
                if (ok) {
                    token.append(c);
                } else {
                    token.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
                }
            }
        }
        return token == null ? id : token.toString();
    }

    /**
     * ASCII letters, digits, '-', '.' and '_': NameChars in every edition of XML. Wider ranges differ between XML 1.0
     * editions and so between parsers (the JDK's follows an older one), so everything else is encoded.
     */
    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_';
    }
}
