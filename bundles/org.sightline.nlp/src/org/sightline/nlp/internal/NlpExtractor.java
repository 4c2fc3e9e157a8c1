package org.sightline.nlp.internal;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;

/**
 * Pipeline step 100: sentences, tokens, POS and lemmas for the later steps, put into the context
 * as {@link AnnotatedText}. The models are loaded once per process and shared; each instance (one
 * per worker thread) has its own {@link Annotator}, since OpenNLP's taggers are not thread-safe.
 */
public final class NlpExtractor implements Extractor {

    private final Annotator annotator = NlpModels.shared().newAnnotator();

    @Override
    public void extract(ExtractionContext context) {
        context.put(AnnotatedText.class, annotator.annotate(context.text()));
    }
}
