package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Floors, set a little below what the rules reach, on attribution-dev (25 press releases, 117
 * attributions; measured in session 19: overlap cue 0.947, source 0.935, content 0.947, exact 0.868 / 0.935 / 0.807),
 * on the held-out set annotated for round 2 (14 other re3d releases, 17 attributions; overlap cue 0.944, source
 * 0.909, content 0.944), on the news paragraphs of round 3 and on the dev part of the EWT weblog set. The held-out
 * set was annotated before the round-2 rules, but its errors were read while tuning: a development set, not a test set.
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

    /**
     * data/attribution-ewt/dev: 17 weblog posts of UD English EWT train (629 attributions, texts in the repository), the
     * third development set (session 19; first scored 0.679 / 0.675 / 0.662 overlap F1 before any rule was changed for
     * it, 0.712 / 0.705 / 0.700 after round 16). Weblog posts argue, hedge and repost news: the floors guard what the
     * rules read there.
     */
    @Test
    void ewtDevScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.ewtDevDir(), false);
        assertTrue(s.cue().f1(false) >= 0.69, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.68, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.68, "content overlap " + s.content().format());
    }

    /**
     * data/attribution-ewt-mail/dev: 64 e-mails and newsgroup posts of UD English EWT train (1,285 attributions, texts in
     * the repository; session 19, first scored 0.709 / 0.715 / 0.700 overlap F1 before any rule was changed for it): the
     * writer's own stance, requests and commitments, and speech reported in threads.
     */
    @Test
    void ewtMailScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.ewtMailDir(), false);
        assertTrue(s.cue().f1(false) >= 0.69, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.69, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.68, "content overlap " + s.content().format());
    }

    /**
     * data/attribution-wikinews/dev: 12 Wikinews news articles (126 attributions, texts in the repository; session 20,
     * first scored 0.835 / 0.826 / 0.827 overlap F1 before any rule was changed for it, 0.878 / 0.868 / 0.869 after
     * round 17): the only news whose texts a clean checkout holds. One claim moves these by about 0.007.
     */
    @Test
    void wikinewsDevScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.wikinewsDevDir(), false);
        assertTrue(s.cue().f1(false) >= 0.86, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.85, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.85, "content overlap " + s.content().format());
    }

    @Test
    void heldOutScoresStayAboveTheirFloors() throws IOException {
        AttributionEval.Scores s = AttributionEval.run(AttributionEval.heldOutDir(), false);
        assertTrue(s.cue().f1(false) >= 0.90, "cue overlap " + s.cue().format());
        assertTrue(s.source().f1(false) >= 0.80, "source overlap " + s.source().format());
        assertTrue(s.content().f1(false) >= 0.90, "content overlap " + s.content().format());
    }
}
