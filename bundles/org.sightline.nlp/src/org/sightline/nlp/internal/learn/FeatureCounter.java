package org.sightline.nlp.internal.learn;

/**
 * Counts feature keys over the gold configurations of the training data, then numbers those seen at least
 * a given number of times: the fixed feature set of an {@link AveragedPerceptron}. Rare features would
 * mostly add weights that fit single training sentences and bloat the model.
 */
public final class FeatureCounter {

    private final LongIntMap ids = new LongIntMap(1 << 20);
    private int[] counts = new int[1 << 20];

    public void add(long[] features, int n) {
        for (int i = 0; i < n; i++) {
            int id = ids.getOrPut(features[i], ids.size());
            if (id == counts.length) {
                counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            }
            counts[id]++;
        }
    }

    public int distinct() {
        return ids.size();
    }

    /** Features seen at least {@code minCount} times, numbered from 0. */
    public LongIntMap frequent(int minCount) {
        int keep = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (counts[i] >= minCount) {
                keep++;
            }
        }
        LongIntMap rows = new LongIntMap(keep);
        ids.forEach((key, id) -> {
            if (counts[id] >= minCount) {
                rows.getOrPut(key, rows.size());
            }
        });
        return rows;
    }
}
