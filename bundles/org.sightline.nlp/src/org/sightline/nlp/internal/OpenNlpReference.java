package org.sightline.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.sightline.nlp.api.ModelSource;
import org.sightline.nlp.api.NlpModels;

/**
 * The stock OpenNLP pipeline (sentence detector, tokenizer on whole sentences, beam-search POS tagger,
 * statistical lemmatizer) as the engine ran before the rule lemmas and greedy tagging: the reference
 * floor of the speed benchmark and of the agreement figures in docs/extraction.md. Not used by the
 * product. One instance per thread.
 */
public final class OpenNlpReference {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    public OpenNlpReference(ModelSource source) {
        SentenceModel sm = read(source, NlpModels.SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tm = read(source, NlpModels.TOKEN_MODEL, TokenizerModel::new);
        POSModel pm = read(source, NlpModels.POS_MODEL, POSModel::new);
        LemmatizerModel lm = read(source, NlpModels.LEMMA_MODEL, LemmatizerModel::new);
        sentences = new SentenceDetectorME(sm);
        tokenizer = new TokenizerME(tm);
        tagger = new POSTaggerME(pm, POSTagFormat.UD);
        lemmatizer = new LemmatizerME(lm);
    }

    /** Annotates the text the stock way; returns the number of tokens. */
    public int annotate(String text) {
        int tokens = 0;
        for (int[] s : Segmenter.sentences(text, sentences)) {
            Span[] spans = tokenizer.tokenizePos(text.substring(s[0], s[1]));
            String[] words = new String[spans.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = text.substring(s[0] + spans[i].getStart(), s[0] + spans[i].getEnd());
            }
            lemmatizer.lemmatize(words, tagger.tag(words));
            tokens += words.length;
        }
        return tokens;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(ModelSource source, String name, Reader<T> reader) {
        try (InputStream in = source.open(name)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model '" + name + "': " + e.getMessage(), e);
        }
    }
}
