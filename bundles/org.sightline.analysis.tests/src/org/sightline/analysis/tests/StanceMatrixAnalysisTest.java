package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.StanceMatrix;
import org.sightline.analysis.api.StanceMatrix.Row;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.testing.SampleArticle;

class StanceMatrixAnalysisTest {

    /*
     * Hand count, sample article (19 live claims; c19 rejected):
     *   Pentagon      ANNOUNCEMENT c1, REASSURANCE c7
     *   US officials  COMMITMENT c3 c4 c5, REASSURANCE c2 c6
     *   SK ministry   COMMITMENT c8 c9 c10
     *   Japan         COMMITMENT c11
     *   analysts      WARNING c12
     *   Critics       PREDICTION c13 c14, DEMAND c18
     *   experts       PREDICTION c15
     *   lawmakers     ASSESSMENT c16, WARNING c17
     *   (no source)   ASSESSMENT c20
     * Column totals: COMMITMENT 7, REASSURANCE 3, PREDICTION 3, WARNING 2, ASSESSMENT 2, ANNOUNCEMENT 1, DEMAND 1 = 19.
     */
    @Test
    void sampleArticleCounts() {
        SampleArticle s = new SampleArticle();
        StanceMatrix m = new StanceMatrixAnalysis().analyze(s.corpus);

        assertEquals(Arrays.asList(ClaimType.values()), m.columns());
        assertEquals(Arrays.asList(s.pentagon, s.usOfficials, s.skDefenseMinistry, s.japan, s.analysts, s.critics, s.experts,
                s.lawmakers, null), m.rows().stream().map(Row::actor).toList());
        assertEquals(List.of(s.claims[3], s.claims[4], s.claims[5]),
                m.row(s.usOfficials).orElseThrow().cell(ClaimType.COMMITMENT).claims());
        assertEquals(2, m.count(s.usOfficials, ClaimType.REASSURANCE));
        assertEquals(3, m.count(s.skDefenseMinistry, ClaimType.COMMITMENT));
        assertEquals(2, m.count(s.critics, ClaimType.PREDICTION));
        assertEquals(1, m.count(s.critics, ClaimType.DEMAND));
        assertEquals(1, m.count(s.lawmakers, ClaimType.WARNING));
        assertEquals(0, m.count(s.northKorea, ClaimType.WARNING), "no row for an actor without claims");
        Row noSource = m.rows().get(m.rows().size() - 1);
        assertNull(noSource.actor());
        assertEquals(Row.NO_SOURCE, noSource.label());
        assertEquals(List.of(s.claims[20]), noSource.cell(ClaimType.ASSESSMENT).claims());

        assertEquals(7, m.columnTotal(ClaimType.COMMITMENT));
        assertEquals(3, m.columnTotal(ClaimType.REASSURANCE));
        assertEquals(3, m.columnTotal(ClaimType.PREDICTION));
        assertEquals(2, m.columnTotal(ClaimType.WARNING));
        assertEquals(2, m.columnTotal(ClaimType.ASSESSMENT));
        assertEquals(1, m.columnTotal(ClaimType.ANNOUNCEMENT));
        assertEquals(1, m.columnTotal(ClaimType.DEMAND));
        assertEquals(0, m.columnTotal(ClaimType.STATEMENT), "the only STATEMENT, c19, is rejected");
        assertEquals(19, m.total());
    }

    /*
     * Rolled up along part-of: the Pentagon (2), US officials (5) and lawmakers (2) count for the United States: 9,
     * ANNOUNCEMENT 1, REASSURANCE 1 + 2 = 3, COMMITMENT 3, ASSESSMENT 1, WARNING 1. SK ministry counts for South Korea
     * (COMMITMENT 3). Groups without part-of stay. With the releases, the US adds ACCUSATION c21 c23 c25 c27 c29,
     * COMMITMENT c22 c26 c28 c31 c32, DEMAND c24: 9 + 11 = 20; ISIL gets ANNOUNCEMENT c30.
     */
    @Test
    void multiDocumentRolledUpToStates() {
        PressReleases p = new PressReleases();
        SampleArticle s = p.sample;
        StanceMatrix m = new StanceMatrixAnalysis(true).analyze(s.corpus);

        assertEquals(Arrays.asList(s.unitedStates, s.southKorea, s.japan, s.analysts, s.critics, s.experts, p.isil, null),
                m.rows().stream().map(Row::actor).toList());
        Row us = m.row(s.unitedStates).orElseThrow();
        assertEquals(20, us.total());
        assertEquals(5, us.cell(ClaimType.ACCUSATION).count());
        assertEquals(8, us.cell(ClaimType.COMMITMENT).count());
        assertEquals(List.of("c3", "c4", "c5", "c22", "c26", "c28", "c31", "c32"),
                us.cell(ClaimType.COMMITMENT).claims().stream().map(Claim::getId).toList());
        assertEquals(3, us.cell(ClaimType.REASSURANCE).count());
        assertEquals(1, us.cell(ClaimType.DEMAND).count());
        assertEquals(3, m.count(s.southKorea, ClaimType.COMMITMENT));
        assertEquals(1, m.count(p.isil, ClaimType.ANNOUNCEMENT));
        assertEquals(31, m.total());
    }
}
