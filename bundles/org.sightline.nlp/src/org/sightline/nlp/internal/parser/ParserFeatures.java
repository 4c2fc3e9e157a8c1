package org.sightline.nlp.internal.parser;

import static org.sightline.nlp.internal.learn.Hashing.key;

/**
 * The feature templates of Zhang and Nivre (2011, "Transition-based dependency parsing with rich
 * non-local features", table 1) for the arc-eager system: words (w), tags (p) and labels (l) of the
 * stack top S0, the buffer N0..N2, S0's head and grand-head, the leftmost and rightmost dependents of S0
 * and N0 and the second ones, the S0-N0 distance, valencies and label sets. Template numbers are part of
 * the feature keys, so changing a template means retraining.
 */
final class ParserFeatures {

    static final int MAX = 96;
    private static final long NONE = 0x4e4f4e45L;

    private ParserFeatures() {
    }

    /**
     * Per-sentence atoms, index n being the root: word hashes, tag numbers, suffix hashes, and running
     * counts of punctuation and verbs (for "what lies between S0 and N0").
     */
    static final class Atoms {
        final long[] word;
        final int[] tag;
        final long[] suffix;
        final int[] punctBefore;
        final int[] verbsBefore;

        Atoms(long[] word, int[] tag, long[] suffix, int[] punctBefore, int[] verbsBefore) {
            this.word = word;
            this.tag = tag;
            this.suffix = suffix;
            this.punctBefore = punctBefore;
            this.verbsBefore = verbsBefore;
        }

        long suffix(int i) {
            return i < 0 ? NONE : suffix[i];
        }

        /** Punctuation and verbs strictly between a and b (a before b), bucketed 0, 1, 2+. */
        int between(int a, int b) {
            if (a < 0 || b < 0) {
                return -1;
            }
            int p = Math.min(2, punctBefore[b] - punctBefore[a + 1]);
            int v = Math.min(2, verbsBefore[b] - verbsBefore[a + 1]);
            return p * 3 + v;
        }

        long w(int i) {
            return i < 0 ? NONE : word[i];
        }

        int p(int i) {
            return i < 0 ? -1 : tag[i];
        }
    }

    private static int l(ArcEager.State s, int i) {
        return i < 0 ? -1 : s.label[i];
    }

    private static int distance(int s0, int n0) {
        if (s0 < 0 || n0 < 0) {
            return 0;
        }
        int d = n0 - s0;
        return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
    }

    static int extract(ArcEager.State s, Atoms a, long[] f) {
        int s0 = s.stack(0);
        int n0 = s.buffer(0);
        int n1 = s.buffer(1);
        int n2 = s.buffer(2);
        int s0h = s0 < 0 ? -1 : s.head[s0];
        int s0h2 = s0h < 0 || s0h == s.n ? -1 : s.head[s0h];
        int s0l = s0 < 0 ? -1 : s.left1[s0];
        int s0r = s0 < 0 ? -1 : s.right1[s0];
        int s0l2 = s0 < 0 ? -1 : s.left2[s0];
        int s0r2 = s0 < 0 ? -1 : s.right2[s0];
        int n0l = n0 < 0 ? -1 : s.left1[n0];
        int n0l2 = n0 < 0 ? -1 : s.left2[n0];

        long s0w = a.w(s0);
        long n0w = a.w(n0);
        long n1w = a.w(n1);
        long n2w = a.w(n2);
        int s0p = a.p(s0);
        int n0p = a.p(n0);
        int n1p = a.p(n1);
        int n2p = a.p(n2);
        int d = distance(s0, n0);
        int s0vl = s0 < 0 ? 0 : s.leftCount[s0];
        int s0vr = s0 < 0 ? 0 : s.rightCount[s0];
        int n0vl = n0 < 0 ? 0 : s.leftCount[n0];
        long s0sl = s0 < 0 ? 0 : s.leftLabels[s0];
        long s0sr = s0 < 0 ? 0 : s.rightLabels[s0];
        long n0sl = n0 < 0 ? 0 : s.leftLabels[n0];

        int k = 0;
        // single words
        f[k++] = key(1, s0w, s0p);
        f[k++] = key(2, s0w);
        f[k++] = key(3, s0p);
        f[k++] = key(4, n0w, n0p);
        f[k++] = key(5, n0w);
        f[k++] = key(6, n0p);
        f[k++] = key(7, n1w, n1p);
        f[k++] = key(8, n1w);
        f[k++] = key(9, n1p);
        f[k++] = key(10, n2w, n2p);
        f[k++] = key(11, n2w);
        f[k++] = key(12, n2p);
        // word pairs
        f[k++] = key(13, s0w, s0p, n0w, n0p);
        f[k++] = key(14, s0w, s0p, n0w);
        f[k++] = key(15, s0w, n0w, n0p);
        f[k++] = key(16, s0w, s0p, n0p);
        f[k++] = key(17, s0p, n0w, n0p);
        f[k++] = key(18, s0w, n0w);
        f[k++] = key(19, s0p, n0p);
        f[k++] = key(20, n0p, n1p);
        // three words
        f[k++] = key(21, n0p, n1p, n2p);
        f[k++] = key(22, s0p, n0p, n1p);
        f[k++] = key(23, a.p(s0h), s0p, n0p);
        f[k++] = key(24, s0p, a.p(s0l), n0p);
        f[k++] = key(25, s0p, a.p(s0r), n0p);
        f[k++] = key(26, s0p, n0p, a.p(n0l));
        // distance
        f[k++] = key(27, s0w, d);
        f[k++] = key(28, s0p, d);
        f[k++] = key(29, n0w, d);
        f[k++] = key(30, n0p, d);
        f[k++] = key(31, s0w, n0w, d);
        f[k++] = key(32, s0p, n0p, d);
        // valency
        f[k++] = key(33, s0w, s0vr);
        f[k++] = key(34, s0p, s0vr);
        f[k++] = key(35, s0w, s0vl);
        f[k++] = key(36, s0p, s0vl);
        f[k++] = key(37, n0w, n0vl);
        f[k++] = key(38, n0p, n0vl);
        // unigrams
        f[k++] = key(39, a.w(s0h));
        f[k++] = key(40, a.p(s0h));
        f[k++] = key(41, l(s, s0));
        f[k++] = key(42, a.w(s0l));
        f[k++] = key(43, a.p(s0l));
        f[k++] = key(44, l(s, s0l));
        f[k++] = key(45, a.w(s0r));
        f[k++] = key(46, a.p(s0r));
        f[k++] = key(47, l(s, s0r));
        f[k++] = key(48, a.w(n0l));
        f[k++] = key(49, a.p(n0l));
        f[k++] = key(50, l(s, n0l));
        // third order
        f[k++] = key(51, a.w(s0h2));
        f[k++] = key(52, a.p(s0h2));
        f[k++] = key(53, l(s, s0h));
        f[k++] = key(54, a.w(s0l2));
        f[k++] = key(55, a.p(s0l2));
        f[k++] = key(56, l(s, s0l2));
        f[k++] = key(57, a.w(s0r2));
        f[k++] = key(58, a.p(s0r2));
        f[k++] = key(59, l(s, s0r2));
        f[k++] = key(60, a.w(n0l2));
        f[k++] = key(61, a.p(n0l2));
        f[k++] = key(62, l(s, n0l2));
        f[k++] = key(63, s0p, a.p(s0l), a.p(s0l2));
        f[k++] = key(64, s0p, a.p(s0r), a.p(s0r2));
        f[k++] = key(65, s0p, a.p(s0h), a.p(s0h2));
        f[k++] = key(66, n0p, a.p(n0l), a.p(n0l2));
        // label sets
        f[k++] = key(67, s0w, s0sr);
        f[k++] = key(68, s0p, s0sr);
        f[k++] = key(69, s0w, s0sl);
        f[k++] = key(70, s0p, s0sl);
        f[k++] = key(71, n0w, n0sl);
        f[k++] = key(72, n0p, n0sl);
        // additions to Zhang and Nivre: second stack item, suffixes (unknown words), what lies between
        int s1 = s.stack(1);
        int s1p = a.p(s1);
        int between = a.between(s0, n0);
        f[k++] = key(73, a.w(s1), s1p);
        f[k++] = key(74, s1p, s0p, n0p);
        f[k++] = key(75, s1p, s0p);
        f[k++] = key(76, a.suffix(s0), s0p);
        f[k++] = key(77, a.suffix(n0), n0p);
        f[k++] = key(78, a.suffix(n1), n1p);
        f[k++] = key(79, s0p, n0p, between);
        f[k++] = key(80, s0w, n0p, between);
        f[k++] = key(81, s0p, n0w, between);
        f[k++] = key(82, s0p, s0h < 0 ? 0 : 1, n0p);
        f[k++] = key(83, l(s, s0), s0p, n0p);
        f[k++] = key(84, a.p(s0h), s0p, n0w);
        f[k++] = key(85, n0w, n1w);
        return k;
    }

    // ---- Parsing with a trained model: the same features, with the lookups of one-word features cached ----

    /** Features that read one word only (its word, tag or suffix): per sentence and word, looked up once. */
    static final int WORD_FEATURES = 32;
    /** Templates that read one label only (-1 for none, else 0..labels-1): per model, looked up once. */
    static final int[] LABEL_TEMPLATES = {41, 44, 47, 50, 53, 56, 59, 62};
    /** Positions in the feature vector of {@link #extractSpans} that hold keys still to look up. */
    static final int[] KEYED = keyed();

    private static int[] keyed() {
        int[] p = new int[45];
        int k = 0;
        for (int t = 13; t <= 38; t++) {
            p[k++] = t - 1;
        }
        for (int t = 63; t <= 72; t++) {
            p[k++] = t - 1;
        }
        p[k++] = 74 - 1;
        p[k++] = 75 - 1;
        for (int t = 79; t <= 85; t++) {
            p[k++] = t - 1;
        }
        return p;
    }

    /**
     * Keys of the one-word features of every word -1..n (-1 = none, n = the root), {@link #WORD_FEATURES}
     * per word from offset {@code (i + 1) * WORD_FEATURES}, in the order {@link #extractSpans} reads them.
     */
    static long[] wordKeys(Atoms a, int n) {
        long[] k = new long[(n + 2) * WORD_FEATURES];
        for (int i = -1; i <= n; i++) {
            long w = a.w(i);
            int p = a.p(i);
            long suffix = a.suffix(i);
            int o = (i + 1) * WORD_FEATURES;
            k[o] = key(1, w, p);
            k[o + 1] = key(2, w);
            k[o + 2] = key(3, p);
            k[o + 3] = key(4, w, p);
            k[o + 4] = key(5, w);
            k[o + 5] = key(6, p);
            k[o + 6] = key(7, w, p);
            k[o + 7] = key(8, w);
            k[o + 8] = key(9, p);
            k[o + 9] = key(10, w, p);
            k[o + 10] = key(11, w);
            k[o + 11] = key(12, p);
            // 12..27: the word and tag templates 39/40, 42/43, 45/46, 48/49, 51/52, 54/55, 57/58, 60/61
            for (int j = 0; j < 8; j++) {
                int t = LABEL_TEMPLATES[j] - 2;
                k[o + 12 + 2 * j] = key(t, w);
                k[o + 13 + 2 * j] = key(t + 1, p);
            }
            k[o + 28] = key(73, w, p);
            k[o + 29] = key(76, suffix, p);
            k[o + 30] = key(77, suffix, p);
            k[o + 31] = key(78, suffix, p);
        }
        return k;
    }

    /** Keys of the label templates for labels -1..labels-1, {@code labels + 1} per template. */
    static long[] labelKeys(int labels) {
        long[] k = new long[LABEL_TEMPLATES.length * (labels + 1)];
        for (int j = 0; j < LABEL_TEMPLATES.length; j++) {
            for (int l = -1; l < labels; l++) {
                k[j * (labels + 1) + l + 1] = key(LABEL_TEMPLATES[j], l);
            }
        }
        return k;
    }

    /**
     * The features of {@link #extract} in the same order, for parsing: the one-word and label features as
     * weight spans taken from {@code words} (from {@link #wordKeys}, looked up) and {@code labelSpans}
     * (from {@link #labelKeys}, looked up), the others as keys at the positions {@link #KEYED}.
     */
    static int extractSpans(ArcEager.State s, Atoms a, long[] words, long[] labelSpans, long[] f) {
        int s0 = s.stack(0);
        int n0 = s.buffer(0);
        int n1 = s.buffer(1);
        int n2 = s.buffer(2);
        int s0h = s0 < 0 ? -1 : s.head[s0];
        int s0h2 = s0h < 0 || s0h == s.n ? -1 : s.head[s0h];
        int s0l = s0 < 0 ? -1 : s.left1[s0];
        int s0r = s0 < 0 ? -1 : s.right1[s0];
        int s0l2 = s0 < 0 ? -1 : s.left2[s0];
        int s0r2 = s0 < 0 ? -1 : s.right2[s0];
        int n0l = n0 < 0 ? -1 : s.left1[n0];
        int n0l2 = n0 < 0 ? -1 : s.left2[n0];

        long s0w = a.w(s0);
        long n0w = a.w(n0);
        int s0p = a.p(s0);
        int n0p = a.p(n0);
        int n1p = a.p(n1);
        int n2p = a.p(n2);
        int d = distance(s0, n0);
        int s0vl = s0 < 0 ? 0 : s.leftCount[s0];
        int s0vr = s0 < 0 ? 0 : s.rightCount[s0];
        int n0vl = n0 < 0 ? 0 : s.leftCount[n0];
        long s0sl = s0 < 0 ? 0 : s.leftLabels[s0];
        long s0sr = s0 < 0 ? 0 : s.rightLabels[s0];
        long n0sl = n0 < 0 ? 0 : s.leftLabels[n0];

        final int w = WORD_FEATURES;
        int os0 = (s0 + 1) * w;
        int on0 = (n0 + 1) * w;
        int on1 = (n1 + 1) * w;
        int on2 = (n2 + 1) * w;
        // single words (templates 1-12)
        f[0] = words[os0];
        f[1] = words[os0 + 1];
        f[2] = words[os0 + 2];
        f[3] = words[on0 + 3];
        f[4] = words[on0 + 4];
        f[5] = words[on0 + 5];
        f[6] = words[on1 + 6];
        f[7] = words[on1 + 7];
        f[8] = words[on1 + 8];
        f[9] = words[on2 + 9];
        f[10] = words[on2 + 10];
        f[11] = words[on2 + 11];
        // word pairs
        f[12] = key(13, s0w, s0p, n0w, n0p);
        f[13] = key(14, s0w, s0p, n0w);
        f[14] = key(15, s0w, n0w, n0p);
        f[15] = key(16, s0w, s0p, n0p);
        f[16] = key(17, s0p, n0w, n0p);
        f[17] = key(18, s0w, n0w);
        f[18] = key(19, s0p, n0p);
        f[19] = key(20, n0p, n1p);
        // three words
        f[20] = key(21, n0p, n1p, n2p);
        f[21] = key(22, s0p, n0p, n1p);
        f[22] = key(23, a.p(s0h), s0p, n0p);
        f[23] = key(24, s0p, a.p(s0l), n0p);
        f[24] = key(25, s0p, a.p(s0r), n0p);
        f[25] = key(26, s0p, n0p, a.p(n0l));
        // distance
        f[26] = key(27, s0w, d);
        f[27] = key(28, s0p, d);
        f[28] = key(29, n0w, d);
        f[29] = key(30, n0p, d);
        f[30] = key(31, s0w, n0w, d);
        f[31] = key(32, s0p, n0p, d);
        // valency
        f[32] = key(33, s0w, s0vr);
        f[33] = key(34, s0p, s0vr);
        f[34] = key(35, s0w, s0vl);
        f[35] = key(36, s0p, s0vl);
        f[36] = key(37, n0w, n0vl);
        f[37] = key(38, n0p, n0vl);
        // unigrams (39-50) and third order (51-62): word and tag from the word table, label from the label table
        int l1 = labelSpans.length / LABEL_TEMPLATES.length;
        f[38] = words[(s0h + 1) * w + 12];
        f[39] = words[(s0h + 1) * w + 13];
        f[40] = labelSpans[l(s, s0) + 1];
        f[41] = words[(s0l + 1) * w + 14];
        f[42] = words[(s0l + 1) * w + 15];
        f[43] = labelSpans[l1 + l(s, s0l) + 1];
        f[44] = words[(s0r + 1) * w + 16];
        f[45] = words[(s0r + 1) * w + 17];
        f[46] = labelSpans[2 * l1 + l(s, s0r) + 1];
        f[47] = words[(n0l + 1) * w + 18];
        f[48] = words[(n0l + 1) * w + 19];
        f[49] = labelSpans[3 * l1 + l(s, n0l) + 1];
        f[50] = words[(s0h2 + 1) * w + 20];
        f[51] = words[(s0h2 + 1) * w + 21];
        f[52] = labelSpans[4 * l1 + l(s, s0h) + 1];
        f[53] = words[(s0l2 + 1) * w + 22];
        f[54] = words[(s0l2 + 1) * w + 23];
        f[55] = labelSpans[5 * l1 + l(s, s0l2) + 1];
        f[56] = words[(s0r2 + 1) * w + 24];
        f[57] = words[(s0r2 + 1) * w + 25];
        f[58] = labelSpans[6 * l1 + l(s, s0r2) + 1];
        f[59] = words[(n0l2 + 1) * w + 26];
        f[60] = words[(n0l2 + 1) * w + 27];
        f[61] = labelSpans[7 * l1 + l(s, n0l2) + 1];
        f[62] = key(63, s0p, a.p(s0l), a.p(s0l2));
        f[63] = key(64, s0p, a.p(s0r), a.p(s0r2));
        f[64] = key(65, s0p, a.p(s0h), a.p(s0h2));
        f[65] = key(66, n0p, a.p(n0l), a.p(n0l2));
        // label sets
        f[66] = key(67, s0w, s0sr);
        f[67] = key(68, s0p, s0sr);
        f[68] = key(69, s0w, s0sl);
        f[69] = key(70, s0p, s0sl);
        f[70] = key(71, n0w, n0sl);
        f[71] = key(72, n0p, n0sl);
        // additions to Zhang and Nivre
        int s1 = s.stack(1);
        int s1p = a.p(s1);
        int between = a.between(s0, n0);
        f[72] = words[(s1 + 1) * w + 28];
        f[73] = key(74, s1p, s0p, n0p);
        f[74] = key(75, s1p, s0p);
        f[75] = words[os0 + 29];
        f[76] = words[on0 + 30];
        f[77] = words[on1 + 31];
        f[78] = key(79, s0p, n0p, between);
        f[79] = key(80, s0w, n0p, between);
        f[80] = key(81, s0p, n0w, between);
        f[81] = key(82, s0p, s0h < 0 ? 0 : 1, n0p);
        f[82] = key(83, l(s, s0), s0p, n0p);
        f[83] = key(84, a.p(s0h), s0p, n0w);
        f[84] = key(85, n0w, a.w(n1));
        return 85;
    }
}
