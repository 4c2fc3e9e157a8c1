package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.internal.Brandes;

/** Brandes on graphs small enough to count shortest paths by hand. */
class BrandesTest {

    /* Directed path 0->1->2->3: node 1 lies on (0,2), (0,3); node 2 on (0,3), (1,3). */
    @Test
    void path() {
        assertArrayEquals(new double[] {0, 2, 2, 0}, Brandes.betweenness(new int[][] {{1}, {2}, {3}, {}}), 1e-12);
    }

    /* Diamond 0->1, 0->2, 1->3, 2->3: two shortest paths 0..3, each middle node on one of them: 1/2 each. */
    @Test
    void diamondSplitsCredit() {
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0}, Brandes.betweenness(new int[][] {{1, 2}, {3}, {3}, {}}), 1e-12);
    }

    /* Directed star into and out of 0: 1->0, 2->0, 0->3, 0->4: pairs (1,3) (1,4) (2,3) (2,4) all pass 0. */
    @Test
    void broker() {
        assertArrayEquals(new double[] {4, 0, 0, 0, 0}, Brandes.betweenness(new int[][] {{3, 4}, {0}, {0}, {}, {}}), 1e-12);
    }
}
