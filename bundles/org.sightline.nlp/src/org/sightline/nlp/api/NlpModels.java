package org.sightline.nlp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.parser.DependencyParser;
import org.sightline.nlp.internal.tagger.PerceptronTagger;

/**
 * The English models, loaded once: OpenNLP's UD-EWT sentence and token models (Maven Central jars
 * {@code org.apache.opennlp:opennlp-models-*-en:1.3.0}), and Sightline's own part-of-speech tagger and
 * dependency parser (averaged perceptrons trained on UD English EWT, shipped in this bundle; docs/nlp.md).
 * Lemmas come from rules ({@code RuleLemmatizer}). OpenNLP's POS and lemmatizer models are only read by
 * the benchmark's stock reference. Models are immutable and safe to share between threads; OpenNLP's
 * detectors built from them are not, so each thread calls {@link #newAnnotator()} for its own
 * {@link Annotator}.
 *
 * @since 0.1.0
 */
public final class NlpModels {

    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** Only read by the benchmark's stock reference (Sightline tags with its own tagger). */
    public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Only read by the benchmark's stock reference (rule lemmas). */
    public static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentenceModel;
    final TokenizerModel tokenModel;
    final PerceptronTagger tagger;
    final DependencyParser parser;

    private NlpModels(ModelSource source) {
        Objects.requireNonNull(source, "source");
        sentenceModel = load(source, SENTENCE_MODEL, SentenceModel::new);
        tokenModel = load(source, TOKEN_MODEL, TokenizerModel::new);
        tagger = SyntaxModels.tagger();
        parser = SyntaxModels.parser();
    }

    /**
     * Loads the OpenNLP models through {@code source} (e.g. backed by an OSGi bundle's entries); the
     * tagger and parser come from this bundle.
     */
    public static NlpModels load(ModelSource source) {
        return new NlpModels(source);
    }

    /**
     * The models loaded once per JVM, on the first call, from the class path
     * ({@link ModelSource#defaultSource()}); thread-safe.
     */
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
