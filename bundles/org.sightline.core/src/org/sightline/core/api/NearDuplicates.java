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

    /**
     * What one document looks like to the detector: its shingle hashes, sorted (8 bytes a shingle:
     * a run that streams its documents keeps this much of each, not the text).
     */
    private record Sketch(Document document, long[] shingles, long[] signature) {
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
        Marker marker = new Marker();
        for (Document d : corpus.getDocuments()) {
            if (marker.next(d, fresh.contains(d))) {
                marked.add(d);
            }
        }
        return marked;
    }

    /**
     * The rules above applied one document at a time, in corpus order, for a run that writes each
     * document out as soon as it is analysed ({@link Pipeline#stream}): {@link #mark} gives the same
     * marks. Keeps each document's sketch, not its text.
     *
     * @since 0.2.0
     */
    public static final class Marker {

        /** Band hash (band number and its rows) to the sketches in that bucket. */
        private final Map<Long, List<Sketch>> buckets = new HashMap<>();

        /**
         * Marks {@code d} when {@code mark} is true, it has no mark yet and it nearly duplicates a
         * document passed earlier; then remembers {@code d} as a possible original of later ones.
         * Returns whether it marked {@code d}.
         */
        public boolean next(Document d, boolean mark) {
            Sketch s = sketch(d);
            if (s == null) {
                return false;
            }
            boolean marked = false;
            if (mark && d.getDuplicateOf() == null) {
                Document original = findOriginal(s);
                if (original != null) {
                    d.setDuplicateOf(original.getDuplicateOf() != null ? original.getDuplicateOf() : original);
                    marked = true;
                }
            }
            Sketch kept = new Sketch(d, s.shingles(), null); // the signature only finds the buckets
            for (int band = 0; band < BANDS; band++) {
                buckets.computeIfAbsent(bandKey(s.signature(), band), k -> new ArrayList<>()).add(kept);
            }
            return marked;
        }

        private Document findOriginal(Sketch s) {
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
    }

    /** The resemblance of two texts (exact Jaccard of their shingle sets), for tests and tuning. */
    public static double resemblance(String a, String b) {
        return MinHash.jaccard(MIN_HASH.sortedShingles(a), MIN_HASH.sortedShingles(b));
    }

    private static Sketch sketch(Document d) {
        if (d.getText() == null) {
            return null;
        }
        long[] shingles = MIN_HASH.sortedShingles(d.getText());
        return shingles.length < MIN_SHINGLES ? null : new Sketch(d, shingles, MIN_HASH.signature(shingles));
    }

    /**
     * One 64-bit key for a band's rows: two bands collide only by chance, and a collision adds a
     * candidate that the exact resemblance then judges (at worst a better original is found).
     */
    private static long bandKey(long[] sig, int band) {
        long k = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            k = k * 0x9E3779B97F4A7C15L + sig[i];
            k ^= k >>> 29;
        }
        return k;
    }
}
