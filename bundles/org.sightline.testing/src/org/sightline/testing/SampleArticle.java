package org.sightline.testing;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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
import org.sightline.model.Polarity;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.StructureKind;
import org.sightline.model.StructureSpan;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.model.io.Ids;

/**
 * The sample article ({@link SharedFiles#SAMPLE_ARTICLE}) marked up by hand as an analyst would after review: the
 * one hand-marked fixture of every test bundle. Every span is located in the real text (via CorpusBuilder), so a
 * change to the text fails here first.
 * <ul>
 * <li>the document as the file gives it: the first line its title, language English, imported by the plain-text
 * importer, and no publication date (the file carries none; a test that needs one sets it);</li>
 * <li>its layout: title, subtitle, every heading, paragraph and list item, and the trailing "Comments" furniture;</li>
 * <li>12 actors (a1..a12) with their mentions;</li>
 * <li>20 claims (c1..c20): every attributed statement of the article, one claim in the article's own voice (c20,
 * no source, no cue) and one extractor mistake on the comments furniture that the analyst REJECTED (c19).</li>
 * </ul>
 * Ids are allocated in creation order, so {@code claims[n]} is claim {@code cn} in a fresh corpus; the named fields
 * are the same objects. Hypotheses, relations and assessments are added only on request ({@link #withAnalysis()},
 * {@link #hypothesis}, {@link #assess}, {@link #relate}), as tests count them. Each instance builds a fresh corpus.
 */
public final class SampleArticle {

    /** The headings of the article, in order. */
    private static final List<String> HEADINGS = List.of("What the Pentagon\u2019s Decision Means",
            "Why the Shift Is Happening Now", "Reassurance to Allies", "Concerns Over Miscalculation",
            "North Korea\u2019s Likely Response", "A Broader Shift in US Defense Strategy", "Domestic Political Reaction",
            "What Comes Next", "Conclusion");
    /** The items of its five bulleted lists, in order. */
    private static final Set<String> LIST_ITEMS = Set.of("Maintain troop deployments in the region",
            "Uphold defense treaties with South Korea and Japan", "Provide strategic assets when necessary",
            "Work closely with US counterparts", "Strengthen its independent deterrence capabilities",
            "Maintain readiness against potential provocations", "North Korea may interpret the move as reduced US resolve",
            "Regional allies could feel pressured to escalate their own military postures",
            "Diplomatic channels could become more strained", "A strategic backstop", "A coordinator of allied capabilities",
            "A provider of advanced intelligence and technology",
            "How effectively South Korea and Japan expand their deterrence capabilities",
            "Whether North Korea responds with restraint or provocation", "How clearly the US communicates its continued commitment");

    public final CorpusBuilder builder;
    public final Corpus corpus;
    public final Document article;
    public final String text;
    public final Actor unitedStates, pentagon, usOfficials, northKorea, southKorea, skDefenseMinistry, japan, analysts,
            critics, experts, stateMedia, lawmakers;
    /** c1..c20 by number: claims[1] is c1 (claims[0] is unused). */
    public final Claim[] claims = new Claim[21];
    public final Claim announcement, reassurance, troops, treaties, assets, noAbandonment, umbrella, skWork, skStrengthen,
            skReadiness, japanStability, analystsWarn, criticsArgue, criticsAllies, expertsExpect, lawmakersWelcome,
            othersWarn, criticsDemand, rejected, sourceless;

    /** The sample in a fresh corpus named "pentagon-north-korea": its actors are a1..a12, its claims c1..c20. */
    public SampleArticle() {
        this(new CorpusBuilder("pentagon-north-korea"));
    }

    /** Adds the article with its own actors and claims to {@code b}'s corpus. */
    public SampleArticle(CorpusBuilder b) {
        builder = b;
        text = SharedFiles.text(SharedFiles.SAMPLE_ARTICLE);
        article = b.document(SharedFiles.SAMPLE_ARTICLE, text.substring(0, text.indexOf('\n')), text);
        article.setLanguage("en");
        article.setImporterId("org.sightline.importer.text");
        article.setImportTime(Instant.parse("2026-11-28T08:15:30Z"));
        structure();

        unitedStates = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");           // a1
        pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV", "United States Department of Defense"); // a2
        pentagon.setPartOf(unitedStates);
        usOfficials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");                 // a3
        usOfficials.setPartOf(unitedStates);
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");                      // a4
        southKorea = b.actor("South Korea", ActorKind.STATE, "KOR");                                   // a5
        skDefenseMinistry = b.actor("South Korea\u2019s defense ministry", ActorKind.GOVERNMENT_BODY, "KORGOV"); // a6
        skDefenseMinistry.setPartOf(southKorea);
        japan = b.actor("Japan", ActorKind.STATE, "JPN");                                              // a7
        analysts = b.actor("analysts", ActorKind.GROUP, null);                                         // a8
        critics = b.actor("Critics", ActorKind.GROUP, null);                                           // a9
        experts = b.actor("experts", ActorKind.GROUP, null);                                           // a10
        stateMedia = b.actor("North Korean state media", ActorKind.MEDIA, "PRKMED", "state media");    // a11
        stateMedia.setPartOf(northKorea);
        lawmakers = b.actor("lawmakers", ActorKind.GROUP, "USALEG");                                   // a12
        lawmakers.setPartOf(unitedStates);

        b.mention(pentagon, article, "Pentagon", 0); // in the title
        b.mention(pentagon, article, "United States Department of Defense", 0);
        b.mention(pentagon, article, "Pentagon", text.indexOf("the Pentagon\u2019s direct role"));
        b.mention(unitedStates, article, "Washington", 0);
        b.mention(unitedStates, article, "US", 0); // the first "US" is in the subtitle
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
        b.mention(lawmakers, article, "lawmakers", 0);

        announcement = claims[1] = b.claim(article).source(pentagon, "The United States Department of Defense", 0).cue("has confirmed")
                .content("plans to reduce the Pentagon\u2019s direct role in the deterrence strategy against North Korea")
                .type(ClaimType.ANNOUNCEMENT).modality(Modality.CERTAIN).confidence(0.95).targets(northKorea).build();
        reassurance = claims[2] = b.claim(article).source(usOfficials, "US officials", 0).cue("insist")
                .content("the move does not signal a weakening of commitment to allies").polarity(Polarity.NEGATIVE)
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        int stressed = text.indexOf("Officials stressed");
        troops = claims[3] = listItem(usOfficials, "Officials", stressed, "stressed", "Maintain troop deployments in the region", Modality.CERTAIN);
        treaties = claims[4] = listItem(usOfficials, "Officials", stressed, "stressed", "Uphold defense treaties with South Korea and Japan", Modality.CERTAIN);
        treaties.getTargets().addAll(List.of(southKorea, japan));
        assets = claims[5] = listItem(usOfficials, "Officials", stressed, "stressed", "Provide strategic assets when necessary", Modality.CERTAIN);
        noAbandonment = claims[6] = b.claim(article).source(usOfficials, "US officials", text.indexOf("US officials were quick"))
                .cue("were quick to reassure").content("the policy shift does not represent abandonment").polarity(Polarity.NEGATIVE)
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        umbrella = claims[7] = b.claim(article).source(pentagon, "The Pentagon", noAbandonment.getContentSpan().getEnd()).cue("emphasized")
                .content("the US nuclear umbrella remains intact")
                .type(ClaimType.REASSURANCE).modality(Modality.CERTAIN).confidence(0.9).targets(southKorea, japan).build();
        int stating = text.indexOf("South Korea\u2019s defense ministry responded");
        skWork = claims[8] = listItem(skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Work closely with US counterparts", Modality.PROBABLE);
        skWork.getTargets().add(unitedStates);
        skStrengthen = claims[9] = listItem(skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Strengthen its independent deterrence capabilities", Modality.PROBABLE);
        skReadiness = claims[10] = listItem(skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Maintain readiness against potential provocations", Modality.PROBABLE);
        skReadiness.getTargets().add(northKorea);
        japanStability = claims[11] = b.claim(article).source(japan, "Japan", stating).cue("reiterated").content("its commitment to regional stability")
                .type(ClaimType.COMMITMENT).modality(Modality.ASSERTED).confidence(0.8).build();
        analystsWarn = claims[12] = b.claim(article).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea, pentagon).topics("deterrence").build();
        int argue = text.indexOf("Critics argue");
        criticsArgue = claims[13] = b.claim(article).source(critics, "Critics", argue).cue("argue")
                .content("North Korea may interpret the move as reduced US resolve")
                .type(ClaimType.PREDICTION).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea, unitedStates).build();
        criticsAllies = claims[14] = b.claim(article).source(critics, "Critics", argue).cue("argue")
                .content("Regional allies could feel pressured to escalate their own military postures")
                .type(ClaimType.PREDICTION).modality(Modality.POSSIBLE).confidence(0.5).targets(southKorea, japan).build();
        expertsExpect = claims[15] = b.claim(article).source(experts, "experts", 0).cue("expect")
                .content("state media to frame the shift as evidence of US weakness or retreat")
                .type(ClaimType.PREDICTION).modality(Modality.PROBABLE).confidence(0.7).targets(stateMedia).build();
        lawmakersWelcome = claims[16] = b.claim(article).source(lawmakers, "Some lawmakers", 0).cue("welcomed")
                .content("the move as a realistic reassessment of military commitments")
                .type(ClaimType.ASSESSMENT).modality(Modality.ASSERTED).confidence(0.8).targets(pentagon).build();
        othersWarn = claims[17] = b.claim(article).source(lawmakers, "Others", lawmakersWelcome.getContentSpan().getEnd()).cue("warned")
                .content("any perceived reduction in deterrence could undermine decades of stability on the Korean Peninsula")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).build();
        criticsDemand = claims[18] = b.claim(article).source(critics, "Critics", othersWarn.getContentSpan().getEnd()).cue("called for")
                .content("greater transparency and congressional oversight")
                .type(ClaimType.DEMAND).modality(Modality.OBLIGATION).confidence(0.9).targets(pentagon).build();
        // An extractor mistake on the reader-comments furniture, rejected by the analyst: every analysis must skip it.
        rejected = claims[19] = b.claim(article).content("There are no comments for this story", 0)
                .type(ClaimType.STATEMENT).modality(Modality.ASSERTED).confidence(0.3).build();
        rejected.setStatus(ReviewStatus.REJECTED);
        // The article's own voice: no source actor, no cue.
        sourceless = claims[20] = b.claim(article)
                .content("Any perception that the US is stepping back\u2014even symbolically\u2014could embolden Pyongyang to test boundaries", 0)
                .type(ClaimType.ASSESSMENT).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();
        corpus = b.corpus();
    }

    /**
     * Adds the analyst's judgements: hypotheses h1 "Weakening" and h2 "Rebalancing", three relations between claims
     * and four ACH assessments. Returns this.
     */
    public SampleArticle withAnalysis() {
        Hypothesis weakening = hypothesis("Weakening", "The US commitment to Korean security is weakening");
        Hypothesis rebalancing = hypothesis("Rebalancing", "The US shifts burden to allies without weakening deterrence");
        relate(RelationKind.ELABORATES, criticsArgue, analystsWarn, "both read reduced US presence as a risk");
        relate(RelationKind.CONTRADICTS, reassurance, criticsArgue, "no weakening vs. reduced resolve");
        relate(RelationKind.SUPPORTS, skStrengthen, skWork, "allied capability grows");
        assess(reassurance, weakening, Consistency.II, 1.0);
        assess(reassurance, rebalancing, Consistency.CC, 1.0);
        assess(criticsArgue, weakening, Consistency.C, 0.5);
        assess(skStrengthen, rebalancing, Consistency.C, 1.0);
        return this;
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

    /** Adds a relation the analyst made (producer "analyst"). */
    public ClaimRelation relate(RelationKind kind, Claim from, Claim to, String reason) {
        ClaimRelation r = SightlineFactory.eINSTANCE.createClaimRelation();
        r.setKind(kind);
        r.setFrom(from);
        r.setTo(to);
        r.setReason(reason);
        r.setProducerId("analyst");
        Ids.of(corpus).assign(r);
        corpus.getRelations().add(r);
        return r;
    }

    private Claim listItem(Actor source, String sourceText, int from, String cue, String item, Modality modality) {
        return builder.claim(article).source(source, sourceText, from).cue(cue).content(item).type(ClaimType.COMMITMENT)
                .modality(modality).confidence(modality == Modality.CERTAIN ? 0.9 : 0.7).topics("commitment").build();
    }

    /** Line by line: title, subtitle, then headings and list items by the lists above, the rest paragraphs, until "Comments". */
    private void structure() {
        int furniture = text.lastIndexOf("\nComments\n") + 1;
        int lineNumber = 0;
        for (int begin = 0; begin < furniture; lineNumber++) {
            int end = text.indexOf('\n', begin);
            String line = text.substring(begin, end);
            if (!line.isBlank()) {
                StructureKind kind = lineNumber == 0 ? StructureKind.TITLE : lineNumber == 1 ? StructureKind.SUBTITLE
                        : HEADINGS.contains(line) ? StructureKind.HEADING
                        : LIST_ITEMS.contains(line) ? StructureKind.LIST_ITEM : StructureKind.PARAGRAPH;
                addStructure(kind, begin, end);
            }
            begin = end + 1;
        }
        addStructure(StructureKind.FURNITURE, furniture, text.length());
    }

    private void addStructure(StructureKind kind, int begin, int end) {
        StructureSpan span = SightlineFactory.eINSTANCE.createStructureSpan();
        span.setKind(kind);
        span.setBegin(begin);
        span.setEnd(end);
        article.getStructure().add(span);
    }
}
