package org.sightline.importer.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.importer.html.tests.bench.ShingleMetric;

/** The bench's metric against values worked out by hand from the benchmark's evaluate.py. */
class ShingleMetricTest {

    @Test
    void identicalTextsMatchFully() {
        ShingleMetric.Match m = ShingleMetric.match("one two three four five", "one, two; three four five!");
        assertEquals(1.0, m.precision());
        assertEquals(1.0, m.recall());
    }

    @Test
    void partialOverlapCountsShingles() {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x) -> tp 1, fp 1, fn 1
        ShingleMetric.Match m = ShingleMetric.match("a b c d e", "a b c d x");
        assertEquals(1.0 / 3, m.tp(), 1e-12);
        assertEquals(0.5, m.precision(), 1e-12);
        assertEquals(0.5, m.recall(), 1e-12);
    }

    @Test
    void shortTextsAreOneShingleAndEmptyPredictionsAreSkippedForPrecision() {
        ShingleMetric.Match empty = ShingleMetric.match("gold text here", "");
        assertEquals(0.0, empty.recall());
        ShingleMetric.Score s = ShingleMetric.score(List.of(empty, ShingleMetric.match("x y", "x y")));
        assertEquals(1.0, s.precision(), 1e-12); // only the page with a prediction counts
        assertEquals(0.5, s.recall(), 1e-12);
    }

    @Test
    void combiningMarksSplitTokensAsInPython() {
        // Python's \w excludes combining marks (category Mn): "cafe\u0301" is two tokens there.
        assertEquals(ShingleMetric.match("cafe \u0301 a b", "cafe a b").tp(),
                ShingleMetric.match("cafe\u0301 a b", "cafe a b").tp(), 1e-12);
    }
}
