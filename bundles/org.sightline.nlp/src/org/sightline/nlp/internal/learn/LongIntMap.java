package org.sightline.nlp.internal.learn;

/**
 * Open-addressing map from long keys (feature hashes, word hashes) to int values, without boxing, for
 * training and the tagger's WordNet dictionary (the shipped models keep their own table,
 * {@link LinearModel}). Not thread-safe while written; reads of a finished map are.
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

    public int size() {
        return size;
    }

    /** The value of {@code key}, or -1. Key 0 is never stored (a real key of 0 is taken as 1). */
    public int get(long key) {
        int i = slot(key == 0 ? 1 : key);
        return keys[i] == 0 ? -1 : values[i];
    }

    /** The value of {@code key}; if absent, stores {@code next} and returns it. */
    public int getOrPut(long key, int next) {
        long k = key == 0 ? 1 : key;
        int i = slot(k);
        if (keys[i] != 0) {
            return values[i];
        }
        keys[i] = k;
        values[i] = next;
        if (++size * 2 > keys.length) {
            grow();
        }
        return next;
    }

    /** The slot holding {@code k}, or the empty slot where it would go (linear probing). */
    private int slot(long k) {
        int i = (int) (k ^ k >>> 32) & mask;
        while (keys[i] != k && keys[i] != 0) {
            i = i + 1 & mask;
        }
        return i;
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
}
