package org.sightline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.CuratedCorpus;
import org.sightline.export.api.JsonExporter;
import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Hypothesis;
import org.sightline.model.ReviewStatus;

/** An export holds the analyst's work: what was ruled out is left out, what was corrected is kept, the workspace stays as it was. */
class CuratedCorpusTest {

    private final ExportFixture f = new ExportFixture();

    private static Claim claim(Corpus c, Claim original) {
        return c.getClaims().stream().filter(x -> x.getId().equals(original.getId())).findFirst().orElse(null);
    }

    private static Actor actor(Corpus c, Actor original) {
        return c.getActors().stream().filter(x -> x.getId().equals(original.getId())).findFirst().orElse(null);
    }

    @Test
    void rejectedAndHiddenAreLeftOutAndEditsKept() {
        f.sample.troops.setHidden(true);
        f.sample.japan.setHidden(true);
        f.sample.skWork.setContent("Work closely with US counterparts on deterrence");
        f.sample.skWork.setStatus(ReviewStatus.EDITED);
        Hypothesis h = f.sample.hypothesis("Kept", "The US keeps its commitments");
        f.sample.assess(f.sample.rejected, h, Consistency.II, 1.0);
        Assessment onKept = f.sample.assess(f.sample.reassurance, h, Consistency.CC, 1.0);
        int claimsBefore = f.corpus.getClaims().size();

        Corpus c = CuratedCorpus.of(f.corpus);

        assertNull(claim(c, f.sample.rejected), "a rejected claim is left out");
        assertNull(claim(c, f.sample.troops), "a hidden claim is left out");
        assertNull(actor(c, f.sample.japan), "a hidden actor is left out");
        assertNull(claim(c, f.sample.japanStability), "and so is the claim it made");
        assertFalse(claim(c, f.sample.reassurance).getTargets().stream().anyMatch(a -> a.getId().equals(f.sample.japan.getId())),
                "nor is it a target of the claims kept");
        assertTrue(claim(c, f.sample.reassurance).getTargets().stream().anyMatch(a -> a.getId().equals(f.sample.southKorea.getId())));
        assertEquals("Work closely with US counterparts on deterrence", claim(c, f.sample.skWork).getContent(), "the analyst's correction is kept");
        assertEquals(claimsBefore - 3, c.getClaims().size());
        assertEquals(List.of(onKept.getId()), c.getAssessments().stream().map(Assessment::getId).toList(), "assessments of claims left out go too");
        assertEquals(1, c.getHypotheses().size());

        assertEquals(claimsBefore, f.corpus.getClaims().size(), "the workspace is unchanged");
        assertTrue(f.sample.reassurance.getTargets().contains(f.sample.japan));
        String json = Exports.text(new JsonExporter(), c);
        assertFalse(json.contains("\"" + f.sample.rejected.getId() + "\""), "the JSON export has no rejected claim");
        assertTrue(json.contains("on deterrence"));
    }

    @Test
    void narrowedToSomeClaimsItHoldsTheirDocumentsAndActors() {
        Corpus c = CuratedCorpus.of(f.corpus, Set.of(f.sample.analystsWarn.getId(), f.sample.rejected.getId()));
        assertEquals(List.of(f.sample.analystsWarn.getId()), c.getClaims().stream().map(Claim::getId).toList(),
                "the claims asked for, without the rejected one");
        assertEquals(List.of(f.sample.article.getId()), c.getDocuments().stream().map(d -> d.getId()).toList());
        assertTrue(actor(c, f.sample.analysts) != null && actor(c, f.sample.northKorea) != null, "source and target are kept");
        assertNull(actor(c, f.truthMinistry), "an actor of another document only is left out");
        assertTrue(c.getActors().stream().flatMap(a -> a.getMentions().stream()).allMatch(m -> m.getDocument() == c.getDocuments().get(0)),
                "mentions only in the documents kept");
    }
}
