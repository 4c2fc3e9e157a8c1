package org.sightline.core.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.core.internal.MinHash;
import org.sightline.model.Corpus;
import org.sightline.model.Document;

/**
 * Marks near-duplicate documents (syndicated wire copy republished with a new headline, an intro
 * line, a cut last paragraph) with {@code Document.duplicateOf}, so that the analyses count the
 * claims of a group once. Rules, in order:
 * <ol>
 * <li>documents with fewer than {@value #MIN_SHINGLES} shingles of {@value #SHINGLE} words are never
 * marked (too short to tell copy from common phrasing);</li>
 * <li>candidates: documents whose MinHash signatures ({@value #HASHES} hashes) agree in all
 * {@value #ROWS} slots of at least one of {@value #BANDS} bands (locality-sensitive hashing: pairs
 * of resemblance 0.5 are found with probability above 0.98);</li>
 * <li>a candidate pair is a near-duplicate when the exact Jaccard resemblance of its shingle sets is
 * at least {@value #THRESHOLD};</li>
 * <li>the later document (corpus order) points to the earliest of its group, never to another
 * duplicate; a document the analyst already marked keeps its mark.</li>
 * </ol>
 * Called by the pipeline after every run (batch and workbench import) for the documents just added,
 * against the whole corpus. Plain Java; cost grows with the number of documents, not with their pairs.
 *
 * @since 0.2.0
 */
public final class NearDuplicates {

    public static final int SHINGLE = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    public static final double THRESHOLD = 0.5;
    public static final int MIN_SHINGLES = 40;

    private static final MinHash MIN_HASH = new MinHash(HASHES, SHINGLE, 0x5161L);

    private NearDuplicates() {
    }

    /** What one document looks like to the detector. */
    private record Sketch(Document document, Set<Long> shingles, long[] signature) {
    }

    /**
     * Marks each of {@code added} (documents of {@code corpus}) that nearly duplicates an earlier
     * document of the corpus; returns the documents it marked.
     */
    public static List<Document> mark(Corpus corpus, List<Document> added) {
        Set<Document> fresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        fresh.addAll(added);
        List<Document> marked = new ArrayList<>();
        if (fresh.isEmpty()) {
            return marked;
        }
        Map<String, List<Sketch>> buckets = new HashMap<>();
        for (Document d : corpus.getDocuments()) {
            Sketch s = sketch(d);
            if (s == null) {
                continue;
            }
            if (fresh.contains(d) && d.getDuplicateOf() == null) {
                Document original = findOriginal(s, buckets);
                if (original != null) {
                    d.setDuplicateOf(original.getDuplicateOf() != null ? original.getDuplicateOf() : original);
                    marked.add(d);
                }
            }
            for (int band = 0; band < BANDS; band++) {
                buckets.computeIfAbsent(bandKey(s.signature(), band), k -> new ArrayList<>()).add(s);
            }
        }
        return marked;
    }

    /** The resemblance of two texts (exact Jaccard of their shingle sets), for tests and tuning. */
    public static double resemblance(String a, String b) {
        return MinHash.jaccard(MIN_HASH.shingles(a), MIN_HASH.shingles(b));
    }

    private static Document findOriginal(Sketch s, Map<String, List<Sketch>> buckets) {
        Sketch best = null;
        double bestScore = 0;
        Set<Sketch> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int band = 0; band < BANDS; band++) {
            for (Sketch c : buckets.getOrDefault(bandKey(s.signature(), band), List.of())) {
                if (!seen.add(c)) {
                    continue;
                }
                double j = MinHash.jaccard(s.shingles(), c.shingles());
                if (j >= THRESHOLD && j > bestScore) {
                    best = c;
                    bestScore = j;
                }
            }
        }
        return best == null ? null : best.document();
    }

    private static Sketch sketch(Document d) {
        if (d.getText() == null) {
            return null;
        }
        Set<Long> shingles = MIN_HASH.shingles(d.getText());
        return shingles.size() < MIN_SHINGLES ? null : new Sketch(d, shingles, MIN_HASH.signature(shingles));
    }

    private static String bandKey(long[] sig, int band) {
        StringBuilder k = new StringBuilder().append(band);
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            k.append(':').append(sig[i]);
        }
        return k.toString();
    }
}
