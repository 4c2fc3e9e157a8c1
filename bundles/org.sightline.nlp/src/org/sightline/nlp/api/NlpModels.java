package org.sightline.nlp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from the Maven Central jars
 * {@code org.apache.opennlp:opennlp-models-*-en:1.3.0}) for sentences, tokens and part of speech,
 * loaded once. Lemmas come from rules ({@code RuleLemmatizer}; the statistical lemmatizer cost
 * four times as much as tagging), so {@link #LEMMA_MODEL} is no longer loaded. Models are immutable and safe to
 * share between threads; the taggers built from them are not, so each thread calls
 * {@link #newAnnotator()} for its own {@link Annotator}.
 */
public final class NlpModels {

    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Not loaded any more (rule lemmas); kept for callers that name the model jar. */
    public static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentenceModel;
    final TokenizerModel tokenModel;
    final POSModel posModel;

    private NlpModels(ModelSource source) {
        Objects.requireNonNull(source, "source");
        sentenceModel = load(source, SENTENCE_MODEL, SentenceModel::new);
        tokenModel = load(source, TOKEN_MODEL, TokenizerModel::new);
        posModel = load(source, POS_MODEL, POSModel::new);
    }

    /** Loads the models through {@code source} (e.g. backed by an OSGi bundle's entries). */
    public static NlpModels load(ModelSource source) {
        return new NlpModels(source);
    }

    /** The models loaded once per JVM from the class path ({@link ModelSource#defaultSource()}). */
    public static NlpModels shared() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    shared = m = new NlpModels(ModelSource.defaultSource());
                }
            }
        }
        return m;
    }

    /** A new annotator for the calling thread. Cheap compared with loading the models. */
    public Annotator newAnnotator() {
        return new Annotator(this);
    }

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    static <T> T load(ModelSource source, String name, Reader<T> reader) {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new IOException("model source returned no stream");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model '" + name + "': " + e.getMessage(), e);
        }
    }
}
