package org.sightline.nlp.internal.parser;

import java.io.IOException;
import java.io.OutputStream;
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
import org.sightline.nlp.internal.tagger.TaggerTrainer;

/**
 * Trains the tagger and the parser on UD English EWT and writes the two model resources: the tagger on
 * the training set; the parser on the training set with jackknifed tags (10 parts, each tagged by a
 * tagger trained on the other 9), so it learns from the tagging errors it will meet. Prints the dev-set
 * scores. Reproducible: fixed seeds, fixed iteration counts. Command (docs/nlp.md):
 * <pre>releng/scripts/bench.sh -Xmx6g org.sightline.nlp.internal.parser.SyntaxTrainer [--seed N] [--jackknife-constraint MODE] [EWT_DIR [OUT_DIR]]</pre>
 * EWT_DIR defaults to shared/data/ud-english-ewt, OUT_DIR to the bundle's model folder. {@code --seed} sets the
 * shuffling seed of the tagger and parser (default {@value #SEED}); {@code --jackknife-constraint} decodes the
 * jackknifed tags under that {@link TagConstraint} mode, each part's closed-class words those of the other nine
 * (default {@value #JACKKNIFE_CONSTRAINT}; docs/nlp.md, v6). The dev scores are printed with the tags decoded under
 * the configured constraint ({@link TagConstraint#configured()}), as the pipeline decodes them.
 */
public final class SyntaxTrainer {

    static final int TAGGER_ITERATIONS = 8;
    static final int TAGGER_MIN_COUNT = 2;
    static final int PARSER_ITERATIONS = 8;
    static final int PARSER_MIN_COUNT = 3;
    static final double EXPLORE = 0.9;
    static final int EXPLORE_FROM = 2;
    static final int FOLDS = 10;
    static final long SEED = 1;
    /** The shipped recipe: the parser learns from unconstrained jackknifed tags (constrained ones parsed worse: v6). */
    static final String JACKKNIFE_CONSTRAINT = "none";

    private SyntaxTrainer() {
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes beside the target, then moves over it: a failed run leaves the previous model intact. */
    private static void save(Path target, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                writer.write(o);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void main(String[] options) throws IOException {
        long seed = SEED;
        TagConstraint.Mode constraint = TagConstraint.Mode.parse(JACKKNIFE_CONSTRAINT, "SyntaxTrainer");
        int a = 0;
        for (; a < options.length && options[a].startsWith("--"); a += 2) {
            if (a + 1 == options.length) {
                throw new IllegalArgumentException("SyntaxTrainer: " + options[a] + " needs a value");
            }
            switch (options[a]) {
                case "--seed" -> {
                    try {
                        seed = Long.parseLong(options[a + 1]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("SyntaxTrainer: --seed needs a number, got '" + options[a + 1] + "'", e);
                    }
                }
                case "--jackknife-constraint" -> constraint = TagConstraint.Mode.parse(options[a + 1], "--jackknife-constraint");
                default -> throw new IllegalArgumentException("SyntaxTrainer: unknown option " + options[a]
                        + " (known: --seed N, --jackknife-constraint none|closed|open|both)");
            }
        }
        String[] args = java.util.Arrays.copyOfRange(options, a, options.length);
        // UD English EWT stays outside the repository: the shared data folder (bench.sh sets sightline.shared).
        Path data = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("sightline.shared", "../shared")).resolve("data/ud-english-ewt");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("No UD English EWT at " + data + "; give its folder as the first argument");
        }
        Path out = args.length > 1 ? Path.of(args[1])
                : Path.of("bundles/org.sightline.nlp/src" + SyntaxModels.FOLDER);
        List<UdSentence> train = Conllu.read(data.resolve("en_ewt-ud-train.conllu"));
        List<UdSentence> dev = Conllu.read(data.resolve("en_ewt-ud-dev.conllu"));
        long t0 = System.nanoTime();
        TaggerTrainer taggerTrainer = new TaggerTrainer(TAGGER_ITERATIONS, TAGGER_MIN_COUNT, seed);
        List<String[][]> jackknifed = taggerTrainer.jackknife(train, FOLDS, constraint);
        PerceptronTagger trained = taggerTrainer.train(train);
        PerceptronTagger tagger = trained.constrained(TagConstraint.configured());
        System.err.println("seed " + seed + ", jackknifed tags decoded under constraint " + constraint.name().toLowerCase(Locale.ROOT)
                + ", dev tags under " + tagger.constraint().name().toLowerCase(Locale.ROOT));
        System.err.printf(Locale.ROOT, "tagger: %.0f s%n", (System.nanoTime() - t0) / 1e9);
        ParserTrainer parserTrainer = new ParserTrainer(PARSER_ITERATIONS, PARSER_MIN_COUNT, seed, EXPLORE, EXPLORE_FROM);
        DependencyParser parser = parserTrainer.train(train, jackknifed, (it, p) -> System.err.println("  dev after "
                + it + ": " + ParserEval.evaluate(new SentenceSyntax(tagger, p), dev).summary()));
        System.err.printf(Locale.ROOT, "tagger and parser: %.0f s%n", (System.nanoTime() - t0) / 1e9);
        ParseScore score = ParserEval.evaluate(new SentenceSyntax(tagger, parser), dev);
        System.out.println("dev (constraint " + tagger.constraint().name().toLowerCase(Locale.ROOT) + "): " + score.summary());
        Files.createDirectories(out);
        save(out.resolve(SyntaxModels.TAGGER), trained::write);
        save(out.resolve(SyntaxModels.PARSER), parser::write);
        System.out.println("wrote " + out.resolve(SyntaxModels.TAGGER) + " (" + Files.size(out.resolve(SyntaxModels.TAGGER))
                + " bytes) and " + out.resolve(SyntaxModels.PARSER) + " (" + Files.size(out.resolve(SyntaxModels.PARSER))
                + " bytes)");
    }
}
