package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Floors, set a little below what the rules reach, on attribution-dev (25 press releases, 117
 * attributions; measured overlap cue 0.920, source 0.895, content 0.902, exact 0.875 / 0.895 / 0.786)
 * and on the held-out set annotated for round 2 (14 other re3d releases, 15 attributions; measured
 * overlap and exact cue 0.938, source 0.842, content 0.938). The second set was annotated before the
 * round-2 rules, but its errors were read while tuning: a second development set, not a test set.
 */
class AttributionDevTest {

    @Test
    void devScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.defaultDir(), false);
        assertTrue(s.cue().f1(false) >= 0.90, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.87, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.88, "content overlap " + s.content().format());
        assertTrue(s.cue().f1(true) >= 0.85, "cue exact " + s.cue().format());
        assertTrue(s.source().f1(true) >= 0.87, "source exact " + s.source().format());
        assertTrue(s.content().f1(true) >= 0.76, "content exact " + s.content().format());
    }

    /**
     * data/news-style: 26 news paragraphs written and annotated for round 3 (50 attributions). The
     * round-3 rules were tuned on its errors (the ten check* paragraphs were first scored blind: 0.848
     * overlap F1 on each role), so it is a development set now: the floors guard the news forms (quote
     * split by the source, "told reporters", "according to", nominal and passive cues).
     */
    @Test
    void newsStyleScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.newsStyleDir(), false);
        assertTrue(s.cue().f1(false) >= 0.95, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.95, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.95, "content overlap " + s.content().format());
        assertTrue(s.content().f1(true) >= 0.90, "content exact " + s.content().format());
    }

    @Test
    void heldOutScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.heldOutDir(), false);
        assertTrue(s.cue().f1(false) >= 0.90, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.80, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.90, "content overlap " + s.content().format());
    }
}
