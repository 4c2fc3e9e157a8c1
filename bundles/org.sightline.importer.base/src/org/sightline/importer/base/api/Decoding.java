package org.sightline.importer.base.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.importer.base.internal.CharsetGuess;

/**
 * Turns the bytes of a web page, feed or text file into a String. The order follows the HTML
 * standard's encoding sniffing, simplified: byte order mark, then the transport's charset (HTTP
 * header), then an in-document declaration ({@code <meta charset>}, {@code http-equiv}, XML
 * declaration), each only when the bytes bear it out (see {@link #checked}), then UTF-8 when the bytes are valid UTF-8, then a statistical guess of the legacy
 * charset (Cyrillic, Arabic, Greek, Central European, CJK encodings; ICU4J, see CharsetGuess), and
 * when the guess is unsure, windows-1252 (it can decode any byte, and it is what old Western pages
 * really use).
 *
 * @since 0.1.0
 */
public final class Decoding {

    /** Where the charset came from, for diagnostics and tests. */
    public enum Source { BOM, HEADER, DECLARATION, VALID_UTF8, DETECTED, FALLBACK }

    /** The decoded text (byte order mark dropped), the charset used and where it came from. */
    public record Decoded(String text, Charset charset, Source source) {
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Declarations are looked for in this many leading bytes; pages put meta tags late, so more than the standard's 1024. */
    private static final int PRESCAN_BYTES = 16 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Decoding() {
    }

    /** Shorthand for {@link #decodeWithSource(byte[], String)} when only the text matters. */
    public static String decode(byte[] bytes, String headerCharset) {
        return decodeWithSource(bytes, headerCharset).text();
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param headerCharset the charset named by the transport (HTTP Content-Type), or null; an
     *                      unknown name is ignored rather than failing the import
     */
    public static Decoded decodeWithSource(byte[] bytes, String headerCharset) {
        int bomLength = 0;
        Charset charset = null;
        Source source = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset != null) {
            source = Source.BOM;
        } else if ((charset = checked(forLabel(headerCharset), bytes)) != null) {
            source = Source.HEADER;
        } else if ((charset = checked(declared(bytes), bytes)) != null) {
            source = Source.DECLARATION;
        } else if (hasIso2022Escapes(bytes) && (charset = forLabel(CharsetGuess.guess(bytes, false))) != null) {
            source = Source.DETECTED; // 7-bit, so valid UTF-8 too, but its escapes switch to CJK character sets
        } else if (isValidUtf8(bytes)) {
            charset = StandardCharsets.UTF_8;
            source = Source.VALID_UTF8;
        } else if ((charset = forLabel(CharsetGuess.guess(bytes, looksLikeMarkup(bytes)))) != null) {
            source = Source.DETECTED;
        } else {
            charset = WINDOWS_1252;
            source = Source.FALLBACK;
        }
        String text = new String(bytes, bomLength, bytes.length - bomLength, charset);
        return new Decoded(text, charset, source);
    }

    /**
     * {@code declared} when the bytes bear it out, else null (the declaration is then ignored and the
     * next step decides). A declaration is wrong when the bytes are not valid in it (a page declared
     * UTF-8 but saved in windows-1252), or when it names a one-byte legacy charset while the bytes are
     * valid UTF-8 with multi-byte characters: by chance, legacy text is practically never valid UTF-8,
     * and servers that label every page ISO-8859-1 are common.
     */
    static Charset checked(Charset declared, byte[] bytes) {
        if (declared == null) {
            return null;
        }
        if (!decodesCleanly(bytes, declared)) {
            return null;
        }
        boolean oneByte = declared.canEncode() && declared.newEncoder().maxBytesPerChar() <= 1.0f;
        if (oneByte && !isAscii(bytes) && isValidUtf8(bytes)) {
            return null;
        }
        return declared;
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            return true; // a charset that cannot report errors: take the declaration on trust
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The charset declared inside the document (meta tag or XML declaration), or null. */
    static Charset declared(byte[] bytes) {
        // ISO-8859-1 maps each byte to one char, so ASCII markup is readable whatever the real charset.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset c = forLabel(xml.group(1));
            if (c != null) {
                return asciiCompatible(c);
            }
        }
        Matcher meta = META_CHARSET.matcher(head);
        while (meta.find()) {
            Charset c = forLabel(meta.group(1));
            if (c != null) {
                return asciiCompatible(c);
            }
        }
        return null;
    }

    /**
     * A charset for a label as pages write it, or null when unknown. Latin-1 and ASCII labels mean
     * windows-1252, as in every browser (pages labelled so routinely contain curly quotes in 0x80-0x9F).
     */
    public static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return null;
        }
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /** A document that could be read as ASCII to find its declaration cannot really be UTF-16: the standard says UTF-8 then. */
    private static Charset asciiCompatible(Charset c) {
        String name = c.name();
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
    }

    static boolean isValidUtf8(byte[] bytes) {
        return decodesCleanly(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the bytes hold an ISO-2022 escape to a multi-byte set (ESC $ ...), as 7-bit Japanese, Chinese and Korean mail and pages do. */
    private static boolean hasIso2022Escapes(byte[] bytes) {
        int n = Math.min(bytes.length, PRESCAN_BYTES) - 1;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0x1B && bytes[i + 1] == '$') {
                return true;
            }
        }
        return false;
    }

    /** Whether the first non-blank byte opens a tag: markup is then left out of the charset statistics. */
    private static boolean looksLikeMarkup(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
