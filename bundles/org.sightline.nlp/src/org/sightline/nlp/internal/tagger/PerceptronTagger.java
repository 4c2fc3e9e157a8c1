package org.sightline.nlp.internal.tagger;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.sightline.nlp.internal.learn.LinearModel;
import org.sightline.nlp.internal.learn.ModelData;

/**
 * Part-of-speech tagger: an averaged perceptron over {@link TaggerFeatures}, decoded greedily left to
 * right. Each class is a pair of a UPOS and an XPOS (Penn Treebank) tag as they occur together in the
 * training treebank, so the two tags of a word always agree. Trained by {@link TaggerTrainer} on UD
 * English EWT. The model is immutable: one instance serves all threads.
 */
public final class PerceptronTagger {

    static final String MAGIC = "sightline-pos-tagger";
    static final int VERSION = 2;

    private final String[] upos;
    private final String[] xpos;
    private final LinearModel model;
    /** Restricts the classes the decoder may choose; null: any class. */
    private final TagConstraint constraint;

    PerceptronTagger(String[] upos, String[] xpos, LinearModel model) {
        this(upos, xpos, model, null);
    }

    private PerceptronTagger(String[] upos, String[] xpos, LinearModel model, TagConstraint constraint) {
        if (upos.length != model.classes() || xpos.length != model.classes()) {
            throw new IllegalArgumentException("tag names do not match the model's classes");
        }
        this.upos = upos;
        this.xpos = xpos;
        this.model = model;
        this.constraint = constraint;
    }

    /**
     * This model decoding under {@code mode} with the shipped word lists (docs/nlp.md, v5); the model is
     * shared, not copied.
     */
    public PerceptronTagger constrained(TagConstraint.Mode mode) {
        return constrained(mode == TagConstraint.Mode.NONE ? null : TagConstraint.shipped(mode, this));
    }

    /** This model decoding under {@code c} (null: unconstrained), which must be built for its classes. */
    public PerceptronTagger constrained(TagConstraint c) {
        return new PerceptronTagger(upos, xpos, model, c);
    }

    /** The constraint's mode; {@link TagConstraint.Mode#NONE} without one. */
    public TagConstraint.Mode constraint() {
        return constraint == null ? TagConstraint.Mode.NONE : constraint.mode();
    }

    /** Whether word {@code i} of {@code words[0..n)} may take (upos, xpos) under this tagger's constraint (any, without one). */
    public boolean allows(String[] words, int n, int i, String upos, String xpos) {
        return constraint == null || constraint.allows(Arrays.copyOf(words, n), i, upos, xpos);
    }

    public int classes() {
        return upos.length;
    }

    public String upos(int c) {
        return upos[c];
    }

    public String xpos(int c) {
        return xpos[c];
    }

    LinearModel model() {
        return model;
    }

    /** Fills {@code out[0..atoms.size)} with the class of each word. */
    public void tag(TokenAtoms atoms, int[] out) {
        long[] f = new long[TaggerFeatures.MAX];
        float[] scores = new float[classes()];
        // Inside the left-to-right loop: later words read the (allowed) tags chosen before them.
        long[] allowed = constraint == null ? null : constraint.allowed(atoms);
        for (int i = 0; i < atoms.size; i++) {
            int n = TaggerFeatures.extract(atoms, i, out, f);
            model.score(f, n, scores);
            out[i] = allowed == null ? argmax(scores, scores.length) : constraint.argmax(scores, allowed, i);
        }
    }

    static int argmax(float[] s, int n) {
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }

    public void write(OutputStream target) throws IOException {
        ModelData.write(target, MAGIC, VERSION, this::writeBody);
    }

    private void writeBody(DataOutputStream out) throws IOException {
        out.writeInt(upos.length);
        for (int c = 0; c < upos.length; c++) {
            out.writeUTF(upos[c]);
            out.writeUTF(xpos[c]);
        }
        model.write(out);
    }

    /** Reads a model written by {@link #write}; {@code name} names the resource in messages. */
    public static PerceptronTagger read(InputStream in, String name) throws IOException {
        ByteBuffer buf = ModelData.read(in, name, MAGIC, VERSION);
        int n = buf.getInt();
        if (n <= 0 || n > 255) {
            throw new IOException("model '" + name + "': corrupt tag list (" + n + " tags)");
        }
        String[] upos = new String[n];
        String[] xpos = new String[n];
        for (int c = 0; c < n; c++) {
            upos[c] = ModelData.readUtf(buf);
            xpos[c] = ModelData.readUtf(buf);
        }
        try {
            return new PerceptronTagger(upos, xpos, LinearModel.read(buf));
        } catch (IllegalArgumentException e) {
            throw new IOException("model '" + name + "': " + e.getMessage(), e);
        }
    }
}
