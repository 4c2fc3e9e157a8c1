package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.AchAnalysis;
import org.sightline.analysis.api.AchMatrix;
import org.sightline.analysis.api.AchMatrix.Change;
import org.sightline.analysis.api.AchMatrix.Ranked;
import org.sightline.analysis.api.AchMatrix.Sensitivity;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Hypothesis;
import org.sightline.model.ReviewStatus;
import org.sightline.testing.SampleArticle;

class AchAnalysisTest {

    private SampleArticle s;
    private Hypothesis weakening, rebalancing, opening;

    /*
     * Three hypotheses about the Pentagon's move and six claims of the sample rated against them (weight in brackets):
     *                                              H1 Weakening   H2 Rebalancing  H3 Opening
     *   c2  move does not signal weakening          II (1)         CC (1)          -
     *   c4  uphold defense treaties                 I (0.5)        C (1)           I (0.5)
     *   c6  shift does not represent abandonment    I (1)          C (1)           -
     *   c9  SK strengthens its own deterrence       -              CC (1)          -
     *   c12 reducing the role could increase risk   C (1)          I (1)           -
     *   c13 NK may read reduced US resolve          C (0.5)        -               I (1)
     * ("-" = not rated, counted as N.) Weighted inconsistency (I = 1, II = 2):
     *   H1 = 2*1 + 1*0.5 + 1*1 = 3.5;  H2 = 1*1 = 1.0;  H3 = 1*0.5 + 1*1 = 1.5
     *   => H2 rank 1, H3 rank 2, H1 rank 3.
     * Consistency (shown only; CC = 2, C = 1): H1 = 1 + 0.5 = 1.5; H2 = 2 + 1 + 1 + 2 = 6; H3 = 0.
     */
    @BeforeEach
    void rate() {
        s = new SampleArticle();
        weakening = s.hypothesis("Weakening", "The US commitment to Korean security is weakening");
        rebalancing = s.hypothesis("Rebalancing", "The US shifts burden to allies without weakening deterrence");
        opening = s.hypothesis("Opening", "The US steps back to make room for talks with North Korea");
        s.assess(s.claims[2], weakening, Consistency.II, 1);
        s.assess(s.claims[2], rebalancing, Consistency.CC, 1);
        s.assess(s.claims[4], weakening, Consistency.I, 0.5);
        s.assess(s.claims[4], rebalancing, Consistency.C, 1);
        s.assess(s.claims[4], opening, Consistency.I, 0.5);
        s.assess(s.claims[6], weakening, Consistency.I, 1);
        s.assess(s.claims[6], rebalancing, Consistency.C, 1);
        s.assess(s.claims[9], rebalancing, Consistency.CC, 1);
        s.assess(s.claims[12], weakening, Consistency.C, 1);
        s.assess(s.claims[12], rebalancing, Consistency.I, 1);
        s.assess(s.claims[13], weakening, Consistency.C, 0.5);
        s.assess(s.claims[13], opening, Consistency.I, 1);
    }

    @Test
    void rankingByWeightedInconsistency() {
        AchMatrix m = new AchAnalysis().analyze(s.corpus);
        assertEquals(List.of(weakening, rebalancing, opening), m.hypotheses());
        assertEquals(List.of(s.claims[2], s.claims[4], s.claims[6], s.claims[9], s.claims[12], s.claims[13]),
                m.evidence().stream().map(AchMatrix.Evidence::claim).toList());
        assertEquals(List.of(new Ranked(rebalancing, 1, 1.0, 6.0), new Ranked(opening, 2, 1.5, 0.0), new Ranked(weakening, 3, 3.5, 1.5)),
                m.ranking());
        assertEquals(List.of(rebalancing), m.leaders());
        assertEquals(Consistency.N, m.evidence().get(0).rating(opening).consistency(), "not rated counts as N");
        assertTrue(m.evidence().get(3).diagnostic(), "c9: N, CC, N");
    }

    /*
     * Sensitivity, from the scores above (H1, H2, H3):
     *   c2  removed: 1.5, 1.0, 1.5 -> H2 1, H1 = H3 2        ranking changed, leader kept
     *   c2  flipped: II->CC, CC->II: 1.5, 3.0, 1.5 -> H1 = H3 1, H2 3   leader changed
     *   c4  removed: 3.0, 1.0, 1.0 -> H2 = H3 1, H1 3        leader changed (H3 joins)
     *   c4  flipped: I->C, C->I, I->C: 3.0, 2.0, 1.0 -> H3 1  leader changed
     *   c6  removed: 2.5, 1.0, 1.5 -> same order             unchanged
     *   c6  flipped: 2.5, 2.0, 1.5 -> H3 1, H2 2, H1 3       leader changed
     *   c9  removed: no inconsistency lost                   unchanged
     *   c9  flipped: CC->II: 3.5, 3.0, 1.5 -> H3 1, H2 2     leader changed
     *   c12 removed: 3.5, 0.0, 1.5 -> same order; flipped: 4.5, 0.0, 1.5 -> same order   unchanged both
     *   c13 removed: 3.5, 1.0, 0.5 -> H3 1; flipped: 4.0, 1.0, 0.5 -> H3 1              leader changed both
     * Critical evidence (leader changes): c2, c4, c6, c9, c13; c12 is the one robust rating.
     */
    @Test
    void sensitivityToEachPieceOfEvidence() {
        AchMatrix m = new AchAnalysis().analyze(s.corpus);
        assertEquals(12, m.sensitivity().size());
        Sensitivity c2Removed = find(m, s.claims[2], Change.REMOVED);
        assertTrue(c2Removed.rankingChanged());
        assertFalse(c2Removed.leaderChanged());
        assertEquals(List.of(new Ranked(rebalancing, 1, 1.0, 4.0), new Ranked(weakening, 2, 1.5, 1.5), new Ranked(opening, 2, 1.5, 0.0)),
                c2Removed.ranking());
        Sensitivity c2Flipped = find(m, s.claims[2], Change.FLIPPED);
        assertEquals(List.of(weakening, opening, rebalancing), c2Flipped.ranking().stream().map(Ranked::hypothesis).toList());
        assertEquals(List.of(1, 1, 3), c2Flipped.ranking().stream().map(Ranked::rank).toList());
        assertEquals(3.0, c2Flipped.ranking().get(2).inconsistency(), 1e-12);
        assertTrue(c2Flipped.leaderChanged());
        assertFalse(find(m, s.claims[6], Change.REMOVED).rankingChanged());
        assertTrue(find(m, s.claims[6], Change.FLIPPED).leaderChanged());
        assertFalse(find(m, s.claims[9], Change.REMOVED).rankingChanged());
        assertFalse(find(m, s.claims[12], Change.REMOVED).rankingChanged());
        assertFalse(find(m, s.claims[12], Change.FLIPPED).rankingChanged());
        assertEquals(List.of(s.claims[2], s.claims[4], s.claims[6], s.claims[9], s.claims[13]), m.criticalEvidence());
        assertEquals(8, m.rankingChangers().size());
    }

    @Test
    void rejectedClaimIsNoEvidence() {
        s.claims[13].setStatus(ReviewStatus.REJECTED);
        AchMatrix m = new AchAnalysis().analyze(s.corpus);
        assertEquals(2, m.ignoredAssessments());
        // Without c13: H1 3.5, H2 1.0, H3 0.5 -> the opening hypothesis leads.
        assertEquals(List.of(opening), m.leaders());
    }

    @Test
    void duplicateCellIsAnErrorNamingBothAssessments() {
        Assessment first = s.corpus.getAssessments().get(0);
        Assessment second = s.assess(s.claims[2], weakening, Consistency.C, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AchAnalysis().analyze(s.corpus));
        assertEquals("assessments " + first.getId() + " and " + second.getId()
                + " both rate claim c2 against hypothesis h1; keep one", e.getMessage());
    }

    @Test
    void negativeWeightIsAnError() {
        Assessment a = s.corpus.getAssessments().get(3);
        a.setWeight(-1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AchAnalysis().analyze(s.corpus));
        assertEquals("assessment " + a.getId() + " has weight -1.0; weights must be finite and >= 0", e.getMessage());
    }

    @Test
    void noHypothesesGiveAnEmptyMatrix() {
        SampleArticle plain = new SampleArticle();
        AchMatrix m = new AchAnalysis().analyze(plain.corpus);
        assertTrue(m.hypotheses().isEmpty());
        assertTrue(m.evidence().isEmpty());
        assertTrue(m.ranking().isEmpty());
    }

    private static Sensitivity find(AchMatrix m, Claim claim, Change change) {
        return m.sensitivity().stream().filter(x -> x.claim() == claim && x.change() == change).findFirst().orElseThrow();
    }
}
