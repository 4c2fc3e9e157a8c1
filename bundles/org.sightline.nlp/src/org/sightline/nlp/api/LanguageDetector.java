package org.sightline.nlp.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;

import org.sightline.nlp.internal.LanguageWeights;

/**
 * The language of a text, as an ISO 639-1 code ("en", "de"; ISO 639-3 where no two-letter code
 * exists), or null when unsure. Two rules, in this order:
 * <ol>
 * <li>script: kana means Japanese, Hangul Korean, Greek letters Greek (the statistical model confuses
 * short Japanese and Chinese texts);</li>
 * <li>OpenNLP's language detector (103 languages, {@code opennlp-models-langdetect} from Maven
 * Central) on the first {@value #SAMPLE_CHARS} characters, trusted when its best language scores at
 * least {@value #MIN_MARGIN} times the second.</li>
 * </ol>
 * The model is read on first use, once per JVM, in the compact form this bundle derives from OpenNLP's
 * ({@code LanguageWeights}: the same scores, loaded in a few milliseconds). An instance is not
 * thread-safe: one per thread.
 *
 * @since 0.2.0
 */
public final class LanguageDetector {

    /** OpenNLP's model, from which this bundle's compact form is derived ({@code LanguageWeights}). */
    public static final String MODEL = "langdetect-183.bin";

    /** Characters looked at: enough for a confident verdict, bounded for long reports. */
    static final int SAMPLE_CHARS = 10_000;
    /** Best score over second-best score needed to trust the model ("NATO summit" is not). */
    static final double MIN_MARGIN = 1.5;
    /** Letters of one script among all letters that decide by script alone. */
    static final double SCRIPT_SHARE = 0.3;

    private static volatile LanguageWeights shared;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final LanguageWeights model;
    private final LanguageDetectorContextGenerator features = LanguageWeights.newContextGenerator();

    /** A detector over the shared model, read from this bundle on first use. */
    public LanguageDetector() {
        this.model = model();
    }

    /** The language of {@code text}, or null when the text is too short or ambiguous to tell. */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        Language[] ranked = model.predictLanguages(features, sample);
        if (ranked.length == 0) {
            return null;
        }
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (ranked[0].getConfidence() < MIN_MARGIN * second) {
            return null;
        }
        return iso1(ranked[0].getLang());
    }

    /** Rule 1: a script that only one language (of those that matter here) writes. */
    static String byScript(String text) {
        int letters = 0;
        int kana = 0;
        int hangul = 0;
        int greek = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (s == Character.UnicodeScript.GREEK) {
                greek++;
            }
        }
        if (letters == 0) {
            return null;
        }
        if (kana > 0 && kana >= 0.05 * letters) {
            return "ja"; // Japanese mixes kana into Han text; Chinese has none
        }
        if (hangul >= SCRIPT_SHARE * letters) {
            return "ko";
        }
        if (greek >= SCRIPT_SHARE * letters) {
            return "el";
        }
        return null;
    }

    /** "eng" -> "en", "cmn" -> "zh"; codes without a two-letter form stay as they are. */
    static String iso1(String iso3) {
        String two = ISO3_TO_ISO1.get(iso3);
        return two != null ? two : iso3;
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter form: nothing to map
            }
        }
        // The model uses individual-language codes where ISO 639-1 has the macrolanguage.
        m.put("cmn", "zh");
        m.put("pes", "fa");
        m.put("zsm", "ms");
        m.put("arb", "ar");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("swh", "sw");
        m.put("uzn", "uz");
        m.put("azj", "az");
        return Map.copyOf(m);
    }

    private static LanguageWeights model() {
        LanguageWeights m = shared;
        if (m == null) {
            synchronized (LanguageDetector.class) {
                m = shared;
                if (m == null) {
                    shared = m = LanguageWeights.shipped();
                }
            }
        }
        return m;
    }
}
