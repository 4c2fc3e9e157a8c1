package org.sightline.nlp.internal.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TagConstraint;
import org.sightline.nlp.internal.tagger.TaggerTrainer;

/**
 * Trains SyntaxTrainer's tagger alone on UD English EWT train, once per seed, and prints its dev scores:
 * UPOS, XPOS, and UPOS on the words train never had (OOV). A tagger trains in seconds, a whole
 * SyntaxTrainer run in minutes, so tagger features are compared here first, over several seeds (the
 * shuffling seed moves UPOS by about 0.15 points). Nothing is written. Command (docs/nlp.md):
 * <pre>releng/scripts/bench.sh -Xmx3g org.sightline.nlp.internal.parser.TaggerEval EWT_DIR [--constraint MODE] [SEED...]</pre>
 * Without seeds, SyntaxTrainer's seed. With {@code --constraint none|closed|open|both}, each tagger is
 * scored a second time decoding under that {@link TagConstraint} (docs/nlp.md, v5).
 */
public final class TaggerEval {

    private TaggerEval() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: TaggerEval EWT_DIR [--constraint MODE] [SEED...]: the first argument must be the "
                    + "folder of UD English EWT" + (args.length == 0 ? "" : " (not a folder: " + args[0] + ")"));
        }
        Path data = Path.of(args[0]);
        List<UdSentence> train = Conllu.read(data.resolve("en_ewt-ud-train.conllu"));
        List<UdSentence> dev = Conllu.read(data.resolve("en_ewt-ud-dev.conllu"));
        Set<String> seen = new HashSet<>();
        for (UdSentence s : train) {
            seen.addAll(List.of(s.forms()));
        }
        int a = 1;
        TagConstraint.Mode constraint = TagConstraint.Mode.NONE;
        if (args.length > 2 && args[1].equals("--constraint")) {
            constraint = TagConstraint.Mode.parse(args[2], "--constraint");
            a = 3;
        }
        List<String> seeds = args.length > a ? List.of(args).subList(a, args.length) : List.of(Long.toString(SyntaxTrainer.SEED));
        for (String seed : seeds) {
            PerceptronTagger trained = new TaggerTrainer(SyntaxTrainer.TAGGER_ITERATIONS, SyntaxTrainer.TAGGER_MIN_COUNT,
                    Long.parseLong(seed)).train(train);
            score(constraint == TagConstraint.Mode.NONE ? List.of(trained) : List.of(trained, trained.constrained(constraint)),
                    seed, dev, seen);
        }
    }

    private static void score(List<PerceptronTagger> taggers, String seed, List<UdSentence> dev, Set<String> seen) {
        for (PerceptronTagger tagger : taggers) {
            int words = 0;
            int upos = 0;
            int xpos = 0;
            int oov = 0;
            int oovUpos = 0;
            for (UdSentence s : dev) {
                String[][] tags = TaggerTrainer.tag(tagger, s.forms());
                for (int i = 0; i < s.size(); i++) {
                    boolean right = tags[0][i].equals(s.upos()[i]);
                    words++;
                    upos += right ? 1 : 0;
                    xpos += tags[1][i].equals(s.xpos()[i]) ? 1 : 0;
                    if (!seen.contains(s.forms()[i])) {
                        oov++;
                        oovUpos += right ? 1 : 0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "seed %s, constraint %s: dev UPOS %.4f  XPOS %.4f  OOV UPOS %.4f (%,d of %,d words"
                    + " not in train)%n", seed, tagger.constraint().name().toLowerCase(Locale.ROOT), upos / (double) words,
                    xpos / (double) words, oovUpos / (double) oov, oov, words);
        }
    }
}
