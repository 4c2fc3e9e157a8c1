package org.sightline.model.tests;

import org.sightline.testing.SharedFiles;
import java.time.Instant;
import java.time.LocalDate;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.ClaimType;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.Modality;
import org.sightline.model.RelationKind;
import org.sightline.model.SightlineFactory;
import org.sightline.model.StructureKind;
import org.sightline.model.StructureSpan;
import org.sightline.model.TextSpan;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.Ids;

/**
 * The sample article annotated by hand, as an analyst would after review: actors with mentions, the commitments of
 * the US and of South Korea's defense ministry, the warnings and predictions, one source-less claim, relations,
 * hypotheses and an ACH matrix. Every span is located in the real text with indexOf (via CorpusBuilder).
 */
public final class SampleCorpus {

    public final Corpus corpus;
    public final Document article;
    public final Actor unitedStates, pentagon, usOfficials, northKorea, southKorea, skDefenseMinistry, japan, analysts,
            critics, experts, stateMedia;
    public final Claim reassurance, troops, treaties, assets, skWork, skStrengthen, skReadiness, analystsWarn,
            criticsArgue, expertsExpect, sourceless;
    public final Hypothesis weakening, rebalancing;

    public SampleCorpus() {
        String text = SharedFiles.text(SharedFiles.SAMPLE_ARTICLE);
        CorpusBuilder b = new CorpusBuilder("pentagon-north-korea");
        article = b.document(SharedFiles.SAMPLE_ARTICLE, text.substring(0, text.indexOf('\n')), text,
                null, LocalDate.of(2026, 11, 26), "en");
        article.setImporterId("org.sightline.importer.text");
        article.setImportTime(Instant.parse("2026-11-28T08:15:30Z"));
        structure(text);

        unitedStates = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");
        pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV", "United States Department of Defense");
        pentagon.setPartOf(unitedStates);
        usOfficials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");
        usOfficials.setPartOf(unitedStates);
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");
        southKorea = b.actor("South Korea", ActorKind.STATE, "KOR");
        skDefenseMinistry = b.actor("South Korea\u2019s defense ministry", ActorKind.GOVERNMENT_BODY, "KORGOV");
        skDefenseMinistry.setPartOf(southKorea);
        japan = b.actor("Japan", ActorKind.STATE, "JPN");
        analysts = b.actor("analysts", ActorKind.GROUP, null);
        critics = b.actor("Critics", ActorKind.GROUP, null);
        experts = b.actor("experts", ActorKind.GROUP, null);
        stateMedia = b.actor("North Korean state media", ActorKind.MEDIA, "PRKMED", "state media");
        stateMedia.setPartOf(northKorea);

        b.mention(pentagon, article, "Pentagon", 0);
        b.mention(pentagon, article, "United States Department of Defense", 0);
        b.mention(unitedStates, article, "Washington", 0);
        b.mention(usOfficials, article, "US officials", 0);
        b.mention(northKorea, article, "North Korea", 0);
        b.mention(northKorea, article, "Pyongyang", 0);
        b.mention(southKorea, article, "South Korea", 0);
        b.mention(skDefenseMinistry, article, "South Korea\u2019s defense ministry", 0);
        b.mention(japan, article, "Japan", 0);
        b.mention(analysts, article, "analysts", 0);
        b.mention(critics, article, "Critics", 0);
        b.mention(experts, article, "experts", 0);
        b.mention(stateMedia, article, "state media", 0);

        reassurance = b.claim(article).source(usOfficials, "US officials", 0).cue("insist")
                .content("the move does not signal a weakening of commitment to allies")
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        int stressed = text.indexOf("Officials stressed");
        troops = commitment(b, usOfficials, "Officials", stressed, "stressed", "Maintain troop deployments in the region", 0.9);
        treaties = commitment(b, usOfficials, "Officials", stressed, "stressed", "Uphold defense treaties with South Korea and Japan", 0.9);
        assets = commitment(b, usOfficials, "Officials", stressed, "stressed", "Provide strategic assets when necessary", 0.9);
        treaties.getTargets().add(southKorea);
        treaties.getTargets().add(japan);
        int stating = text.indexOf("South Korea\u2019s defense ministry responded");
        skWork = commitment(b, skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Work closely with US counterparts", 0.7);
        skStrengthen = commitment(b, skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Strengthen its independent deterrence capabilities", 0.7);
        skReadiness = commitment(b, skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Maintain readiness against potential provocations", 0.7);
        analystsWarn = b.claim(article).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).topics("deterrence").build();
        criticsArgue = b.claim(article).source(critics, "Critics", 0).cue("argue")
                .content("North Korea may interpret the move as reduced US resolve")
                .type(ClaimType.ASSESSMENT).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea, unitedStates).build();
        expertsExpect = b.claim(article).source(experts, "experts", 0).cue("expect")
                .content("state media to frame the shift as evidence of US weakness or retreat")
                .type(ClaimType.PREDICTION).modality(Modality.PROBABLE).confidence(0.7).targets(stateMedia).build();
        // A source-less attribution: the article's own voice, no source and no cue.
        sourceless = b.claim(article)
                .content("Any perception that the US is stepping back\u2014even symbolically\u2014could embolden Pyongyang to test boundaries", 0)
                .type(ClaimType.ASSESSMENT).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();

        corpus = b.corpus();
        Ids ids = Ids.of(corpus);
        weakening = hypothesis(ids, "Weakening", "The US commitment to Korean security is weakening");
        rebalancing = hypothesis(ids, "Rebalancing", "The US shifts burden to allies without weakening deterrence");
        relation(ids, RelationKind.ELABORATES, criticsArgue, analystsWarn, "both read reduced US presence as a risk");
        relation(ids, RelationKind.CONTRADICTS, reassurance, criticsArgue, "no weakening vs. reduced resolve");
        relation(ids, RelationKind.SUPPORTS, skStrengthen, skWork, "allied capability grows");
        assess(ids, reassurance, weakening, Consistency.II, 1.0);
        assess(ids, reassurance, rebalancing, Consistency.CC, 1.0);
        assess(ids, criticsArgue, weakening, Consistency.C, 0.5);
        assess(ids, skStrengthen, rebalancing, Consistency.C, 1.0);
    }

    private Claim commitment(CorpusBuilder b, Actor source, String sourceText, int from, String cue, String content, double confidence) {
        return b.claim(article).source(source, sourceText, from).cue(cue).content(content)
                .type(ClaimType.COMMITMENT).modality(confidence >= 0.9 ? Modality.CERTAIN : Modality.PROBABLE)
                .confidence(confidence).topics("commitment").build();
    }

    private void structure(String text) {
        int firstBreak = text.indexOf('\n');
        int secondBreak = text.indexOf('\n', firstBreak + 1);
        addStructure(StructureKind.TITLE, 0, firstBreak);
        addStructure(StructureKind.SUBTITLE, firstBreak + 1, secondBreak);
        TextSpan heading = CorpusBuilder.find(article, "What the Pentagon\u2019s Decision Means", 0);
        addStructure(StructureKind.HEADING, heading.getBegin(), heading.getEnd());
        int paragraph = text.indexOf("The United States Department of Defense");
        addStructure(StructureKind.PARAGRAPH, paragraph, text.indexOf('\n', paragraph));
        for (String item : new String[] { "Maintain troop deployments in the region", "Uphold defense treaties with South Korea and Japan",
                "Provide strategic assets when necessary" }) {
            TextSpan span = CorpusBuilder.find(article, item, 0);
            addStructure(StructureKind.LIST_ITEM, span.getBegin(), span.getEnd());
        }
        int comments = text.lastIndexOf("Comments");
        addStructure(StructureKind.FURNITURE, comments, text.length());
    }

    private void addStructure(StructureKind kind, int begin, int end) {
        StructureSpan span = SightlineFactory.eINSTANCE.createStructureSpan();
        span.setKind(kind);
        span.setBegin(begin);
        span.setEnd(end);
        article.getStructure().add(span);
    }

    private void relation(Ids ids, RelationKind kind, Claim from, Claim to, String reason) {
        ClaimRelation relation = SightlineFactory.eINSTANCE.createClaimRelation();
        relation.setKind(kind);
        relation.setFrom(from);
        relation.setTo(to);
        relation.setReason(reason);
        relation.setProducerId("analyst");
        ids.assign(relation);
        corpus.getRelations().add(relation);
    }

    private Hypothesis hypothesis(Ids ids, String label, String description) {
        Hypothesis hypothesis = SightlineFactory.eINSTANCE.createHypothesis();
        hypothesis.setLabel(label);
        hypothesis.setDescription(description);
        ids.assign(hypothesis);
        corpus.getHypotheses().add(hypothesis);
        return hypothesis;
    }

    private void assess(Ids ids, Claim claim, Hypothesis hypothesis, Consistency consistency, double weight) {
        Assessment assessment = SightlineFactory.eINSTANCE.createAssessment();
        assessment.setClaim(claim);
        assessment.setHypothesis(hypothesis);
        assessment.setConsistency(consistency);
        assessment.setWeight(weight);
        ids.assign(assessment);
        corpus.getAssessments().add(assessment);
    }
}
