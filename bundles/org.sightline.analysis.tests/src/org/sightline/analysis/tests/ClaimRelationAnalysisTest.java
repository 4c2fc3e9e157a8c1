package org.sightline.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.analysis.api.ClaimRelationAnalysis;
import org.sightline.analysis.api.RelationProposal;
import org.sightline.analysis.api.RelationProposals;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.ClaimRelation;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;

class ClaimRelationAnalysisTest {

    /*
     * Hand-worked terms (stop words out, Snowball stems, synonym groups #move #resolve #ally #usa, every direction word
     * also gives #change):
     *   c1  plans to reduce the Pentagon's direct role in the deterrence strategy against North Korea
     *       {plan, #change, reduc, pentagon, direct, role, #deter, strategi, north, korea}       10, direction less
     *   c2  the move does not signal a weakening of commitment to allies
     *       {#move, signal, #change, weaken, #resolve, #ally}                                     6, less, negated 'not'
     *   c6  the policy shift does not represent abandonment
     *       {polici, #move, repres, #change, #resolve}                                            5, less, negated 'not'
     *   c12 reducing the Pentagon's visible role could increase the risk of miscalculation by North Korea
     *       {#change, reduc, pentagon, visibl, role, increas, risk, miscalcul, north, korea}      10, reduce + increase = no direction
     *   c13 North Korea may interpret the move as reduced US resolve
     *       {north, korea, interpret, #move, #change, reduc, #usa, #resolve}                       8, less
     * Overlap = shared / smaller set:
     *   c6~c2:  {#move, #change, #resolve} 3/5 = 0.60, same source US officials, both "less" and negated: same stance
     *           => REPEATS (>= 0.6)
     *   c12~c1: {#change, reduc, pentagon, role, north, korea} 6/10 = 0.60, c12 has no direction so only negation and
     *           modality count: neither flips => SUPPORTS (different sources, >= 0.6)
     *   c13~c6: 3/5 = 0.60; c13~c2: 3/6 = 0.50; c2/c6 negated, c13 not, all "less" => stance flips => CONTRADICTS (>= 0.5)
     * All other pairs share fewer than 2 terms or stay under the thresholds. Sample claims are undated, so corpus order
     * decides which is later; c13's two proposals are by overlap descending.
     */
    @Test
    void sampleArticleProposals() {
        SampleArticle s = new SampleArticle();
        RelationProposals r = new ClaimRelationAnalysis().analyze(s.corpus);

        assertEquals(List.of("REPEATS c6->c2", "SUPPORTS c12->c1", "CONTRADICTS c13->c6", "CONTRADICTS c13->c2"), summary(r));
        assertEquals(19, r.claimsCompared(), "19 live claims, all with terms");
        RelationProposal contradiction = r.between(s.claims[2], s.claims[13]);
        assertEquals(0.5, contradiction.similarity(), 1e-12);
        assertEquals(List.of("move", "reduced~weakening", "resolve~commitment"), contradiction.sharedTerms());
        assertEquals("CONTRADICTS: c13 and c2 share 3 terms (move, reduced~weakening, resolve~commitment; overlap 0.50); "
                + "negation flip: c2 is negated by 'not'; directions: c13 'reduced' (less/end) vs c2 'weakening' (less/end, negated); "
                + "different sources Critics / US officials", contradiction.reason());
        assertEquals(0.6, r.between(s.claims[6], s.claims[2]).similarity(), 1e-12);

        for (ClaimRelation relation : r.relations()) {
            assertEquals(ReviewStatus.EXTRACTED, relation.getStatus());
            assertEquals(ClaimRelationAnalysis.ID, relation.getProducerId());
            assertNull(relation.eContainer(), "proposed, not added to the corpus");
            assertNull(relation.getId(), "ids are allocated when the analyst accepts");
            assertTrue(relation.getReason().startsWith(relation.getKind().getName() + ": "));
        }
        assertTrue(s.corpus.getRelations().isEmpty());
    }

    /*
     * The releases add (terms as above; overlap = shared / smaller set):
     *   c26~c22 remains committed to working with our partners ... destroy this terrorist organization vs
     *           remain committed to working with ... partners in the international community ... defeating ISIL:
     *           {work, #ally, iraq, intern, communiti, #isil, terrorist, organ} 8 shared, 8/15 = 0.53 but >= 6 shared
     *           terms; c26 has direction ("end"), c22 none, so only negation counts: same stance, same source => REPEATS
     *   c29~c27 terrorist attacks this weekend in Baghdad and Najaf {terrorist, #attack, weekend, baghdad, najaf} vs
     *           the barbaric terrorist attacks in Iraq today ... Baghdad ...: {terrorist, #attack, baghdad} 3/5 = 0.60
     *   c29~c21 same three terms with the market-place condemnation, 3/5 = 0.60 => REPEATS both, latest earlier first
     *   c31~c22 to support the government and people of Iraq in this struggle {support, govern, peopl, iraq, struggl}
     *           vs c22: {support, govern, iraq} 3/5 = 0.60 => REPEATS
     * Dated claims come first in date order, the undated sample after them.
     */
    @Test
    void multiDocumentProposals() {
        PressReleases p = new PressReleases();
        RelationProposals r = new ClaimRelationAnalysis().analyze(p.sample.corpus);
        assertEquals(List.of("REPEATS c26->c22", "REPEATS c29->c27", "REPEATS c29->c21", "REPEATS c31->c22",
                "REPEATS c6->c2", "SUPPORTS c12->c1", "CONTRADICTS c13->c6", "CONTRADICTS c13->c2"), summary(r));
        RelationProposal longCommitment = r.between(p.claims[26], p.claims[22]);
        assertEquals(8.0 / 15, longCommitment.similarity(), 1e-12);
        assertEquals(List.of("working", "partners", "Iraq", "international", "community", "ISIL\u2019s~ISIL", "terrorist",
                "organization"), longCommitment.sharedTerms());
        assertEquals(31, r.claimsCompared());
    }

    @Test
    void pairsTheAnalystAlreadyJudgedAreNotProposedAgain() {
        SampleArticle s = new SampleArticle();
        s.relate(RelationKind.CONTRADICTS, s.claims[2], s.claims[13], "the analyst confirmed it").setStatus(ReviewStatus.CONFIRMED);
        s.relate(RelationKind.SUPPORTS, s.claims[12], s.claims[1], "the analyst rejected it").setStatus(ReviewStatus.REJECTED);
        RelationProposals r = new ClaimRelationAnalysis().analyze(s.corpus);
        assertEquals(List.of("REPEATS c6->c2", "CONTRADICTS c13->c6"), summary(r));
        assertEquals(2, s.corpus.getRelations().size());
    }

    /*
     * Inputs written for the rule: a denial cue flips the stance; modality UNLIKELY flips it too.
     *   c1 "Iran would increase uranium enrichment" {iran, #change, increas, uranium, enrich}, more
     *   c2 cue "denied": "Iran would increase uranium enrichment": same terms, negated by the cue => CONTRADICTS, 1.0
     *   c3 "Iran will increase uranium enrichment", modality UNLIKELY => CONTRADICTS c1 (1.0) but agrees with c2
     *      (both flipped once): SUPPORTS 1.0 (different sources)
     */
    @Test
    void denialCueAndUnlikelyModalityFlipTheStance() {
        CorpusBuilder b = new CorpusBuilder("rules");
        String text = "Diplomats said Iran would increase uranium enrichment. Tehran denied Iran would increase uranium enrichment. "
                + "Analysts judged it unlikely that Iran will increase uranium enrichment.";
        Document d = b.document("rules.txt", "Rules", text);
        Actor diplomats = b.actor("Diplomats", ActorKind.GROUP, null);
        Actor iran = b.actor("Iran", ActorKind.STATE, "IRN", "Tehran");
        Actor analysts = b.actor("Analysts", ActorKind.GROUP, null);
        b.claim(d).source(diplomats, "Diplomats", 0).cue("said").content("Iran would increase uranium enrichment")
                .type(ClaimType.PREDICTION).modality(Modality.PROBABLE).build();
        b.claim(d).source(iran, "Tehran", 0).cue("denied").content("Iran would increase uranium enrichment")
                .type(ClaimType.DENIAL).modality(Modality.ASSERTED).build();
        b.claim(d).source(analysts, "Analysts", 0).cue("judged it unlikely").content("Iran will increase uranium enrichment")
                .type(ClaimType.ASSESSMENT).modality(Modality.UNLIKELY).build();
        RelationProposals r = new ClaimRelationAnalysis().analyze(b.corpus());
        assertEquals(List.of("CONTRADICTS c2->c1", "SUPPORTS c3->c2", "CONTRADICTS c3->c1"), summary(r));
        assertTrue(r.proposals().get(0).reason().contains("negation flip: c2 is negated by cue 'denied'"), r.proposals().get(0).reason());
        assertTrue(r.proposals().get(2).reason().contains("modality flip: c3 is UNLIKELY"), r.proposals().get(2).reason());
    }

    private static List<String> summary(RelationProposals r) {
        return r.proposals().stream().map(p -> p.kind() + " " + p.from().getId() + "->" + p.to().getId()).toList();
    }
}
