package org.sightline.nlp.internal.parser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sightline.nlp.internal.SentenceSyntax;
import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.conllu.UdSentence;

/**
 * Scores Sightline's tagger, lemmatiser and parser against a CoNLL-U treebank on its gold words (gold
 * tokenisation, Sightline's own tags and lemmas): UAS, LAS as in CoNLL 2018 (punctuation included,
 * relation subtypes ignored), LAS on full labels, UPOS/XPOS/lemma accuracy, per-relation precision and
 * recall, model load time and words per second.
 * <pre>java -cp ... org.sightline.nlp.internal.parser.ParserEval FILE.conllu...</pre>
 */
public final class ParserEval {

    private ParserEval() {
    }

    /** Scores {@code syntax} on the gold words of {@code sentences}. */
    public static ParseScore evaluate(SentenceSyntax syntax, List<UdSentence> sentences) {
        ParseScore score = new ParseScore();
        String[] labels = syntax.labels();
        for (UdSentence s : sentences) {
            int n = s.size();
            String[] upos = new String[n];
            String[] xpos = new String[n];
            String[] lemma = new String[n];
            int[] heads = new int[n];
            int[] rels = new int[n];
            syntax.analyze(s.forms(), n, upos, xpos, lemma, heads, rels);
            int[] head1 = new int[n];
            String[] rel = new String[n];
            for (int i = 0; i < n; i++) {
                head1[i] = heads[i] + 1;
                rel[i] = labels[rels[i]];
            }
            score.add(s.heads(), s.deprels(), head1, rel, s.upos(), upos, s.xpos(), xpos, s.lemmas(), lemma);
        }
        return score;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ParserEval FILE.conllu...");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        SentenceSyntax syntax = new SentenceSyntax(SyntaxModels.tagger(), SyntaxModels.parser());
        System.out.printf(Locale.ROOT, "models loaded in %.3f s (cold JVM)%n", (System.nanoTime() - t0) / 1e9);
        for (String file : args) {
            List<UdSentence> sentences = Conllu.read(Path.of(file));
            ParseScore score = evaluate(syntax, sentences);
            System.out.println(file + ": " + score.summary());
            System.out.print(score.relations("nsubj", "obj", "iobj", "ccomp", "xcomp", "parataxis", "csubj", "advcl",
                    "conj", "obl", "nmod", "acl", "root", "punct"));
            double[] runs = new double[5];
            for (int r = 0; r < runs.length; r++) {
                long s = System.nanoTime();
                evaluate(syntax, sentences);
                runs[r] = score.words() / ((System.nanoTime() - s) / 1e9);
            }
            java.util.Arrays.sort(runs);
            System.out.printf(Locale.ROOT, "tag + lemma + parse: median %,.0f words/s of 5 runs (one thread)%n", runs[2]);
        }
    }
}
