package org.sightline.nlp.internal.learn;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The averaged weights of a trained perceptron, compact and read-only: per feature only the classes with
 * a non-zero weight, each as one int (class in the high 16 bits, the weight in half precision in the low
 * 16). Laid out for speed: the feature table interleaves each key with the start and length of its
 * weights, so scoring one feature touches two cache lines, the table slot and the weights. Immutable
 * after loading, so one instance serves all threads.
 */
public final class LinearModel {

    private final int classes;
    /**
     * Open addressing: slots[2i] = key (0 = empty), slots[2i+1] = the feature's weights: start << 8 |
     * count in {@code packed}, or, for a feature of at most {@link #INLINE} weights, the weights themselves
     * (see {@link #value}), so that scoring it reads the slot only.
     */
    private final long[] slots;
    private final int mask;
    private final int features;
    private final int[] packed;

    /** Features with this many weights or fewer keep them in their slot (36% of the parser's features). */
    static final int INLINE = 2;
    private static final long INLINED = 1L << 63;

    /**
     * A slot's value: the span {@code start << 8 | count} of the weights in {@code packed}, or for at
     * most {@link #INLINE} weights, the flag bit 63, the count in bits 0-7 and the weights (24 bits each:
     * class << 16 | half-precision weight) from bit 8 and bit 32.
     */
    private static long value(int[] packed, int start, int count) {
        if (count > INLINE) {
            return (long) start << 8 | count;
        }
        long v = INLINED | count;
        for (int j = 0; j < count; j++) {
            v |= (long) (packed[start + j] & 0xffffff) << (8 + 24 * j);
        }
        return v;
    }

    /** The j-th weight (class << 16 | half) of a slot value. */
    private int weight(long v, int j) {
        return v < 0 ? (int) (v >>> (8 + 24 * j)) & 0xffffff : packed[(int) (v >>> 8) + j];
    }

    /** Features with this many weights or more are also kept as dense rows (about 6,000 of the parser's). */
    static final int DENSE = 24;
    /** Whether each feature's weights are stored in ascending class order. */
    private final boolean classOrdered;
    /**
     * Dense rows of {@code classes} half-precision weights (as stored; 0 for an absent class), row r - 1
     * named by bits 40-61 (r) of its slot's value. Half precision keeps the rows in half the cache that
     * floats took, and widening is exact.
     */
    private final short[] dense;

    private LinearModel(int classes, long[] slots, int features, int[] packed) {
        this.classes = classes;
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.features = features;
        this.packed = packed;
        this.dense = denseRows(classes, slots, packed);
        this.classOrdered = classOrdered(slots, packed);
    }

    /**
     * Copies the weights of the features of {@link #DENSE} weights or more into dense rows (zero for the
     * absent classes) and marks their slots: adding a whole row (vectorised) gives the same sums as adding
     * its few dozen weights one by one, as x + 0f == x for every score (a score starts at +0f and no
     * weight is zero, so no score is ever -0f).
     */
    private static short[] denseRows(int classes, long[] slots, int[] packed) {
        int rows = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0 && slots[i + 1] >= 0 && (slots[i + 1] & 0xff) >= DENSE) {
                rows++;
            }
        }
        if (packed.length >= 1 << 31 - 8 || rows >= 1 << 21) {
            return new short[0];
        }
        short[] dense = new short[rows * classes];
        int r = 0;
        for (int i = 0; i < slots.length; i += 2) {
            long v = slots[i + 1];
            if (slots[i] != 0 && v >= 0 && (v & 0xff) >= DENSE) {
                int from = (int) (v >>> 8);
                for (int j = from; j < from + (int) (v & 0xff); j++) {
                    dense[r * classes + (packed[j] >>> 16)] = (short) packed[j];
                }
                r++;
                slots[i + 1] = (long) r << 40 | v;
            }
        }
        return dense;
    }

    @FunctionalInterface
    interface Cell {
        float weight(int row, int cls);
    }

    /** Keeps the weights of magnitude {@code prune} or more, in half precision. */
    static LinearModel fromDense(int classes, LongIntMap denseRows, Cell cell, float prune) {
        if (classes > 255) {
            throw new IllegalArgumentException("at most 255 classes, not " + classes);
        }
        int n = denseRows.size();
        int[] count = new int[n];
        int total = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < classes; c++) {
                if (keep(cell.weight(r, c), prune)) {
                    count[r]++;
                }
            }
            total += count[r];
        }
        int[] start = new int[n];
        int[] packed = new int[total];
        int p = 0;
        for (int r = 0; r < n; r++) {
            start[r] = p;
            for (int c = 0; c < classes; c++) {
                float v = cell.weight(r, c);
                if (keep(v, prune)) {
                    packed[p++] = c << 16 | Float.floatToFloat16(v) & 0xffff;
                }
            }
        }
        int kept = 0;
        for (int r = 0; r < n; r++) {
            kept += count[r] > 0 ? 1 : 0;
        }
        long[] slots = new long[2 * capacity(kept)];
        int[] features = {0};
        denseRows.forEach((key, r) -> {
            if (count[r] > 0) {
                put(slots, key, value(packed, start[r], count[r]));
                features[0]++;
            }
        });
        return new LinearModel(classes, slots, features[0], packed);
    }

    /** Compares the weight as stored (half precision), so pruning a saved model equals pruning in training. */
    private static boolean keep(float v, float prune) {
        float half = Float.float16ToFloat(Float.floatToFloat16(v));
        return half != 0f && Math.abs(half) >= prune;
    }

    /** This model without the weights of magnitude below {@code prune} (features left empty dropped). */
    public LinearModel pruned(float prune) {
        LongIntMap rows = new LongIntMap(features);
        java.util.List<Long> spans = new java.util.ArrayList<>();
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                rows.getOrPut(slots[i], spans.size());
                spans.add(slots[i + 1]);
            }
        }
        return fromDense(classes, rows, (r, c) -> {
            long v = spans.get(r);
            for (int j = 0; j < (int) (v & 0xff); j++) {
                int w = weight(v, j);
                if (w >>> 16 == c) {
                    return Float.float16ToFloat((short) w);
                }
            }
            return 0f;
        }, prune);
    }

    private static int capacity(int entries) {
        return Integer.highestOneBit(Math.max(16, entries * 2 - 1)) << 1;
    }

    private static void put(long[] slots, long key, long value) {
        long k = key == 0 ? 1 : key;
        int mask = slots.length / 2 - 1;
        int i = (int) (k ^ k >>> 32) & mask;
        while (slots[2 * i] != 0) {
            i = i + 1 & mask;
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = value;
    }

    public int classes() {
        return classes;
    }

    public int features() {
        return features;
    }

    public int weights() {
        return packed.length;
    }

    /**
     * Sets {@code scores[0..classes)} to the scores of the given features. Looks all features up before
     * adding any weights: the table reads do not depend on each other, so their cache misses overlap.
     * {@code keys} is overwritten with the features' weight spans.
     */
    public void score(long[] keys, int n, float[] scores) {
        lookup(keys, n);
        add(keys, n, scores);
    }

    /**
     * Replaces each of {@code keys[0..n)} by its feature's weight span (start << 8 | count, 0 for an
     * unknown feature), for {@link #add}. The reads do not depend on each other, so their misses overlap.
     */
    public void lookup(long[] keys, int n) {
        long[] slots = this.slots;
        int mask = this.mask;
        for (int f = 0; f < n; f++) {
            long k = keys[f] == 0 ? 1 : keys[f];
            int i = (int) (k ^ k >>> 32) & mask;
            long s = slots[2 * i];
            while (s != k && s != 0) {
                i = i + 1 & mask;
                s = slots[2 * i];
            }
            keys[f] = s == 0 ? 0 : slots[2 * i + 1];
        }
    }

    /**
     * As {@link #lookup(long[], int)} for the entries of {@code keys} at the given positions only, in two
     * passes: first every feature's home slot is read, with no branch that depends on the table, so all
     * the cache misses are in flight together; then the probes are finished (from cache, mostly).
     * {@code scratch} holds at least {@code positions.length} entries.
     */
    public void lookup(long[] keys, int[] positions, long[] scratch) {
        long[] slots = this.slots;
        int mask = this.mask;
        int m = positions.length;
        for (int j = 0; j < m; j++) {
            long k = keys[positions[j]] == 0 ? 1 : keys[positions[j]];
            int i = (int) (k ^ k >>> 32) & mask;
            scratch[j] = slots[2 * i];
        }
        for (int j = 0; j < m; j++) {
            int p = positions[j];
            long k = keys[p] == 0 ? 1 : keys[p];
            int i = (int) (k ^ k >>> 32) & mask;
            long s = scratch[j];
            while (s != k && s != 0) {
                i = i + 1 & mask;
                s = slots[2 * i];
            }
            keys[p] = s == 0 ? 0 : slots[2 * i + 1];
        }
    }

    /**
     * Sets {@code scores[0..classes)} to the sum of the weights of the spans {@code spans[0..n)} (from
     * {@link #lookup}), added in that order: the same sums, bit for bit, as {@link #score}.
     */
    public void add(long[] spans, int n, float[] scores) {
        addOutside(spans, n, scores, classes, classes); // nothing skipped: right whatever the weights' order
    }

    /**
     * As {@link #add(long[], int, float[])} for the classes outside {@code [skipFrom, skipTo)} only: their sums
     * are the same, bit for bit (each class's weights are added in the same order); the scores of the
     * skipped classes are left undefined. For a decoder that knows those classes cannot be chosen. Reads
     * a feature's weights in class order (as {@link #fromDense} and {@link #read} keep them) to pass over the
     * skipped ones without adding them; a model not in that order sums every class.
     */
    public void add(long[] spans, int n, float[] scores, int skipFrom, int skipTo) {
        if (classOrdered) {
            addOutside(spans, n, scores, skipFrom, skipTo);
        } else {
            addOutside(spans, n, scores, classes, classes);
        }
    }

    private void addOutside(long[] spans, int n, float[] scores, int skipFrom, int skipTo) {
        java.util.Arrays.fill(scores, 0, classes, 0f);
        int[] packed = this.packed;
        touch(spans, n);
        for (int f = 0; f < n; f++) {
            long v = spans[f];
            if (v < 0) {
                int w = (int) (v >>> 8);
                scores[w >>> 16 & 0xff] += Float.float16ToFloat((short) w);
                if ((v & 0xff) == 2) {
                    w = (int) (v >>> 32);
                    scores[w >>> 16 & 0xff] += Float.float16ToFloat((short) w);
                }
                continue;
            }
            int row = (int) (v >>> 40);
            if (row != 0) {
                short[] dense = this.dense;
                int o = (row - 1) * classes;
                for (int c = 0; c < skipFrom; c++) {
                    scores[c] += Float.float16ToFloat(dense[o + c]);
                }
                for (int c = skipTo; c < classes; c++) {
                    scores[c] += Float.float16ToFloat(dense[o + c]);
                }
                continue;
            }
            int j = (int) (v >>> 8);
            int to = j + (int) (v & 0xff);
            for (; j < to; j++) {
                int w = packed[j];
                if (w >>> 16 >= skipFrom) {
                    break;
                }
                scores[w >>> 16] += Float.float16ToFloat((short) w);
            }
            while (j < to && packed[j] >>> 16 < skipTo) {
                j++;
            }
            for (; j < to; j++) {
                int w = packed[j];
                scores[w >>> 16] += Float.float16ToFloat((short) w);
            }
        }
    }

    /** Read by {@link #touch}, so the JIT keeps its loads. */
    private static volatile int touched;

    /**
     * Reads the first weight of every feature before any is added. The adds of one feature wait for its
     * weights, and the adds' stores keep the CPU from running far ahead; these loads depend on nothing, so
     * their cache misses are in flight together and the adds then find the weights in cache.
     */
    private void touch(long[] spans, int n) {
        int[] packed = this.packed;
        short[] dense = this.dense;
        int sum = 0;
        for (int f = 0; f < n; f++) {
            long v = spans[f];
            if (v > 0) {
                int row = (int) (v >>> 40);
                if (row != 0) {
                    sum += dense[(row - 1) * classes];
                } else {
                    sum += packed[(int) (v >>> 8)];
                }
            }
        }
        if (sum == 42) {
            touched = sum;
        }
    }

    /** Whether every feature's weights are in ascending class order (see {@link #add(long[], int, float[], int, int)}). */
    private static boolean classOrdered(long[] slots, int[] packed) {
        for (int i = 0; i < slots.length; i += 2) {
            long v = slots[i + 1];
            if (slots[i] != 0 && v >= 0) {
                int from = (int) (v >>> 8);
                for (int j = from + 1; j < from + (int) (v & 0xff); j++) {
                    if (packed[j] >>> 16 <= packed[j - 1] >>> 16) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether {@link #add(long[], int, float[], int, int)} can skip classes (else it adds them all). */
    public boolean classOrdered() {
        return classOrdered;
    }

    /** Format: classes, features, weights, then per feature its key and weight count, then the weights. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(features);
        out.writeInt(packed.length);
        long[] keys = new long[features];
        int[] counts = new int[features];
        int[] weights = new int[packed.length];
        int f = 0;
        int p = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                keys[f] = slots[i];
                counts[f] = (int) (slots[i + 1] & 0xff);
                for (int j = 0; j < counts[f]; j++) {
                    weights[p++] = weight(slots[i + 1], j);
                }
                f++;
            }
        }
        ModelData.writeLongs(out, keys);
        ModelData.writeInts(out, counts);
        ModelData.writeInts(out, weights);
    }

    public static LinearModel read(ByteBuffer in) throws IOException {
        int classes = in.getInt();
        int features = in.getInt();
        int nWeights = in.getInt();
        if (classes <= 0 || classes > 255 || features < 0 || nWeights < 0 || in.remaining() < features * 12L + nWeights * 4L) {
            throw new IOException("corrupt weights header");
        }
        long[] keys = ModelData.readLongs(in, features);
        int[] counts = ModelData.readInts(in, features);
        int[] packed = ModelData.readInts(in, nWeights);
        long[] slots = new long[2 * capacity(features)];
        int start = 0;
        for (int f = 0; f < features; f++) {
            if (counts[f] <= 0 || counts[f] > classes || start + counts[f] > nWeights) {
                throw new IOException("corrupt weights: feature " + f + " has " + counts[f] + " weights");
            }
            put(slots, keys[f], value(packed, start, counts[f]));
            start += counts[f];
        }
        if (start != nWeights) {
            throw new IOException("corrupt weights: features hold " + start + " weights, header says " + nWeights);
        }
        for (int w : packed) {
            if (w >>> 16 >= classes) {
                throw new IOException("corrupt weights: class " + (w >>> 16) + " of " + classes);
            }
        }
        return new LinearModel(classes, slots, features, packed);
    }
}
