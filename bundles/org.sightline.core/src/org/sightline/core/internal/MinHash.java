package org.sightline.core.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles of a text and their MinHash signature (Broder 1997): the share of equal signature
 * slots estimates the Jaccard resemblance of two shingle sets. Hash functions are
 * {@code (a * h + b) mod p} over a 64-bit hash of the shingle, with fixed seeds so that runs agree.
 */
public final class MinHash {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final long[] a;
    private final long[] b;
    private final int shingle;

    public MinHash(int hashes, int shingle, long seed) {
        this.shingle = shingle;
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        a = new long[hashes];
        b = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            a[i] = r.nextLong() | 1; // odd: a bijection on 64-bit words
            b[i] = r.nextLong();
        }
    }

    /** Hashes of the text's {@code shingle}-word shingles (lower case, letters and digits only). */
    public Set<Long> shingles(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        java.util.List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + shingle <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + shingle; j++) {
                for (char c : words.get(j).toCharArray()) {
                    h = 31 * h + c;
                }
                h = 31 * h + ' ';
            }
            out.add(mix(h));
        }
        return out;
    }

    /**
     * The same shingle hashes as {@link #shingles}, sorted and without repeats: 8 bytes a shingle
     * instead of a boxed set entry, for sketches kept while many documents go by.
     */
    public long[] sortedShingles(String text) {
        return shingles(text).stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The signature: per hash function, the least value over the shingles. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[a.length];
        Arrays.fill(sig, -1L); // the largest unsigned value
        for (long s : shingles) {
            for (int i = 0; i < a.length; i++) {
                long v = mix(a[i] * s + b[i]);
                if (Long.compareUnsigned(v, sig[i]) < 0) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated resemblance: the share of equal slots. */
    public static double estimate(long[] x, long[] y) {
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            same += x[i] == y[i] ? 1 : 0;
        }
        return (double) same / x.length;
    }

    /** Exact Jaccard resemblance of two shingle sets given as {@link #sortedShingles sorted arrays}. */
    public static double jaccard(long[] x, long[] y) {
        if (x.length == 0 && y.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length;) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (x.length + y.length - common);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
