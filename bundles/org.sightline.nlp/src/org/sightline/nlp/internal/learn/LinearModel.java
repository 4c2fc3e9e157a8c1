package org.sightline.nlp.internal.learn;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The averaged weights of a trained perceptron, compact and read-only: per feature row only the classes
 * with a non-zero weight, as (class, weight) pairs with the weight in half precision. Scoring adds each
 * present feature's pairs into a score array. Immutable after loading, so one instance serves all threads.
 */
public final class LinearModel {

    private final int classes;
    private final LongIntMap rows;
    private final int[] rowStart;
    private final short[] cls;
    private final float[] weight;

    private LinearModel(int classes, LongIntMap rows, int[] rowStart, short[] cls, float[] weight) {
        this.classes = classes;
        this.rows = rows;
        this.rowStart = rowStart;
        this.cls = cls;
        this.weight = weight;
    }

    @FunctionalInterface
    interface Cell {
        float weight(int row, int cls);
    }

    static LinearModel fromDense(int classes, LongIntMap denseRows, Cell cell, float prune) {
        int n = denseRows.size();
        // half precision keeps 11 significant bits: scale weights so the largest is near the top of its range
        int[] count = new int[n];
        int total = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < classes; c++) {
                if (Math.abs(cell.weight(r, c)) >= prune && cell.weight(r, c) != 0f) {
                    count[r]++;
                }
            }
            total += count[r];
        }
        int[] newRow = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            newRow[r] = count[r] > 0 ? kept++ : -1;
        }
        int[] start = new int[kept + 1];
        short[] cls = new short[total];
        float[] weight = new float[total];
        int[] oldOf = new int[kept];
        for (int r = 0; r < n; r++) {
            if (newRow[r] >= 0) {
                oldOf[newRow[r]] = r;
            }
        }
        int p = 0;
        for (int k = 0; k < kept; k++) {
            start[k] = p;
            int r = oldOf[k];
            for (int c = 0; c < classes; c++) {
                float v = cell.weight(r, c);
                if (Math.abs(v) >= prune && v != 0f) {
                    cls[p] = (short) c;
                    weight[p] = Float.float16ToFloat(Float.floatToFloat16(v));
                    p++;
                }
            }
        }
        start[kept] = p;
        LongIntMap rows = new LongIntMap(kept);
        denseRows.forEach((key, r) -> {
            if (newRow[r] >= 0) {
                rows.getOrPut(key, newRow[r]);
            }
        });
        return new LinearModel(classes, rows, start, cls, weight);
    }

    public int classes() {
        return classes;
    }

    public int features() {
        return rows.size();
    }

    public int weights() {
        return weight.length;
    }

    /** Sets {@code scores[0..classes)} to the scores of the given features. */
    public void score(long[] features, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0, classes, 0f);
        for (int i = 0; i < n; i++) {
            int r = rows.get(features[i]);
            if (r >= 0) {
                for (int j = rowStart[r], e = rowStart[r + 1]; j < e; j++) {
                    scores[cls[j]] += weight[j];
                }
            }
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(rowStart.length - 1);
        out.writeInt(weight.length);
        rows.write(out);
        // row starts as per-row counts (small numbers compress well)
        int[] counts = new int[rowStart.length - 1];
        for (int r = 0; r < counts.length; r++) {
            counts[r] = rowStart[r + 1] - rowStart[r];
        }
        ModelData.writeInts(out, counts);
        ModelData.writeShorts(out, cls);
        short[] half = new short[weight.length];
        for (int i = 0; i < half.length; i++) {
            half[i] = Float.floatToFloat16(weight[i]);
        }
        ModelData.writeShorts(out, half);
    }

    public static LinearModel read(ByteBuffer in) throws IOException {
        int classes = in.getInt();
        int nRows = in.getInt();
        int nWeights = in.getInt();
        if (classes <= 0 || nRows < 0 || nWeights < 0) {
            throw new IOException("corrupt weights header");
        }
        LongIntMap rows = LongIntMap.read(in);
        int[] counts = ModelData.readInts(in, nRows);
        int[] start = new int[nRows + 1];
        for (int r = 0; r < nRows; r++) {
            start[r + 1] = start[r] + counts[r];
        }
        if (start[nRows] != nWeights) {
            throw new IOException("corrupt weights: rows hold " + start[nRows] + " weights, header says " + nWeights);
        }
        short[] cls = ModelData.readShorts(in, nWeights);
        short[] half = ModelData.readShorts(in, nWeights);
        float[] weight = new float[nWeights];
        for (int i = 0; i < nWeights; i++) {
            if (cls[i] < 0 || cls[i] >= classes) {
                throw new IOException("corrupt weights: class " + cls[i] + " of " + classes);
            }
            weight[i] = Float.float16ToFloat(half[i]);
        }
        return new LinearModel(classes, rows, start, cls, weight);
    }
}
