package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.ActorNetwork;
import org.sightline.analysis.api.ActorNetwork.Edge;
import org.sightline.analysis.api.ActorNetwork.EdgeKind;
import org.sightline.analysis.api.ActorNetwork.Node;
import org.sightline.analysis.api.ActorNetworkAnalysis;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;

class ActorNetworkAnalysisTest {

    /*
     * Hand calculation, sample article (actors a1..a12, claims c1..c20, c19 rejected):
     * claim edges (source -type-> targets):
     *   a2 Pentagon:      c1 ANNOUNCEMENT -> a4; c7 REASSURANCE -> a5, a7
     *   a3 US officials:  c2, c6 REASSURANCE -> a5, a7; c4 COMMITMENT -> a5, a7 (c3, c5 untargeted)
     *   a6 SK ministry:   c8 COMMITMENT -> a1; c10 COMMITMENT -> a4 (c9 untargeted)
     *   a7 Japan:         c11 untargeted
     *   a8 analysts:      c12 WARNING -> a4, a2
     *   a9 Critics:       c13 PREDICTION -> a4, a1; c14 PREDICTION -> a5, a7; c18 DEMAND -> a2
     *   a10 experts:      c15 PREDICTION -> a11
     *   a12 lawmakers:    c16 ASSESSMENT -> a2 (c17 untargeted)
     *   c20 has no source (unattributed, but counts as a claim about a4); c19 is rejected.
     * => 3 + 4 + 2 + 2 + 5 + 1 + 1 = 18 claim edges, plus part-of a2->a1, a3->a1, a6->a5, a11->a4, a12->a1 = 23.
     * Claim graph arcs: a2->{a4,a5,a7}, a3->{a5,a7}, a6->{a1,a4}, a8->{a2,a4}, a9->{a1,a2,a4,a5,a7}, a10->{a11},
     * a12->{a2}. Only a2 has arcs in and out, so only a2 lies between pairs: (s,t) with s in {a8,a9,a12}, t in
     * {a4,a5,a7} and no direct arc s->t: a8->a5, a8->a7, a12->a4, a12->a5, a12->a7 (a9 reaches all three directly),
     * one shortest path each => betweenness(a2) = 5, normalised 5 / (11 * 10) = 0.04545...
     */
    @Test
    void sampleArticleEdgesWeightsAndCentrality() {
        SampleArticle s = new SampleArticle();
        ActorNetwork net = new ActorNetworkAnalysis().analyze(s.corpus);

        assertEquals(12, net.nodes().size());
        assertEquals(s.corpus.getActors(), net.nodes().stream().map(Node::actor).toList(), "nodes in corpus order");
        assertEquals(List.of(
                "a2-ANNOUNCEMENT-a4", "a2-REASSURANCE-a5", "a2-REASSURANCE-a7", "a2-PART_OF-a1",
                "a3-COMMITMENT-a5", "a3-COMMITMENT-a7", "a3-REASSURANCE-a5", "a3-REASSURANCE-a7", "a3-PART_OF-a1",
                "a6-COMMITMENT-a1", "a6-COMMITMENT-a4", "a6-PART_OF-a5",
                "a8-WARNING-a2", "a8-WARNING-a4",
                "a9-PREDICTION-a1", "a9-PREDICTION-a4", "a9-PREDICTION-a5", "a9-PREDICTION-a7", "a9-DEMAND-a2",
                "a10-PREDICTION-a11", "a11-PART_OF-a4", "a12-ASSESSMENT-a2", "a12-PART_OF-a1"),
                net.edges().stream().map(Edge::id).toList());

        Edge reassurance = net.edge(s.usOfficials, s.southKorea, EdgeKind.CLAIM, ClaimType.REASSURANCE).orElseThrow();
        assertEquals(2, reassurance.weight());
        assertEquals(List.of("c2", "c6"), reassurance.claimIds());
        Edge partOf = net.edge(s.skDefenseMinistry, s.southKorea, EdgeKind.PART_OF, null).orElseThrow();
        assertEquals(1, partOf.weight());
        assertTrue(partOf.claims().isEmpty());

        assertEquals(1, net.unattributedClaims(), "c20");
        assertEquals(5, net.untargetedClaims(), "c3, c5, c9, c11, c17");

        Node pentagon = net.node(s.pentagon).orElseThrow();
        assertEquals(2, pentagon.claimsMade());      // c1, c7
        assertEquals(3, pentagon.claimsAbout());     // c12, c16, c18
        assertEquals(3, pentagon.outDegree());       // a4, a5, a7
        assertEquals(3, pentagon.inDegree());        // a8, a9, a12
        assertEquals(3, pentagon.weightedOutDegree()); // c1 x1 + c7 x2
        assertEquals(3, pentagon.weightedInDegree());
        assertEquals(5.0, pentagon.betweenness(), 1e-12);
        assertEquals(5.0 / 110, pentagon.normalizedBetweenness(), 1e-12);

        Node officials = net.node(s.usOfficials).orElseThrow();
        assertEquals(5, officials.claimsMade());     // c2..c6
        assertEquals(2, officials.outDegree());
        assertEquals(6, officials.weightedOutDegree()); // c2, c4, c6 with two targets each

        Node northKorea = net.node(s.northKorea).orElseThrow();
        assertEquals(5, northKorea.claimsAbout());   // c1, c10, c12, c13, c20
        assertEquals(4, northKorea.inDegree());      // a2, a6, a8, a9 (c20 has no source)
        assertEquals(0, northKorea.outDegree());

        Node southKorea = net.node(s.southKorea).orElseThrow();
        assertEquals(3, southKorea.inDegree());      // a2, a3, a9
        assertEquals(5, southKorea.weightedInDegree()); // c7, c2, c4, c6, c14
        for (Node n : net.nodes()) {
            if (n.actor() != s.pentagon) {
                assertEquals(0.0, n.betweenness(), 0.0, n.name());
            }
        }
    }

    /*
     * Hand calculation, multi-document corpus (sample + five releases, a13 ISIL, a14 Iraq, a15 Government of Iraq):
     * new claim edges from a1 United States: ACCUSATION -> a13 (c21, c25, c27, c29; c23 has no target),
     * COMMITMENT -> a13 (c22, c26, c32), COMMITMENT -> a14 (c31), COMMITMENT -> a15 (c22), DEMAND -> a15 (c24);
     * c30 (ISIL claims the attacks) and c28 have no target. New part-of a15->a14.
     * a1 now has arcs out (a13, a14, a15) and in from a6 (c8) and a9 (c13); neither has another way to a13..a15, and
     * nobody reaches a6 or a9, so betweenness(a1) = 2 * 3 = 6, normalised 6 / (14 * 13). a2 keeps 5.
     */
    @Test
    void multiDocumentEdgesMergeAcrossDocuments() {
        PressReleases p = new PressReleases();
        ActorNetwork net = new ActorNetworkAnalysis().analyze(p.sample.corpus);
        Actor us = p.sample.unitedStates;

        assertEquals(15, net.nodes().size());
        assertEquals(List.of("a1-COMMITMENT-a13", "a1-COMMITMENT-a14", "a1-COMMITMENT-a15", "a1-DEMAND-a15", "a1-ACCUSATION-a13"),
                net.edgesFrom(us).stream().map(Edge::id).toList(), "by type in enum order, then target");
        Edge accusations = net.edge(us, p.isil, EdgeKind.CLAIM, ClaimType.ACCUSATION).orElseThrow();
        assertEquals(4, accusations.weight());
        assertEquals(List.of("c21", "c25", "c27", "c29"), accusations.claimIds());
        assertEquals(List.of("c22", "c26", "c32"),
                net.edge(us, p.isil, EdgeKind.CLAIM, ClaimType.COMMITMENT).orElseThrow().claimIds());
        assertEquals(1, net.edge(p.iraqGovernment, p.iraq, EdgeKind.PART_OF, null).orElseThrow().weight());
        assertEquals(18 + 5 + 5 + 1, net.edges().size());
        assertEquals(5 + 3, net.untargetedClaims(), "sample's five plus c23, c28, c30");

        Node usNode = net.node(us).orElseThrow();
        assertEquals(11, usNode.claimsMade());       // c21..c29, c31, c32 (c30 is ISIL's)
        assertEquals(3, usNode.outDegree());
        assertEquals(2, usNode.inDegree());
        assertEquals(6.0, usNode.betweenness(), 1e-12);
        assertEquals(6.0 / (14 * 13), usNode.normalizedBetweenness(), 1e-12);
        assertEquals(5.0, net.node(p.sample.pentagon).orElseThrow().betweenness(), 1e-12);
    }

    /** Only the claims a filter accepts: from the hand calculation above, the PREDICTION claims c13, c14, c15. */
    @Test
    void aClaimFilterKeepsEveryActorAndOnlyTheAcceptedClaims() {
        SampleArticle s = new SampleArticle();
        ActorNetwork net = new ActorNetworkAnalysis().analyze(s.corpus, c -> c.getType() == ClaimType.PREDICTION);
        assertEquals(12, net.nodes().size(), "every actor stays a node");
        assertEquals(List.of("a2-PART_OF-a1", "a3-PART_OF-a1", "a6-PART_OF-a5",
                "a9-PREDICTION-a1", "a9-PREDICTION-a4", "a9-PREDICTION-a5", "a9-PREDICTION-a7",
                "a10-PREDICTION-a11", "a11-PART_OF-a4", "a12-PART_OF-a1"), net.edges().stream().map(Edge::id).toList());
        assertEquals(2, net.node(s.critics).orElseThrow().claimsMade(), "c13, c14");
        assertEquals(0, net.node(s.usOfficials).orElseThrow().claimsMade());
        assertEquals(0, net.unattributedClaims(), "c20 is not a prediction");
    }

    @Test
    void deterministicAndIndependentOfHashing() {
        PressReleases p = new PressReleases();
        ActorNetwork first = new ActorNetworkAnalysis().analyze(p.sample.corpus);
        ActorNetwork second = new ActorNetworkAnalysis().analyze(p.sample.corpus);
        assertEquals(first.edges(), second.edges());
        assertEquals(first.nodes(), second.nodes());
    }

    @Test
    void claimAboutActorOutsideCorpusIsRefusedWithNames() {
        SampleArticle s = new SampleArticle();
        Actor stray = new CorpusBuilder("other").actor("Stray", ActorKind.STATE, null);
        s.claims[13].getTargets().add(stray);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ActorNetworkAnalysis().analyze(s.corpus));
        assertEquals("claim c13 has target actor a1 (Stray) that is not in the corpus", e.getMessage());
    }
}
