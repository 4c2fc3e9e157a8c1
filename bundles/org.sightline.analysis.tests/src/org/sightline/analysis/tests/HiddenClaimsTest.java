package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.StanceMatrix;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.model.Claim;
import org.sightline.model.ReviewStatus;
import org.sightline.testing.SampleArticle;

/** What the analyst hid (a claim, or an actor with its claims) is left out of the analyses, as what was rejected is. */
class HiddenClaimsTest {

    @Test
    void hiddenClaimsAndTheClaimsOfHiddenActorsAreLeftOut() {
        SampleArticle s = new SampleArticle();
        int before = new StanceMatrixAnalysis().analyze(s.corpus).total();
        Claim hidden = s.corpus.getClaims().stream().filter(c -> c.getStatus() != ReviewStatus.REJECTED && c.getSource() != s.analysts)
                .findFirst().orElseThrow();
        long byAnalysts = s.corpus.getClaims().stream().filter(c -> c.getStatus() != ReviewStatus.REJECTED && c.getSource() == s.analysts).count();
        assertTrue(byAnalysts >= 1, "the sample's analysts warn");
        hidden.setHidden(true);
        s.analysts.setHidden(true);
        StanceMatrix m = new StanceMatrixAnalysis().analyze(s.corpus);
        assertEquals(before - 1 - byAnalysts, m.total());
        assertTrue(m.rows().stream().noneMatch(r -> r.actor() == s.analysts), "no row for the hidden actor");
    }
}
