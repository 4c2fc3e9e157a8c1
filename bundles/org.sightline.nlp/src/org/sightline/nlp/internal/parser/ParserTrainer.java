package org.sightline.nlp.internal.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.learn.AveragedPerceptron;
import org.sightline.nlp.internal.learn.FeatureCounter;
import org.sightline.nlp.internal.learn.LongIntMap;

/**
 * Trains a {@link DependencyParser}: an averaged perceptron over {@link ParserFeatures}, online, with the
 * arc-eager dynamic oracle (Goldberg and Nivre 2012): at each step the model's best valid transition is
 * compared with the best zero-cost one and the weights updated when it costs arcs; from iteration
 * {@code exploreFrom} on the parser follows its own prediction with probability {@code explore}, so it
 * learns to recover from its mistakes. Gold trees are made projective first (non-projective arcs lifted
 * to the head's head, shortest first), since arc-eager builds projective trees only. Tags come from the
 * caller (jackknifed tagger output, as the parser will see in use).
 */
public final class ParserTrainer {

    private final int iterations;
    private final int minCount;
    private final long seed;
    private final double explore;
    private final int exploreFrom;

    public ParserTrainer(int iterations, int minCount, long seed, double explore, int exploreFrom) {
        this.iterations = iterations;
        this.minCount = minCount;
        this.seed = seed;
        this.explore = explore;
        this.exploreFrom = exploreFrom;
    }

    /** One training sentence: atoms, projectivized gold heads (root = n) and label numbers. */
    private record Example(ParserFeatures.Atoms atoms, int n, int[] head, int[] label) {
    }

    /**
     * @param tags per sentence {upos, xpos} as the tagger gives them
     * @param afterIteration called with the iteration number and the averaged parser so far (may be null)
     */
    public DependencyParser train(List<UdSentence> sentences, List<String[][]> tags,
            BiConsumer<Integer, DependencyParser> afterIteration) {
        TreeSet<String> labelSet = new TreeSet<>();
        for (UdSentence s : sentences) {
            Collections.addAll(labelSet, s.deprels());
        }
        labelSet.add(DependencyParser.ROOT);
        String[] labels = labelSet.toArray(new String[0]);
        if (labels.length > 64) {
            throw new IllegalArgumentException(labels.length + " relations; label sets hold 64");
        }
        List<String> labelList = List.of(labels);
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            UdSentence s = sentences.get(k);
            int n = s.size();
            int[] head = new int[n + 1];
            int[] label = new int[n + 1];
            for (int i = 0; i < n; i++) {
                head[i] = s.heads()[i] == 0 ? n : s.heads()[i] - 1;
                label[i] = labelList.indexOf(s.deprels()[i]);
            }
            head[n] = -1;
            Projectivizer.lift(head, n);
            String[][] t = tags.get(k);
            examples.add(new Example(DependencyParser.atoms(s.forms(), t[0], t[1], n), n, head, label));
        }
        ArcEager system = new ArcEager(labels.length, labelList.indexOf(DependencyParser.ROOT));
        int classes = system.transitions();
        long[] f = new long[ParserFeatures.MAX];

        // the feature set: features of the gold (static oracle) configurations seen often enough
        FeatureCounter counter = new FeatureCounter();
        for (Example e : examples) {
            ArcEager.State s = new ArcEager.State(e.n);
            while (!s.terminal()) {
                counter.add(f, ParserFeatures.extract(s, e.atoms, f));
                system.apply(s, staticOracle(system, s, e));
            }
        }
        LongIntMap rows = counter.frequent(minCount);
        System.err.printf("parser features: %,d distinct, %,d kept (seen %d+ times), %d transitions%n",
                counter.distinct(), rows.size(), minCount, classes);
        AveragedPerceptron p = new AveragedPerceptron(classes, rows);
        float[] scores = new float[classes];
        int[] costs = new int[classes];
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < examples.size(); k++) {
            order.add(k);
        }
        for (int it = 1; it <= iterations; it++) {
            Collections.shuffle(order, random);
            long steps = 0;
            long errors = 0;
            for (int k : order) {
                Example e = examples.get(k);
                ArcEager.State s = new ArcEager.State(e.n);
                while (!s.terminal()) {
                    int nf = ParserFeatures.extract(s, e.atoms, f);
                    p.score(f, nf, scores);
                    int guess = -1;
                    int gold = -1;
                    for (int t = 0; t < classes; t++) {
                        if (!system.valid(s, t)) {
                            costs[t] = -1;
                            continue;
                        }
                        costs[t] = system.cost(s, t, e.head, e.label);
                        if (guess < 0 || scores[t] > scores[guess]) {
                            guess = t;
                        }
                    }
                    int minCost = Integer.MAX_VALUE;
                    for (int t = 0; t < classes; t++) {
                        if (costs[t] >= 0 && costs[t] < minCost) {
                            minCost = costs[t];
                        }
                    }
                    for (int t = 0; t < classes; t++) {
                        if (costs[t] == minCost && (gold < 0 || scores[t] > scores[gold])) {
                            gold = t;
                        }
                    }
                    steps++;
                    if (costs[guess] != minCost) {
                        errors++;
                        p.update(f, nf, gold, guess);
                    }
                    p.tick();
                    boolean follow = it >= exploreFrom && random.nextDouble() < explore;
                    system.apply(s, follow ? guess : gold);
                }
            }
            System.err.printf("iteration %d: %,d transitions, %.2f%% wrong%n", it, steps, 100.0 * errors / steps);
            if (afterIteration != null && it < iterations) {
                afterIteration.accept(it, new DependencyParser(labels, p.average(AveragedPerceptron.PRUNE)));
            }
        }
        return new DependencyParser(labels, p.average(AveragedPerceptron.PRUNE));
    }

    /** The canonical zero-cost transition: arcs first, then reduce, then shift. */
    private static int staticOracle(ArcEager system, ArcEager.State s, Example e) {
        int s0 = s.stack(0);
        int b = s.front;
        if (s0 >= 0 && e.head[s0] == b && s.head[s0] < 0) {
            return system.left(e.label[s0]);
        }
        if (s0 >= 0 && b < s.n && e.head[b] == s0) {
            return system.right(e.label[b]);
        }
        if (system.valid(s, ArcEager.REDUCE) && system.cost(s, ArcEager.REDUCE, e.head, e.label) == 0) {
            return ArcEager.REDUCE;
        }
        if (b < s.n) {
            return ArcEager.SHIFT;
        }
        // only the root left in the buffer: a headless stack top goes to the root
        return system.left(system.rootLabel);
    }
}
