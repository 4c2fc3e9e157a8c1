package org.sightline.analysis.tests;

import org.sightline.testing.SharedFiles;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Consistency;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.Ids;

/**
 * The sample article marked up by hand as an analyst would: 12 actors (a1..a12), 20 claims (c1..c20) with spans
 * located in the real text, one of them (c19, page furniture) rejected. The document has no publication date: the
 * plain-text file carries none, and the timeline must report it apart.
 * <p>
 * Ids are allocated in creation order, so the comments' a/c numbers are the real ids.
 */
public final class SampleArticle {

    public final CorpusBuilder builder;
    public final Corpus corpus;
    public final Document article;
    public final String text;
    public final Actor unitedStates, pentagon, usOfficials, northKorea, southKorea, skMinistry, japan, analysts, critics,
            experts, stateMedia, lawmakers;
    /** c1..c20 by number: claims[1] is c1. */
    public final Claim[] claims = new Claim[21];

    public SampleArticle() {
        this(new CorpusBuilder("pentagon-north-korea"));
    }

    /** Adds the article to the corpus of {@code b}; its actors then come first (a1..a12) only in a fresh corpus. */
    public SampleArticle(CorpusBuilder b) {
        builder = b;
        text = SharedFiles.text(SharedFiles.SAMPLE_ARTICLE);
        article = b.document(SharedFiles.SAMPLE_ARTICLE, text.substring(0, text.indexOf('\n')), text);
        article.setLanguage("en");

        unitedStates = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");           // a1
        pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV", "United States Department of Defense"); // a2
        pentagon.setPartOf(unitedStates);
        usOfficials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");                 // a3
        usOfficials.setPartOf(unitedStates);
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");                      // a4
        southKorea = b.actor("South Korea", ActorKind.STATE, "KOR");                                   // a5
        skMinistry = b.actor("South Korea\u2019s defense ministry", ActorKind.GOVERNMENT_BODY, "KORGOV"); // a6
        skMinistry.setPartOf(southKorea);
        japan = b.actor("Japan", ActorKind.STATE, "JPN");                                              // a7
        analysts = b.actor("analysts", ActorKind.GROUP, null);                                         // a8
        critics = b.actor("Critics", ActorKind.GROUP, null);                                           // a9
        experts = b.actor("experts", ActorKind.GROUP, null);                                           // a10
        stateMedia = b.actor("North Korean state media", ActorKind.MEDIA, "PRKMED", "state media");    // a11
        stateMedia.setPartOf(northKorea);
        lawmakers = b.actor("lawmakers", ActorKind.GROUP, "USALEG");                                   // a12
        lawmakers.setPartOf(unitedStates);

        claims[1] = b.claim(article).source(pentagon, "The United States Department of Defense", 0).cue("has confirmed")
                .content("plans to reduce the Pentagon\u2019s direct role in the deterrence strategy against North Korea")
                .type(ClaimType.ANNOUNCEMENT).modality(Modality.CERTAIN).confidence(0.95).targets(northKorea).build();
        claims[2] = b.claim(article).source(usOfficials, "US officials", 0).cue("insist")
                .content("the move does not signal a weakening of commitment to allies").polarity(Polarity.NEGATIVE)
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        int stressed = text.indexOf("Officials stressed");
        claims[3] = listItem(usOfficials, "Officials", stressed, "stressed", "Maintain troop deployments in the region", Modality.CERTAIN);
        claims[4] = listItem(usOfficials, "Officials", stressed, "stressed", "Uphold defense treaties with South Korea and Japan", Modality.CERTAIN);
        claims[4].getTargets().add(southKorea);
        claims[4].getTargets().add(japan);
        claims[5] = listItem(usOfficials, "Officials", stressed, "stressed", "Provide strategic assets when necessary", Modality.CERTAIN);
        claims[6] = b.claim(article).source(usOfficials, "US officials", text.indexOf("US officials were quick")).cue("were quick to reassure")
                .content("the policy shift does not represent abandonment").polarity(Polarity.NEGATIVE)
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        claims[7] = b.claim(article).source(pentagon, "The Pentagon", claims[6].getContentSpan().getEnd()).cue("emphasized")
                .content("the US nuclear umbrella remains intact")
                .type(ClaimType.REASSURANCE).modality(Modality.CERTAIN).confidence(0.9).targets(southKorea, japan).build();
        int stating = text.indexOf("South Korea\u2019s defense ministry responded");
        claims[8] = listItem(skMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Work closely with US counterparts", Modality.PROBABLE);
        claims[8].getTargets().add(unitedStates);
        claims[9] = listItem(skMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Strengthen its independent deterrence capabilities", Modality.PROBABLE);
        claims[10] = listItem(skMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Maintain readiness against potential provocations", Modality.PROBABLE);
        claims[10].getTargets().add(northKorea);
        claims[11] = b.claim(article).source(japan, "Japan", stating).cue("reiterated").content("its commitment to regional stability")
                .type(ClaimType.COMMITMENT).modality(Modality.ASSERTED).confidence(0.8).build();
        claims[12] = b.claim(article).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea, pentagon).build();
        int argue = text.indexOf("Critics argue");
        claims[13] = b.claim(article).source(critics, "Critics", argue).cue("argue")
                .content("North Korea may interpret the move as reduced US resolve")
                .type(ClaimType.PREDICTION).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea, unitedStates).build();
        claims[14] = b.claim(article).source(critics, "Critics", argue).cue("argue")
                .content("Regional allies could feel pressured to escalate their own military postures")
                .type(ClaimType.PREDICTION).modality(Modality.POSSIBLE).confidence(0.5).targets(southKorea, japan).build();
        claims[15] = b.claim(article).source(experts, "experts", 0).cue("expect")
                .content("state media to frame the shift as evidence of US weakness or retreat")
                .type(ClaimType.PREDICTION).modality(Modality.PROBABLE).confidence(0.7).targets(stateMedia).build();
        claims[16] = b.claim(article).source(lawmakers, "Some lawmakers", 0).cue("welcomed")
                .content("the move as a realistic reassessment of military commitments")
                .type(ClaimType.ASSESSMENT).modality(Modality.ASSERTED).confidence(0.8).targets(pentagon).build();
        claims[17] = b.claim(article).source(lawmakers, "Others", claims[16].getContentSpan().getEnd()).cue("warned")
                .content("any perceived reduction in deterrence could undermine decades of stability on the Korean Peninsula")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).build();
        claims[18] = b.claim(article).source(critics, "Critics", claims[17].getContentSpan().getEnd()).cue("called for")
                .content("greater transparency and congressional oversight")
                .type(ClaimType.DEMAND).modality(Modality.OBLIGATION).confidence(0.9).targets(pentagon).build();
        // An extractor mistake on the reader-comments furniture, rejected by the analyst: every analysis must skip it.
        claims[19] = b.claim(article).content("There are no comments for this story", 0)
                .type(ClaimType.STATEMENT).modality(Modality.ASSERTED).confidence(0.3).build();
        claims[19].setStatus(ReviewStatus.REJECTED);
        // The article's own voice: no source actor, no cue.
        claims[20] = b.claim(article).content("Any perception that the US is stepping back\u2014even symbolically\u2014could embolden Pyongyang to test boundaries", 0)
                .type(ClaimType.ASSESSMENT).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();
        corpus = b.corpus();
    }

    private Claim listItem(Actor source, String sourceText, int from, String cue, String item, Modality modality) {
        return builder.claim(article).source(source, sourceText, from).cue(cue).content(item).type(ClaimType.COMMITMENT)
                .modality(modality).confidence(modality == Modality.CERTAIN ? 0.9 : 0.7).build();
    }

    /** Adds a hypothesis (ids h1, h2, ... in call order). */
    public Hypothesis hypothesis(String label, String description) {
        Hypothesis h = SightlineFactory.eINSTANCE.createHypothesis();
        h.setLabel(label);
        h.setDescription(description);
        Ids.of(corpus).assign(h);
        corpus.getHypotheses().add(h);
        return h;
    }

    /** Adds an assessment (ids s1, s2, ... in call order). */
    public Assessment assess(Claim claim, Hypothesis hypothesis, Consistency consistency, double weight) {
        Assessment a = SightlineFactory.eINSTANCE.createAssessment();
        a.setClaim(claim);
        a.setHypothesis(hypothesis);
        a.setConsistency(consistency);
        a.setWeight(weight);
        Ids.of(corpus).assign(a);
        corpus.getAssessments().add(a);
        return a;
    }
}
