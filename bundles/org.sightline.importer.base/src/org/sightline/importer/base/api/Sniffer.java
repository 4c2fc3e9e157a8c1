package org.sightline.importer.base.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what an input is from its leading bytes, not from its name: a PNG renamed to .html is
 * still a PNG. The name only breaks ties between plain text and markup fragments.
 *
 * @since 0.1.0
 */
public final class Sniffer {

    /** The verdict; {@code reason} says why an input is UNSUPPORTED (null otherwise). */
    public record Sniffed(Format format, String reason) {
        static Sniffed of(Format format) {
            return new Sniffed(format, null);
        }
    }

    /** How many leading bytes {@link #detect} looks at; callers may pass more or fewer. */
    public static final int HEAD_BYTES = 8 * 1024;

    private static final Pattern FEED_ROOT = Pattern.compile(
            "<(rss|feed|rdf:rdf)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^(<!doctype\\s+html|<html\\b|<head\\b|<body\\b|<meta\\b|<title\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(html|head|body|div|p|article|section|table|span|a|b|i|em|strong|img|h[1-6]|ul|ol|li|br|meta|title)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private Sniffer() {
    }

    /**
     * Detects the format of an input.
     *
     * @param head the input's first bytes (at least {@link #HEAD_BYTES} when available)
     * @param name the input's name or path, used only for markup-versus-text ties; may be null
     */
    public static Sniffed detect(byte[] head, String name) {
        if (head.length == 0) {
            return new Sniffed(Format.UNSUPPORTED, "empty input");
        }
        String binary = binaryKind(head);
        if (binary != null) {
            return binary.equals("gzip") ? Sniffed.of(Format.GZIP)
                    : new Sniffed(Format.UNSUPPORTED, binary + " content, not text, HTML or a feed");
        }
        String text = Decoding.decode(head.length > HEAD_BYTES ? java.util.Arrays.copyOf(head, HEAD_BYTES) : head, null);
        if (text.indexOf('\0') >= 0) {
            return new Sniffed(Format.UNSUPPORTED, "binary content (NUL bytes), not text, HTML or a feed");
        }
        String start = skipProlog(text);
        String lower = start.toLowerCase(Locale.ROOT);
        if (HTML_START.matcher(lower).find()) {
            return Sniffed.of(Format.HTML);
        }
        if (lower.startsWith("<")) {
            if (FEED_ROOT.matcher(lower).lookingAt()) {
                return Sniffed.of(Format.FEED);
            }
            // XHTML or a fragment: markup whose root is not a feed.
            if (HTML_TAG.matcher(lower).find() || lower.startsWith("<html")) {
                return Sniffed.of(Format.HTML);
            }
            if (text.stripLeading().startsWith("<?xml")) {
                return new Sniffed(Format.UNSUPPORTED, "XML that is neither an RSS nor an Atom feed");
            }
        }
        // Text that merely contains some tags is HTML only when its name says so (a .txt may quote markup).
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if ((n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) && HTML_TAG.matcher(lower).find()) {
            return Sniffed.of(Format.HTML);
        }
        return Sniffed.of(Format.TEXT);
    }

    /** The kind of a known binary signature, or null for text. */
    private static String binaryKind(byte[] b) {
        if (starts(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return "ZIP archive (or office document)";
        }
        if (starts(b, 'R', 'I', 'F', 'F')) {
            return "RIFF media (WebP, WAV or AVI)";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "legacy Office document";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        if (starts(b, 'B', 'Z', 'h') || starts(b, 0xFD, '7', 'z', 'X', 'Z') || starts(b, '7', 'z', 0xBC, 0xAF)) {
            return "compressed archive (bzip2, xz or 7z)";
        }
        // UTF-16 text carries a BOM; without one, NUL bytes or many control bytes mean binary.
        if (starts(b, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE)) {
            return null;
        }
        int control = 0;
        int n = Math.min(b.length, HEAD_BYTES);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "binary data (NUL bytes)";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control * 10 > n ? "binary data (control bytes)" : null;
    }

    /** Skips whitespace, XML declaration, comments, processing instructions and a non-HTML DOCTYPE. */
    private static String skipProlog(String text) {
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end;
            if (text.startsWith("<?", i)) {
                end = text.indexOf("?>", i);
                if (end < 0) {
                    break;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                end = text.indexOf("-->", i);
                if (end < 0) {
                    break;
                }
                i = end + 3;
            } else if (text.regionMatches(true, i, "<!doctype", 0, 9)
                    && !text.regionMatches(true, i, "<!doctype html", 0, 14)) {
                end = text.indexOf('>', i);
                int subset = text.indexOf('[', i);
                if (subset >= 0 && subset < end) {
                    // An internal subset (entity declarations) contains '>' of its own.
                    int close = text.indexOf(']', subset);
                    end = close < 0 ? -1 : text.indexOf('>', close);
                }
                if (end < 0) {
                    break;
                }
                i = end + 1;
            } else {
                break;
            }
        }
        return text.substring(Math.min(i, len));
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

}
