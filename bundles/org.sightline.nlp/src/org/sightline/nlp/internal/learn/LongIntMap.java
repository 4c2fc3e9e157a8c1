package org.sightline.nlp.internal.learn;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Open-addressing map from non-zero long keys (feature hashes) to int values, without boxing. Saved and
 * loaded as its arrays, so a model loads without rehashing. Not thread-safe for writes; reads of a map
 * no longer written to are safe from any thread.
 */
public final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    private LongIntMap(long[] keys, int[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.mask = keys.length - 1;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or -1. Key 0 is never stored (a real key of 0 is taken as 1). */
    public int get(long key) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ k >>> 32) & mask;
        while (true) {
            long s = keys[i];
            if (s == k) {
                return values[i];
            }
            if (s == 0) {
                return -1;
            }
            i = i + 1 & mask;
        }
    }

    /** The value of {@code key}; if absent, stores {@code next} and returns it. */
    public int getOrPut(long key, int next) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ k >>> 32) & mask;
        while (true) {
            long s = keys[i];
            if (s == k) {
                return values[i];
            }
            if (s == 0) {
                keys[i] = k;
                values[i] = next;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return next;
            }
            i = i + 1 & mask;
        }
    }

    /** Calls {@code action} for every entry. */
    public void forEach(LongIntConsumer action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    @FunctionalInterface
    public interface LongIntConsumer {
        void accept(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                getOrPut(oldKeys[i], oldValues[i]);
            }
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        out.writeInt(size);
        ModelData.writeLongs(out, keys);
        ModelData.writeInts(out, values);
    }

    public static LongIntMap read(ByteBuffer in) throws IOException {
        int cap = in.getInt();
        int size = in.getInt();
        if (cap <= 0 || Integer.bitCount(cap) != 1 || size < 0 || size > cap / 2) {
            throw new IOException("corrupt feature table (capacity " + cap + ", size " + size + ")");
        }
        return new LongIntMap(ModelData.readLongs(in, cap), ModelData.readInts(in, cap), size);
    }
}
