package org.sightline.nlp.internal.parser;

/**
 * Makes a tree projective by lifting: while some arc crosses another, the shortest non-projective arc's
 * dependent is re-attached to its head's head (Nivre and Nilsson 2005, without encoding the lift in the
 * label). 0.17% of the arcs of UD English EWT train (354) are non-projective.
 */
final class Projectivizer {

    private Projectivizer() {
    }

    /** Lifts {@code head[0..n)} in place; the root is n. Returns the number of lifts. */
    static int lift(int[] head, int n) {
        int lifts = 0;
        while (true) {
            int worst = -1;
            int worstLen = Integer.MAX_VALUE;
            for (int d = 0; d < n; d++) {
                int h = head[d];
                int len = Math.abs(h - d);
                if (h != n && len < worstLen && !projective(head, n, h, d)) {
                    worst = d;
                    worstLen = len;
                }
            }
            if (worst < 0) {
                return lifts;
            }
            head[worst] = head[head[worst]];
            lifts++;
        }
    }

    /** Whether every word strictly between h and d descends from h. */
    private static boolean projective(int[] head, int n, int h, int d) {
        int from = Math.min(h, d) + 1;
        int to = Math.max(h, d);
        for (int k = from; k < to; k++) {
            int a = k;
            while (a != h && a != n && a >= 0) {
                a = head[a];
            }
            if (a != h) {
                return false;
            }
        }
        return true;
    }
}
