package org.sightline.nlp.internal.parser;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sightline.nlp.internal.SentenceSyntax;
import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TagConstraint;

/**
 * Scores Sightline's tagger, lemmatiser and parser against a CoNLL-U treebank on its gold words (gold
 * tokenisation, Sightline's own tags and lemmas): UAS, LAS as in CoNLL 2018 (punctuation included,
 * relation subtypes ignored), LAS on full labels, UPOS/XPOS/lemma accuracy, per-relation precision and
 * recall, model load time and words per second.
 * <pre>java -cp ... org.sightline.nlp.internal.parser.ParserEval [--gold-tags] [--models DIR] [--constraint MODE] FILE.conllu...</pre>
 * {@code --models DIR} reads en-ewt-tagger.bin and en-ewt-parser.bin from DIR (a model in training)
 * instead of the bundle's; {@code --constraint none|closed|open|both} decodes the tags under that
 * {@link TagConstraint} instead of the configured one (docs/nlp.md, v5). The VBD/VBN step after the parse
 * ({@link VerbFormFromParse}, v6) runs as configured: {@code -Dsightline.parser.verbform=off} turns it off.
 */
public final class ParserEval {

    private ParserEval() {
    }

    /** Scores {@code syntax} on the gold words of {@code sentences}. */
    public static ParseScore evaluate(SentenceSyntax syntax, List<UdSentence> sentences) {
        return evaluate(syntax, sentences, false);
    }

    /** With {@code goldTags}, the parser reads the treebank's UPOS/XPOS and lemmas instead of Sightline's. */
    static ParseScore evaluate(SentenceSyntax syntax, List<UdSentence> sentences, boolean goldTags) {
        ParseScore score = new ParseScore();
        String[] labels = syntax.labels();
        for (UdSentence s : sentences) {
            int n = s.size();
            String[] upos = new String[n];
            String[] xpos = new String[n];
            String[] lemma = new String[n];
            int[] heads = new int[n];
            int[] rels = new int[n];
            if (goldTags) {
                syntax.parse(s.forms(), n, s.upos(), s.xpos(), heads, rels);
                upos = s.upos();
                xpos = s.xpos();
                lemma = s.lemmas();
            } else {
                syntax.analyze(s.forms(), n, upos, xpos, lemma, heads, rels);
            }
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

    private static void usage(String problem) {
        System.err.println("ParserEval: " + problem);
        System.err.println("usage: ParserEval [--gold-tags] [--models DIR] [--constraint none|closed|open|both] FILE.conllu...");
        System.exit(2);
    }

    private static PerceptronTagger readTagger(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PerceptronTagger.read(in, file.toString());
        }
    }

    private static DependencyParser readParser(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DependencyParser.read(in, file.toString());
        }
    }

    public static void main(String[] args) throws IOException {
        boolean goldTags = false;
        Path models = null;
        TagConstraint.Mode constraint = TagConstraint.configured();
        int a = 0;
        for (; a < args.length && args[a].startsWith("--"); a++) {
            if (args[a].equals("--gold-tags")) {
                goldTags = true;
            } else if (args[a].equals("--models")) {
                if (a + 1 == args.length) {
                    usage("--models needs a folder");
                }
                models = Path.of(args[++a]);
            } else if (args[a].equals("--constraint")) {
                if (a + 1 == args.length) {
                    usage("--constraint needs none, closed, open or both");
                }
                constraint = TagConstraint.Mode.parse(args[++a], "--constraint");
            } else {
                usage("unknown option " + args[a]);
            }
        }
        List<String> files = List.of(args).subList(a, args.length);
        if (files.isEmpty()) {
            usage("no CoNLL-U file given");
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        SentenceSyntax syntax = models == null ? new SentenceSyntax(SyntaxModels.tagger(constraint), SyntaxModels.parser())
                : new SentenceSyntax(readTagger(models.resolve(SyntaxModels.TAGGER)).constrained(constraint),
                        readParser(models.resolve(SyntaxModels.PARSER)));
        System.out.printf(Locale.ROOT, "tagger (constraint %s) and parser models%s loaded in %.3f s wall, %.3f s CPU (cold JVM);"
                + " VBD/VBN from the parse %s%n", constraint.name().toLowerCase(Locale.ROOT), models == null ? "" : " of " + models,
                (System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9,
                VerbFormFromParse.configured() && !goldTags ? "on" : "off");
        for (String file : files) {
            List<UdSentence> sentences = Conllu.read(Path.of(file));
            ParseScore score = evaluate(syntax, sentences, goldTags);
            System.out.println(file + ": " + score.summary());
            System.out.print(score.relations("nsubj", "obj", "iobj", "ccomp", "xcomp", "parataxis", "csubj", "advcl",
                    "conj", "obl", "nmod", "acl", "root", "punct"));
            double[] wall = new double[5];
            double[] perCpu = new double[5];
            for (int r = 0; r < wall.length; r++) {
                long s = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                evaluate(syntax, sentences, goldTags);
                wall[r] = score.words() / ((System.nanoTime() - s) / 1e9);
                perCpu[r] = score.words() / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
            }
            java.util.Arrays.sort(wall);
            java.util.Arrays.sort(perCpu);
            System.out.printf(Locale.ROOT, "tag + lemma + parse, one thread, median of 5 runs: %,.0f words/s wall, %,.0f words"
                    + " per CPU-second%n", wall[2], perCpu[2]);
        }
    }
}
