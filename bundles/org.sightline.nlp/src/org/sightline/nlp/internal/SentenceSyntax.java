package org.sightline.nlp.internal;

import org.sightline.nlp.internal.parser.DependencyParser;
import org.sightline.nlp.internal.parser.ThatlessComplement;
import org.sightline.nlp.internal.parser.VerbFormFromParse;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TokenAtoms;

/**
 * Tags, lemmatises and parses one sentence of words: the part of the annotator after tokenisation, also
 * run alone on treebank words (gold tokenisation) by the evaluation. Stateless; thread-safe.
 */
public final class SentenceSyntax {

    private final PerceptronTagger tagger;
    private final DependencyParser parser;
    private final VerbFormFromParse verbForm;
    private final ThatlessComplement thatless;

    /** With the VBD/VBN step after the parse as configured ({@link VerbFormFromParse#configured()}). */
    public SentenceSyntax(PerceptronTagger tagger, DependencyParser parser) {
        this(tagger, parser, VerbFormFromParse.configured());
    }

    /** With or without the VBD/VBN step after the parse ({@link VerbFormFromParse}; docs/nlp.md, v6). */
    public SentenceSyntax(PerceptronTagger tagger, DependencyParser parser, boolean verbForm) {
        this.tagger = tagger;
        this.parser = parser;
        this.verbForm = verbForm ? new VerbFormFromParse(parser.labels()) : null;
        this.thatless = verbForm && ThatlessComplement.configured() ? new ThatlessComplement(parser.labels()) : null;
    }

    /** The parser's relation labels; {@code rels} values index this array. */
    public String[] labels() {
        return parser.labels();
    }

    /**
     * Fills the arrays for {@code words[0..n)}: tags, lemmas, heads (index within the sentence, -1 for the
     * root) and relation numbers; then, if on, the VBD/VBN step retags from the parse.
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
        if (verbForm != null) {
            int v = verbForm.fragmentVerb(n, words, upos, xpos, lemma, heads, rels);
            if (v >= 0) {
                // a statement read as a noun phrase with a reduced relative: parse again with the past tense
                xpos[v] = "VBD";
                int[] h = new int[n];
                int[] r = new int[n];
                parse(words, n, upos, xpos, h, r);
                if (verbForm.finite(n, v, h, r)) {
                    System.arraycopy(h, 0, heads, 0, n);
                    System.arraycopy(r, 0, rels, 0, n);
                } else {
                    xpos[v] = "VBN";
                }
            }
            int s = verbForm.nounAsVerb(n, words, upos, xpos, heads);
            if (s >= 0 && tagger.allows(words, n, s, "VERB", "VBZ")) {
                // a statement whose verb the tagger read as a plural noun: parse again with the verb
                retagAsVerb(words, n, upos, xpos, lemma, heads, rels, s, "VBZ", false, -1);
            }
            if (s < 0) {
                String[] tag = new String[1];
                int[] subject = new int[1];
                int c = verbForm.clauseVerbReadAsNoun(n, words, upos, xpos, heads, rels, tag, subject);
                if (c >= 0 && tagger.allows(words, n, c, "VERB", tag[0])) {
                    // a clause whose verb the tagger read as a noun or adjective: parse again with the verb (v8, v9)
                    retagAsVerb(words, n, upos, xpos, lemma, heads, rels, c, tag[0], true, subject[0]);
                }
            }
            if (thatless != null) {
                // v10: a complement clause without "that" read as an object plus a conjunct; before the VBD/VBN step,
                // which then reads the clause's new subject
                thatless.apply(n, words, upos, xpos, lemma, heads, rels);
            }
            verbForm.apply(n, words, upos, xpos, lemma, heads, rels);
        }
    }

    /**
     * Retags word {@code s} as the verb {@code tag} and parses again; keeps the new parse only if the word then has a
     * subject and no auxiliary ({@link VerbFormFromParse#finite}) and, if {@code inClause}, leaves no finite predicate
     * after it without a subject ({@link VerbFormFromParse#leavesAPredicateWithoutSubject}) and, if {@code subject} is a
     * word (v9: the head of a subject with a modifier), has that word as its subject, modifier included
     * ({@link VerbFormFromParse#hasSubjectWithModifier}); else puts its tags back (docs/nlp.md, v7 to v9).
     */
    private void retagAsVerb(String[] words, int n, String[] upos, String[] xpos, String[] lemma, int[] heads, int[] rels,
            int s, String tag, boolean inClause, int subject) {
        String[] was = {upos[s], xpos[s], lemma[s]};
        upos[s] = "VERB";
        xpos[s] = tag;
        lemma[s] = RuleLemmatizer.lemma(words[s], "VERB");
        // v9: a participle after the subject's head, tagged as a past tense, is read as the participle it then is
        int p = subject >= 0 && xpos[subject + 1].equals("VBD") && tagger.allows(words, n, subject + 1, "VERB", "VBN")
                ? subject + 1 : -1;
        if (p >= 0) {
            xpos[p] = "VBN";
        }
        int[] h = new int[n];
        int[] r = new int[n];
        parse(words, n, upos, xpos, h, r);
        if (verbForm.finite(n, s, h, r) && !(inClause && verbForm.leavesAPredicateWithoutSubject(n, s, upos, xpos, h, r))
                && (subject < 0 || verbForm.hasSubjectWithModifier(n, s, subject, h, r))) {
            System.arraycopy(h, 0, heads, 0, n);
            System.arraycopy(r, 0, rels, 0, n);
        } else {
            upos[s] = was[0];
            xpos[s] = was[1];
            lemma[s] = was[2];
            if (p >= 0) {
                xpos[p] = "VBD";
            }
        }
    }

    /** Parses words already tagged. */
    public void parse(String[] words, int n, String[] upos, String[] xpos, int[] heads, int[] rels) {
        parser.parse(words, upos, xpos, n, heads, rels);
    }
}
