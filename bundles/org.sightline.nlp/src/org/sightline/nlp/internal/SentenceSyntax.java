package org.sightline.nlp.internal;

import org.sightline.nlp.internal.parser.DependencyParser;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TokenAtoms;

/**
 * Tags, lemmatises and parses one sentence of words: the part of the annotator after tokenisation, also
 * run alone on treebank words (gold tokenisation) by the evaluation. Stateless; thread-safe.
 */
public final class SentenceSyntax {

    private final PerceptronTagger tagger;
    private final DependencyParser parser;

    public SentenceSyntax(PerceptronTagger tagger, DependencyParser parser) {
        this.tagger = tagger;
        this.parser = parser;
    }

    /** The parser's relation labels; {@code rels} values index this array. */
    public String[] labels() {
        return parser.labels();
    }

    /**
     * Fills the arrays for {@code words[0..n)}: tags, lemmas, heads (index within the sentence, -1 for the
     * root) and relation numbers.
     */
    public void analyze(String[] words, int n, String[] upos, String[] xpos, String[] lemma, int[] heads, int[] rels) {
        int[] classes = new int[n];
        tagger.tag(new TokenAtoms(words, n), classes);
        for (int k = 0; k < n; k++) {
            upos[k] = tagger.upos(classes[k]);
            xpos[k] = tagger.xpos(classes[k]);
            lemma[k] = RuleLemmatizer.lemma(words[k], upos[k]);
        }
        parse(words, n, upos, xpos, heads, rels);
    }

    /** Parses words already tagged. */
    public void parse(String[] words, int n, String[] upos, String[] xpos, int[] heads, int[] rels) {
        parser.parse(words, upos, xpos, n, heads, rels);
    }
}
