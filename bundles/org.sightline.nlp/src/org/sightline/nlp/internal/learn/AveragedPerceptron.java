package org.sightline.nlp.internal.learn;

/**
 * Multi-class averaged perceptron (Collins 2002) for training the tagger and the parser. The feature set
 * is fixed up front ({@link FeatureCounter}: features seen often enough in gold configurations); other
 * features are ignored, in training and later in use alike. Weights are dense per feature row and kept
 * as integers (perceptron updates are whole numbers), with the running sum of step-weighted updates for
 * the average (Daumé's trick: average = w - u / steps), so averaging costs nothing per step.
 */
public final class AveragedPerceptron {

    /**
     * Averaged weights below this magnitude are dropped from a saved model (averaged weights are mostly
     * small whole numbers; dropping those below 1 as well cost 0.03 UAS on EWT dev and halved the parser).
     */
    public static final float PRUNE = 0.5f;

    private final int classes;
    private final LongIntMap rows;
    private final int[] w;
    private final long[] u;
    private long step = 1;

    /** @param rows feature key to row number, rows numbered 0..n-1; not changed afterwards */
    public AveragedPerceptron(int classes, LongIntMap rows) {
        long cells = (long) rows.size() * classes;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(rows.size() + " features x " + classes + " classes is too many");
        }
        this.classes = classes;
        this.rows = rows;
        this.w = new int[(int) cells];
        this.u = new long[(int) cells];
    }

    public int classes() {
        return classes;
    }

    /** Sets {@code scores[0..classes)} to the current (not averaged) scores of the features. */
    public void score(long[] features, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0, classes, 0f);
        for (int i = 0; i < n; i++) {
            int r = rows.get(features[i]);
            if (r >= 0) {
                int base = r * classes;
                for (int c = 0; c < classes; c++) {
                    scores[c] += w[base + c];
                }
            }
        }
    }

    /** Promotes {@code gold} and demotes {@code guess} on the features (no-op when equal). */
    public void update(long[] features, int n, int gold, int guess) {
        if (gold == guess) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int r = rows.get(features[i]);
            if (r >= 0) {
                int base = r * classes;
                w[base + gold]++;
                u[base + gold] += step;
                w[base + guess]--;
                u[base + guess] -= step;
            }
        }
    }

    /** Adds {@code delta} to class {@code c} on the features (structured updates of beam training). */
    public void add(long[] features, int n, int c, int delta) {
        for (int i = 0; i < n; i++) {
            int r = rows.get(features[i]);
            if (r >= 0) {
                int cell = r * classes + c;
                w[cell] += delta;
                u[cell] += delta * step;
            }
        }
    }

    /** Counts one training instance (the unit of the average). */
    public void tick() {
        step++;
    }

    /**
     * The averaged weights as a compact model, dropping weights whose magnitude is below {@code prune}
     * and rows left empty.
     */
    public LinearModel average(float prune) {
        return LinearModel.fromDense(classes, rows, (r, c) -> {
            int cell = r * classes + c;
            return (float) (w[cell] - (double) u[cell] / step);
        }, prune);
    }
}
