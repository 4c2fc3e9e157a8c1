package org.sightline.nlp.internal.tagger;

import static org.sightline.nlp.internal.learn.Hashing.key;

/**
 * Feature templates of the part-of-speech tagger (in the spirit of Collins 2002 and Ratnaparkhi 1996):
 * the word, its affixes and shape, the two words either side, and the two tags already chosen to the
 * left. Template numbers are part of the feature keys, so changing a template means retraining.
 */
final class TaggerFeatures {

    static final int MAX = 32;
    private static final long START = 0x5354415254L;
    private static final long END = 0x454e44L;

    private TaggerFeatures() {
    }

    /**
     * Fills {@code f} with the features of word {@code i}, given the tags chosen for words before it
     * ({@code tags[j]} for j &lt; i). Returns the number of features.
     */
    static int extract(TokenAtoms a, int i, int[] tags, long[] f) {
        int n = 0;
        long w = a.lower[i];
        long t1 = i > 0 ? tags[i - 1] : -1;
        long t2 = i > 1 ? tags[i - 2] : -1;
        long wm1 = i > 0 ? a.lower[i - 1] : START;
        long wm2 = i > 1 ? a.lower[i - 2] : START;
        long wp1 = i + 1 < a.size ? a.lower[i + 1] : END;
        long wp2 = i + 2 < a.size ? a.lower[i + 2] : END;
        f[n++] = key(0, 0);
        f[n++] = key(1, w);
        f[n++] = key(2, a.form[i]);
        f[n++] = key(3, a.suffix1[i]);
        f[n++] = key(4, a.suffix2[i]);
        f[n++] = key(5, a.suffix3[i]);
        f[n++] = key(6, a.suffix4[i]);
        f[n++] = key(7, a.prefix1[i]);
        f[n++] = key(8, a.prefix2[i]);
        f[n++] = key(9, a.prefix3[i]);
        f[n++] = key(10, a.shape[i]);
        f[n++] = key(11, t1);
        f[n++] = key(12, t2, t1);
        f[n++] = key(13, t1, w);
        f[n++] = key(14, wm1);
        f[n++] = key(15, i > 0 ? a.suffix3[i - 1] : START);
        f[n++] = key(16, wm2);
        f[n++] = key(17, wp1);
        f[n++] = key(18, i + 1 < a.size ? a.suffix3[i + 1] : END);
        f[n++] = key(19, wp2);
        f[n++] = key(20, wm1, w);
        f[n++] = key(21, w, wp1);
        f[n++] = key(22, i + 1 < a.size ? a.shape[i + 1] : END);
        f[n++] = key(23, i > 0 ? a.shape[i - 1] : START);
        f[n++] = key(24, i == 0 ? 1 : 0, a.shape[i]);
        f[n++] = key(25, t1, wp1);
        f[n++] = key(26, t1, a.suffix3[i]);
        f[n++] = key(27, wm1, wp1);
        return n;
    }
}
