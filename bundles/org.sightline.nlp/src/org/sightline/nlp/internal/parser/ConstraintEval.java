package org.sightline.nlp.internal.parser;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sightline.nlp.internal.SentenceSyntax;
import org.sightline.nlp.internal.SyntaxModels;
import org.sightline.nlp.internal.conllu.Conllu;
import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.tagger.PerceptronTagger;
import org.sightline.nlp.internal.tagger.TagConstraint;
import org.sightline.nlp.internal.tagger.TaggerTrainer;

/**
 * Scores the shipped tagger and parser on UD English EWT dev under each {@link TagConstraint} mode, in one
 * JVM: UPOS, XPOS, UPOS on the words train never had (OOV), UAS and LAS, how many tags the constraint
 * set right and wrong against the unconstrained tagger, the speed of tagging alone, and the commonest of
 * those changes. Further
 * arguments are open-class rule files (the format of {@value TagConstraint#OPEN_RESOURCE}) scored as the
 * open and both modes with those rules instead of the shipped ones. Nothing is written. Command
 * (docs/nlp.md):
 * <pre>releng/scripts/bench.sh org.sightline.nlp.internal.parser.ConstraintEval EWT_DIR [RULES...]</pre>
 */
public final class ConstraintEval {

    private ConstraintEval() {
    }

    /** Words per CPU-second of tagging {@code dev}, the median of 7 passes after 2 to warm up. */
    private static double tagSpeed(PerceptronTagger tagger, List<UdSentence> dev, int words) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] speed = new double[9];
        for (int r = 0; r < speed.length; r++) {
            long c = cpu.getCurrentThreadCpuTime();
            for (UdSentence s : dev) {
                TaggerTrainer.tag(tagger, s.forms());
            }
            speed[r] = words / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
        }
        double[] timed = Arrays.copyOfRange(speed, 2, speed.length);
        Arrays.sort(timed);
        return timed[timed.length / 2];
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: ConstraintEval EWT_DIR [RULES...]: the first argument must be the "
                    + "folder of UD English EWT" + (args.length == 0 ? "" : " (not a folder: " + args[0] + ")"));
        }
        Path data = Path.of(args[0]);
        Set<String> seen = new HashSet<>();
        for (UdSentence s : Conllu.read(data.resolve("en_ewt-ud-train.conllu"))) {
            seen.addAll(List.of(s.forms()));
        }
        List<UdSentence> dev = Conllu.read(data.resolve("en_ewt-ud-dev.conllu"));
        PerceptronTagger plain = SyntaxModels.tagger(TagConstraint.Mode.NONE);
        DependencyParser parser = SyntaxModels.parser();
        Map<String, PerceptronTagger> variants = new LinkedHashMap<>();
        for (TagConstraint.Mode m : TagConstraint.Mode.values()) {
            variants.put(m.name().toLowerCase(Locale.ROOT), plain.constrained(m));
        }
        for (String rules : List.of(args).subList(1, args.length)) {
            Map<String, Integer> open;
            try (InputStream in = Files.newInputStream(Path.of(rules))) {
                open = TagConstraint.readOpenRules(in, rules);
            }
            for (TagConstraint.Mode m : new TagConstraint.Mode[] {TagConstraint.Mode.OPEN, TagConstraint.Mode.BOTH}) {
                variants.put(m.name().toLowerCase(Locale.ROOT) + " " + rules, plain.constrained(TagConstraint.shipped(m, plain, open)));
            }
        }
        List<String[][]> base = new ArrayList<>();
        for (UdSentence s : dev) {
            base.add(TaggerTrainer.tag(plain, s.forms()));
        }
        for (Map.Entry<String, PerceptronTagger> v : variants.entrySet()) {
            int words = 0;
            int oov = 0;
            int oovUpos = 0;
            int fixed = 0;
            int broken = 0;
            Map<String, Integer> changes = new TreeMap<>();
            for (int k = 0; k < dev.size(); k++) {
                UdSentence s = dev.get(k);
                String[][] tags = TaggerTrainer.tag(v.getValue(), s.forms());
                for (int i = 0; i < s.size(); i++) {
                    words++;
                    boolean right = tags[0][i].equals(s.upos()[i]) && tags[1][i].equals(s.xpos()[i]);
                    boolean wasRight = base.get(k)[0][i].equals(s.upos()[i]) && base.get(k)[1][i].equals(s.xpos()[i]);
                    if (!seen.contains(s.forms()[i])) {
                        oov++;
                        oovUpos += tags[0][i].equals(s.upos()[i]) ? 1 : 0;
                    }
                    if (right != wasRight) {
                        fixed += right ? 1 : 0;
                        broken += right ? 0 : 1;
                        changes.merge((right ? "+ " : "- ") + s.forms()[i] + " " + base.get(k)[1][i] + ">" + tags[1][i]
                                + " (gold " + s.xpos()[i] + ")", 1, Integer::sum);
                    }
                }
            }
            ParseScore score = ParserEval.evaluate(new SentenceSyntax(v.getValue(), parser), dev);
            System.out.printf(Locale.ROOT, "%-24s UPOS %.4f  XPOS %.4f  OOV UPOS %.4f  UAS %.4f  LAS %.4f  tags set right %d,"
                    + " wrong %d; tagging alone %,.0f words per CPU-second%n", v.getKey(), score.upos(), score.xpos(),
                    oovUpos / (double) oov, score.uas(), score.las(), fixed, broken, tagSpeed(v.getValue(), dev, words));
            changes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                    .forEach(e -> System.out.println("    " + e.getValue() + " " + e.getKey()));
        }
    }
}
