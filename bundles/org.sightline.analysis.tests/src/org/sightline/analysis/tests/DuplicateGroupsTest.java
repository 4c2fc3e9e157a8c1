package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.analysis.api.DuplicateGroups;
import org.sightline.analysis.api.StanceMatrixAnalysis;
import org.sightline.analysis.api.TimelineAnalysis;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;

/** A syndicated copy of the sample article in the same corpus: its claims count once, and the copy is listed. */
class DuplicateGroupsTest {

    /** Claims behind the network's claim edges (mention edges follow the copy's own mentions). */
    private static int claimsOnEdges(org.sightline.analysis.api.ActorNetwork n) {
        return n.edges().stream().filter(e -> e.kind() == org.sightline.analysis.api.ActorNetwork.EdgeKind.CLAIM).mapToInt(e -> e.claims().size()).sum();
    }

    /** Claims in the timeline (the sample has no date, so all are undated). */
    private static int undated(org.sightline.analysis.api.Timeline t) {
        return t.series().stream().mapToInt(s -> s.undated().size() + s.datedTotal()).sum();
    }

    @Test
    void claimsOfACopyCountOnceAndTheCopyIsListed() {
        SampleArticle alone = new SampleArticle();
        int single = new StanceMatrixAnalysis().analyze(alone.corpus).total();

        CorpusBuilder b = new CorpusBuilder("wire");
        SampleArticle original = new SampleArticle(b);
        SampleArticle copy = new SampleArticle(b);
        assertEquals(2 * single, new StanceMatrixAnalysis().analyze(original.corpus).total(), "unmarked, the copy counts twice");

        copy.article.setDuplicateOf(original.article);
        assertEquals(single, new StanceMatrixAnalysis().analyze(original.corpus).total());
        assertEquals(undated(new TimelineAnalysis().analyze(alone.corpus)), undated(new TimelineAnalysis().analyze(original.corpus)));
        assertEquals(claimsOnEdges(new ActorNetworkAnalysis().analyze(alone.corpus)),
                claimsOnEdges(new ActorNetworkAnalysis().analyze(original.corpus)));

        DuplicateGroups groups = DuplicateGroups.of(original.corpus);
        assertEquals(Map.of(original.article, List.of(copy.article)), groups.groups());
        assertEquals(List.of(copy.article), groups.copiesOf(original.claims[1]));
        assertEquals(1, groups.copies());
        assertTrue(groups.copiesOf(copy.article).isEmpty());
    }
}
