package org.sightline.analysis.internal;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Betweenness centrality of an unweighted directed graph by Brandes' algorithm (U. Brandes, "A faster algorithm for
 * betweenness centrality", J. Math. Sociology 25(2), 2001): one BFS per source, dependencies accumulated in reverse BFS
 * order. O(n&middot;m) time, O(n + m) space. Nodes are 0..n-1; {@code out[v]} lists v's successors, without duplicates
 * or self-loops.
 */
public final class Brandes {

    private Brandes() {
    }

    /** Raw betweenness: for each v, the sum over ordered pairs (s, t), s &ne; v &ne; t, of &sigma;_st(v) / &sigma;_st. */
    public static double[] betweenness(int[][] out) {
        int n = out.length;
        double[] cb = new double[n];
        int[] stack = new int[n];
        long[] sigma = new long[n];
        int[] dist = new int[n];
        double[] delta = new double[n];
        // Predecessor lists as a flat array per node: a node has at most in-degree predecessors.
        int[] inDegree = new int[n];
        for (int[] successors : out) {
            for (int w : successors) {
                inDegree[w]++;
            }
        }
        int[][] pred = new int[n][];
        for (int v = 0; v < n; v++) {
            pred[v] = new int[inDegree[v]];
        }
        int[] predCount = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (out[s].length == 0) {
                continue; // reaches nobody, contributes nothing
            }
            int top = 0;
            Arrays.fill(sigma, 0);
            Arrays.fill(dist, -1);
            Arrays.fill(delta, 0);
            Arrays.fill(predCount, 0);
            sigma[s] = 1;
            dist[s] = 0;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack[top++] = v;
                for (int w : out[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        pred[w][predCount[w]++] = v;
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int i = 0; i < predCount[w]; i++) {
                    int v = pred[w][i];
                    delta[v] += (double) sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    cb[w] += delta[w];
                }
            }
        }
        return cb;
    }
}
