package org.sightline.nlp.internal;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.model.Document;
import org.sightline.nlp.api.LanguageDetector;

/**
 * Pipeline step 50: every document gets its language before the language-bound steps are chosen
 * (see LanguageCoverage). The text decides: a confident detection replaces what the page declared
 * (templates declare "en" on every page); when the detector is unsure the declared language stays.
 */
public final class LanguageExtractor implements Extractor {

    private final LanguageDetector detector = new LanguageDetector();

    @Override
    public void extract(ExtractionContext context) {
        Document d = context.document();
        String detected = detector.detect(d.getText());
        if (detected != null) {
            d.setLanguage(detected);
        }
    }
}
