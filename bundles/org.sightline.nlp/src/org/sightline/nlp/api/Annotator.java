package org.sightline.nlp.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import org.sightline.nlp.internal.GreedyTagger;
import org.sightline.nlp.internal.RuleLemmatizer;
import org.sightline.nlp.internal.Segmenter;

/**
 * Sentence splitting, tokenisation, UD part-of-speech tagging and lemmatisation of one text. Sentences,
 * tokens and tags come from the OpenNLP UD-EWT models (tags decoded greedily, see
 * {@link GreedyTagger}); lemmas from {@link RuleLemmatizer}. Holds OpenNLP's stateful objects and
 * reusable buffers, so one instance serves one thread at a time.
 */
public final class Annotator {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final GreedyTagger tagger;
    private final Segmenter.Tokens buffer = new Segmenter.Tokens();
    private String[] tagBuffer = new String[64];

    Annotator(NlpModels models) {
        sentences = new SentenceDetectorME(models.sentenceModel);
        tokenizer = new TokenizerME(models.tokenModel);
        tagger = new GreedyTagger(models.posModel);
    }

    /** Sentences and tokens only, no tagging: a floor for the speed benchmark. */
    public int tokenizeOnly(String text) {
        buffer.clear();
        for (int[] s : Segmenter.sentences(text, sentences)) {
            Segmenter.tokens(text, s[0], s[1], tokenizer, buffer);
        }
        return buffer.size();
    }

    public AnnotatedText annotate(String text) {
        Objects.requireNonNull(text, "text to annotate");
        List<int[]> sents = Segmenter.sentences(text, sentences);
        int[] sb = new int[sents.size()];
        int[] se = new int[sents.size()];
        int[] sf = new int[sents.size()];
        Segmenter.Tokens toks = buffer;
        toks.clear();
        for (int i = 0; i < sents.size(); i++) {
            int[] s = sents.get(i);
            sb[i] = s[0];
            se[i] = s[1];
            sf[i] = toks.size();
            Segmenter.tokens(text, s[0], s[1], tokenizer, toks);
        }
        int n = toks.size();
        int[] tb = new int[n];
        int[] te = new int[n];
        String[] tt = new String[n];
        String[] pos = new String[n];
        String[] lemma = new String[n];
        for (int t = 0; t < n; t++) {
            tb[t] = toks.begin(t);
            te[t] = toks.end(t);
            tt[t] = text.substring(tb[t], te[t]);
        }
        for (int i = 0; i < sents.size(); i++) {
            int first = sf[i];
            int end = i + 1 < sf.length ? sf[i + 1] : n;
            String[] words = Arrays.copyOfRange(tt, first, end);
            if (tagBuffer.length < words.length) {
                tagBuffer = new String[words.length * 2];
            }
            tagger.tag(words, tagBuffer);
            Segmenter.fixTags(words, tagBuffer);
            for (int t = 0; t < words.length; t++) {
                pos[first + t] = tagBuffer[t];
                lemma[first + t] = RuleLemmatizer.lemma(words[t], tagBuffer[t]);
            }
        }
        return new AnnotatedText(text, sb, se, sf, tb, te, tt, pos, lemma);
    }
}
