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
    /** Open addressing: slots[2i] = key (0 = empty), slots[2i+1] = start << 8 | count. */
    private final long[] slots;
    private final int mask;
    private final int features;
    private final int[] packed;

    private LinearModel(int classes, long[] slots, int features, int[] packed) {
        this.classes = classes;
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.features = features;
        this.packed = packed;
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
                put(slots, key, (long) start[r] << 8 | count[r]);
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
        java.util.List<long[]> spans = new java.util.ArrayList<>();
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                rows.getOrPut(slots[i], spans.size());
                spans.add(new long[] {slots[i + 1] >>> 8, slots[i + 1] & 0xff});
            }
        }
        return fromDense(classes, rows, (r, c) -> {
            long[] span = spans.get(r);
            for (int j = (int) span[0]; j < span[0] + span[1]; j++) {
                if (packed[j] >>> 16 == c) {
                    return Float.float16ToFloat((short) packed[j]);
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
        java.util.Arrays.fill(scores, 0, classes, 0f);
        long[] slots = this.slots;
        int[] packed = this.packed;
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
        for (int f = 0; f < n; f++) {
            long v = keys[f];
            int from = (int) (v >>> 8);
            int to = from + (int) (v & 0xff);
            for (int j = from; j < to; j++) {
                int w = packed[j];
                scores[w >>> 16] += Float.float16ToFloat((short) w);
            }
        }
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
                int from = (int) (slots[i + 1] >>> 8);
                counts[f] = (int) (slots[i + 1] & 0xff);
                System.arraycopy(packed, from, weights, p, counts[f]);
                p += counts[f];
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
            put(slots, keys[f], (long) start << 8 | counts[f]);
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
