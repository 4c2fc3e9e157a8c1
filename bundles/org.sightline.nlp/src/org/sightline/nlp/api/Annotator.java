package org.sightline.nlp.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import org.sightline.nlp.internal.ChunkTokenizer;
import org.sightline.nlp.internal.RuleLemmatizer;
import org.sightline.nlp.internal.Segmenter;
import org.sightline.nlp.internal.SentenceSyntax;
import org.sightline.nlp.internal.parser.DependencyParser;
import org.sightline.nlp.internal.tagger.PerceptronTagger;

/**
 * Sentence splitting, tokenisation into UD words, part-of-speech tagging (UPOS and XPOS), lemmatisation
 * and dependency parsing of one text. Sentences and tokens come from the OpenNLP UD-EWT models (with
 * {@link Segmenter}'s repairs), tags from Sightline's {@link PerceptronTagger}, lemmas from
 * {@link RuleLemmatizer}, trees from its {@link DependencyParser}. Holds OpenNLP's stateful detectors and
 * reusable buffers, so one instance serves one thread at a time.
 *
 * @since 0.1.0
 */
public final class Annotator {

    private final SentenceDetectorME sentences;
    private final ChunkTokenizer tokenizer;
    private final SentenceSyntax syntax;
    private final DepRel[] relations;
    private final Segmenter.Tokens buffer = new Segmenter.Tokens();

    Annotator(NlpModels models) {
        sentences = new SentenceDetectorME(models.sentenceModel);
        tokenizer = new ChunkTokenizer(new TokenizerME(models.tokenModel));
        syntax = new SentenceSyntax(models.tagger, models.parser);
        String[] labels = syntax.labels();
        relations = new DepRel[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relations[i] = DepRel.of(labels[i]);
        }
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
        String[] upos = new String[n];
        String[] xpos = new String[n];
        String[] lemma = new String[n];
        int[] head = new int[n];
        DepRel[] deprel = new DepRel[n];
        for (int t = 0; t < n; t++) {
            tb[t] = toks.begin(t);
            te[t] = toks.end(t);
            tt[t] = text.substring(tb[t], te[t]);
        }
        for (int i = 0; i < sents.size(); i++) {
            int first = sf[i];
            int end = i + 1 < sf.length ? sf[i + 1] : n;
            int len = end - first;
            String[] u = new String[len];
            String[] x = new String[len];
            String[] l = new String[len];
            int[] heads = new int[len];
            int[] rels = new int[len];
            syntax.analyze(Arrays.copyOfRange(tt, first, end), len, u, x, l, heads, rels);
            for (int k = 0; k < len; k++) {
                upos[first + k] = u[k];
                xpos[first + k] = x[k];
                lemma[first + k] = l[k];
                head[first + k] = heads[k] < 0 ? -1 : first + heads[k];
                deprel[first + k] = relations[rels[k]];
            }
        }
        return new AnnotatedText(text, sb, se, sf, tb, te, tt, upos, xpos, lemma, head, deprel);
    }
}
