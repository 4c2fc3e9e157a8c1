package org.sightline.importer.base.internal;

import java.nio.charset.Charset;
import java.util.Arrays;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Guesses the legacy charset of bytes that declare none and are not UTF-8, with ICU4J's
 * statistical detector (byte n-grams per language; it knows the Cyrillic, Arabic, Greek, Hebrew,
 * Central European and CJK legacy encodings). ICU4J rather than juniversalchardet: the latter has no
 * Arabic model, and ICU4J is already in the target platform. A separate class so that ICU is
 * loaded only when a file needs a guess.
 */
public final class CharsetGuess {

    /** ICU's confidence (0-100) below which the guess is not trusted and the caller's fallback holds. */
    static final int MIN_CONFIDENCE = 40;

    /** The detector reads this many leading bytes: enough for its statistics, bounded for 20 MiB files. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private CharsetGuess() {
    }

    /**
     * The charset name ICU finds with enough confidence, or null.
     *
     * @param markup whether the bytes are HTML or XML: tags are then left out of the statistics
     */
    public static String guess(byte[] bytes, boolean markup) {
        byte[] sample = bytes.length > SAMPLE_BYTES ? Arrays.copyOf(bytes, SAMPLE_BYTES) : bytes;
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(sample);
        CharsetMatch best = detector.detect();
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return null;
        }
        String name = best.getName();
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return null; // without a BOM such "text" is binary data; the sniffer says so
        }
        if (name.equals("ISO-8859-7") && greekCapitalAlphaWithTonosAsWindows1253(sample)) {
            return "windows-1253";
        }
        return Charset.isSupported(name) ? name : null;
    }

    /**
     * ICU reports windows-1253 only when C1 bytes occur, but Greek text in windows-1253 differs from
     * ISO-8859-7 mainly in one letter: "Ά" is 0xA2 there and 0xB6 in ISO-8859-7 (where 0xA2 is a
     * quote mark). 0xA2 starting a word more often than 0xB6 does means windows-1253.
     */
    static boolean greekCapitalAlphaWithTonosAsWindows1253(byte[] b) {
        int a2 = 0;
        int b6 = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            int c = b[i] & 0xFF;
            boolean wordStart = i == 0 || (b[i - 1] & 0xFF) <= ' ';
            boolean letterNext = (b[i + 1] & 0xFF) >= 0xC1;
            if (wordStart && letterNext) {
                if (c == 0xA2) {
                    a2++;
                } else if (c == 0xB6) {
                    b6++;
                }
            }
        }
        return a2 > b6;
    }
}
