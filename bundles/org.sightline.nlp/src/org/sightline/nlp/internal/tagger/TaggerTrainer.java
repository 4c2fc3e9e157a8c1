package org.sightline.nlp.internal.tagger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.sightline.nlp.internal.conllu.UdSentence;
import org.sightline.nlp.internal.learn.AveragedPerceptron;
import org.sightline.nlp.internal.learn.FeatureCounter;
import org.sightline.nlp.internal.learn.LongIntMap;

/**
 * Trains a {@link PerceptronTagger} on UD sentences (gold words, UPOS and XPOS): classes are the
 * (UPOS, XPOS) pairs of the training data; features seen at least {@code minCount} times in gold
 * contexts; {@code iterations} passes over the sentences in a seeded random order, greedy decoding with
 * the model's own earlier tags as context (as in use). {@link #jackknife} tags each of k parts of the
 * training data with a tagger trained on the other parts, which gives the parser training tags with the
 * errors a tagger makes on unseen text.
 */
public final class TaggerTrainer {

    private final int iterations;
    private final int minCount;
    private final long seed;

    public TaggerTrainer(int iterations, int minCount, long seed) {
        this.iterations = iterations;
        this.minCount = minCount;
        this.seed = seed;
    }

    public PerceptronTagger train(List<UdSentence> sentences) {
        Map<String, Integer> classIds = new LinkedHashMap<>();
        List<int[]> gold = new ArrayList<>();
        List<TokenAtoms> atoms = new ArrayList<>();
        for (UdSentence s : sentences) {
            int[] g = new int[s.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = classIds.computeIfAbsent(s.upos()[i] + "\t" + s.xpos()[i], k -> classIds.size());
            }
            gold.add(g);
            atoms.add(new TokenAtoms(s.forms(), s.size()));
        }
        long[] f = new long[TaggerFeatures.MAX];
        FeatureCounter counter = new FeatureCounter();
        for (int k = 0; k < atoms.size(); k++) {
            TokenAtoms a = atoms.get(k);
            for (int i = 0; i < a.size; i++) {
                counter.add(f, TaggerFeatures.extract(a, i, gold.get(k), f));
            }
        }
        LongIntMap rows = counter.frequent(minCount);
        AveragedPerceptron p = new AveragedPerceptron(classIds.size(), rows);
        float[] scores = new float[classIds.size()];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < atoms.size(); k++) {
            order.add(k);
        }
        Random random = new Random(seed);
        for (int it = 0; it < iterations; it++) {
            java.util.Collections.shuffle(order, random);
            for (int k : order) {
                TokenAtoms a = atoms.get(k);
                int[] g = gold.get(k);
                int[] guess = new int[a.size];
                for (int i = 0; i < a.size; i++) {
                    int n = TaggerFeatures.extract(a, i, guess, f);
                    p.score(f, n, scores);
                    guess[i] = PerceptronTagger.argmax(scores, scores.length);
                    p.update(f, n, g[i], guess[i]);
                    p.tick();
                }
            }
        }
        String[] upos = new String[classIds.size()];
        String[] xpos = new String[classIds.size()];
        classIds.forEach((k, c) -> {
            int tab = k.indexOf('\t');
            upos[c] = k.substring(0, tab);
            xpos[c] = k.substring(tab + 1);
        });
        return new PerceptronTagger(upos, xpos, p.average(AveragedPerceptron.PRUNE));
    }

    /**
     * Tags for every word of {@code sentences}, each part of {@code folds} tagged by a tagger trained on
     * the others: {upos, xpos} string arrays per sentence.
     */
    public List<String[][]> jackknife(List<UdSentence> sentences, int folds) {
        return jackknife(sentences, folds, TagConstraint.Mode.NONE);
    }

    /**
     * As {@link #jackknife(List, int)}, each part decoded under {@code constraint} as the shipped tagger
     * decodes (docs/nlp.md, v6), its closed-class words those of the other parts (the shipped list is
     * derived from all of train).
     */
    public List<String[][]> jackknife(List<UdSentence> sentences, int folds, TagConstraint.Mode constraint) {
        List<String[][]> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<UdSentence> rest = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                if (s % folds != fold) {
                    rest.add(sentences.get(s));
                }
            }
            PerceptronTagger t = train(rest);
            if (constraint != TagConstraint.Mode.NONE) {
                t = t.constrained(TagConstraint.of(constraint, t, TagConstraint.ClosedWords.of(TagConstraint.closedTags(rest))));
            }
            for (int s = fold; s < sentences.size(); s += folds) {
                out.set(s, tag(t, sentences.get(s).forms()));
            }
        }
        return out;
    }

    /** {upos, xpos} of the words by {@code tagger}. */
    public static String[][] tag(PerceptronTagger tagger, String[] words) {
        int[] c = new int[words.length];
        tagger.tag(new TokenAtoms(words, words.length), c);
        String[] upos = new String[words.length];
        String[] xpos = new String[words.length];
        for (int i = 0; i < c.length; i++) {
            upos[i] = tagger.upos(c[i]);
            xpos[i] = tagger.xpos(c[i]);
        }
        return new String[][] {upos, xpos};
    }
}
