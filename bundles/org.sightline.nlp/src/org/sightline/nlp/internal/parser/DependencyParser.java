package org.sightline.nlp.internal.parser;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sightline.nlp.internal.learn.Hashing;
import org.sightline.nlp.internal.learn.LinearModel;
import org.sightline.nlp.internal.learn.ModelData;

/**
 * Dependency parser: arc-eager transitions ({@link ArcEager}) chosen greedily by an averaged perceptron
 * over {@link ParserFeatures}, trained by {@link ParserTrainer} on UD English EWT with a dynamic oracle.
 * Input is one sentence's words with their UPOS and XPOS tags; output a head and a UD relation per word.
 * The model is immutable and parsing keeps its state on the stack of the call: one instance serves all
 * threads.
 */
public final class DependencyParser {

    static final String MAGIC = "sightline-dependency-parser";
    static final int VERSION = 2;
    static final String ROOT = "root";
    private static final long ROOT_WORD = 0x524f4f54L;

    private final String[] labels;
    private final ArcEager system;
    private final LinearModel model;
    private final int parataxis;
    private final int punct;
    /** Weight spans of the label templates, {@link ParserFeatures#labelKeys} looked up once. */
    private final long[] labelSpans;

    DependencyParser(String[] labels, LinearModel model) {
        this.labels = labels;
        int root = Arrays.asList(labels).indexOf(ROOT);
        if (root < 0) {
            throw new IllegalArgumentException("no root label");
        }
        this.system = new ArcEager(labels.length, root);
        if (model.classes() != system.transitions()) {
            throw new IllegalArgumentException("model has " + model.classes() + " classes, the transition system "
                    + system.transitions());
        }
        this.model = model;
        this.labelSpans = ParserFeatures.labelKeys(labels.length);
        model.lookup(labelSpans, labelSpans.length);
        List<String> names = Arrays.asList(labels);
        this.parataxis = names.indexOf("parataxis");
        this.punct = names.indexOf("punct");
        if (parataxis < 0 || punct < 0) {
            throw new IllegalArgumentException("no parataxis or punct relation among " + names);
        }
    }

    public String[] labels() {
        return labels.clone();
    }

    LinearModel model() {
        return model;
    }

    ArcEager system() {
        return system;
    }

    /** Hashed words and tags of a sentence, the root last. */
    static ParserFeatures.Atoms atoms(String[] words, String[] upos, String[] xpos, int n) {
        long[] w = new long[n + 1];
        int[] p = new int[n + 1];
        long[] suffix = new long[n + 1];
        int[] punct = new int[n + 2];
        int[] verbs = new int[n + 2];
        for (int i = 0; i < n; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            w[i] = Hashing.hash(lower);
            suffix[i] = Hashing.hash(lower, Math.max(0, lower.length() - 3), lower.length());
            p[i] = (upos[i] + '\t' + (xpos == null ? "_" : xpos[i])).hashCode();
            punct[i + 1] = punct[i] + ("PUNCT".equals(upos[i]) ? 1 : 0);
            verbs[i + 1] = verbs[i] + ("VERB".equals(upos[i]) || "AUX".equals(upos[i]) ? 1 : 0);
        }
        w[n] = ROOT_WORD;
        p[n] = ROOT.hashCode();
        suffix[n] = ROOT_WORD;
        punct[n + 1] = punct[n];
        verbs[n + 1] = verbs[n];
        return new ParserFeatures.Atoms(w, p, suffix, punct, verbs);
    }

    /**
     * Parses one sentence of {@code n} words: {@code heads[i]} is the index of word i's head, -1 for the
     * root of the sentence; {@code rels[i]} the index of its relation in {@link #labels()}. Exactly one
     * word gets the root relation.
     */
    public void parse(String[] words, String[] upos, String[] xpos, int n, int[] heads, int[] rels) {
        if (n == 0) {
            return;
        }
        ParserFeatures.Atoms a = atoms(words, upos, xpos, n);
        ArcEager.State s = new ArcEager.State(n);
        long[] wordSpans = ParserFeatures.wordKeys(a, n);
        model.lookup(wordSpans, wordSpans.length);
        long[] f = new long[ParserFeatures.MAX];
        long[] scratch = new long[ParserFeatures.KEYED.length];
        float[] scores = new float[system.transitions()];
        while (!s.terminal()) {
            // a transition without choice is not scored (about a fifth of them: shifts onto an empty
            // stack, the reductions and root attachments at the end)
            int t = system.only(s);
            if (t < 0) {
                int k = ParserFeatures.extractSpans(s, a, wordSpans, labelSpans, f);
                model.lookup(f, ParserFeatures.KEYED, scratch);
                if (s.head[s.stack(0)] >= 0) {
                    // the stack top has its head: no LEFT transition is valid, so their scores are not summed
                    model.add(f, k, scores, system.left(0), system.left(0) + system.labels);
                } else {
                    model.add(f, k, scores);
                }
                t = bestValid(s, scores);
            }
            system.apply(s, t);
        }
        finish(s, upos, heads, rels);
    }

    /** {@link #parse} as trained: every feature hashed and looked up at every transition (for tests). */
    void parseReference(String[] words, String[] upos, String[] xpos, int n, int[] heads, int[] rels) {
        if (n == 0) {
            return;
        }
        ParserFeatures.Atoms a = atoms(words, upos, xpos, n);
        ArcEager.State s = new ArcEager.State(n);
        long[] f = new long[ParserFeatures.MAX];
        float[] scores = new float[system.transitions()];
        while (!s.terminal()) {
            int k = ParserFeatures.extract(s, a, f);
            model.score(f, k, scores);
            system.apply(s, bestValidReference(s, scores));
        }
        finish(s, upos, heads, rels);
    }

    /**
     * The valid transition of the highest score, the first of equal ones. Validity ({@link ArcEager#valid})
     * is decided once per kind of transition, not per transition: the same choice as testing each.
     */
    int bestValid(ArcEager.State s, float[] scores) {
        int s0 = s.stack(0);
        boolean bufferWords = s.front < s.n;
        int labels = system.labels;
        int root = system.rootLabel;
        int best = -1;
        float top = 0f;
        if (bufferWords) {
            best = ArcEager.SHIFT;
            top = scores[best];
        }
        if (s0 < 0) {
            return best;
        }
        if (s.head[s0] >= 0) {
            if (best < 0 || scores[ArcEager.REDUCE] > top) {
                best = ArcEager.REDUCE;
                top = scores[best];
            }
        } else if (!bufferWords) {
            int t = system.left(root);
            if (best < 0 || scores[t] > top) {
                best = t;
                top = scores[t];
            }
        } else {
            for (int l = 0; l < labels; l++) {
                int t = 2 + l;
                if (l != root && (best < 0 || scores[t] > top)) {
                    best = t;
                    top = scores[t];
                }
            }
        }
        if (bufferWords) {
            for (int l = 0; l < labels; l++) {
                int t = 2 + labels + l;
                if (l != root && scores[t] > top) {
                    best = t;
                    top = scores[t];
                }
            }
        }
        return best;
    }

    /** {@link #bestValid} as it was: every transition tested (for tests). */
    int bestValidReference(ArcEager.State s, float[] scores) {
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if ((best < 0 || scores[t] > scores[best]) && system.valid(s, t)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Copies the arcs out. Arc-eager may leave several words on the root; UD wants one: the first keeps it,
     * the others attach to it as parataxis (punctuation as punct), the relation UD English uses for
     * side-by-side clauses.
     */
    void finish(ArcEager.State s, String[] upos, int[] heads, int[] rels) {
        int n = s.n;
        int root = -1;
        for (int i = 0; i < n; i++) {
            if (s.head[i] == n) {
                if (root < 0) {
                    root = i;
                    heads[i] = -1;
                    rels[i] = system.rootLabel;
                } else {
                    heads[i] = root;
                    rels[i] = "PUNCT".equals(upos[i]) ? punct : parataxis;
                }
            } else {
                heads[i] = s.head[i];
                rels[i] = s.label[i];
            }
        }
    }

    public void write(OutputStream target) throws IOException {
        ModelData.write(target, MAGIC, VERSION, this::writeBody);
    }

    private void writeBody(DataOutputStream out) throws IOException {
        ModelData.writeStrings(out, labels);
        model.write(out);
    }

    public static DependencyParser read(InputStream in, String name) throws IOException {
        ByteBuffer buf = ModelData.read(in, name, MAGIC, VERSION);
        try {
            return new DependencyParser(ModelData.readStrings(buf, 64, "relation"), LinearModel.read(buf));
        } catch (IllegalArgumentException e) {
            throw new IOException("model '" + name + "': " + e.getMessage(), e);
        }
    }
}
