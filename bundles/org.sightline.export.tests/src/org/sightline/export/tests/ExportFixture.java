package org.sightline.export.tests;

import org.sightline.testing.SharedFiles;
import java.time.LocalDate;
import java.util.List;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.ReviewStatus;
import org.sightline.model.io.CorpusBuilder;

/**
 * The corpus every export test writes, built with CorpusBuilder so each span is found in the real text:
 * <ul>
 * <li>d1, the sample article, annotated as an analyst would: 11 actors (a1..a11) with mentions, the US and South
 * Korean commitments, the warning, assessment and prediction, one source-less claim (c11) and one claim the analyst
 * REJECTED (c12, Pentagon about North Korea);</li>
 * <li>d2, a hostile text written for these tests: HTML script tags, spreadsheet formulas, Markdown markup, a CRLF, a
 * form feed; an actor whose name is a formula (a12) and one whose id is not an XML name ({@code org:truth/1}).</li>
 * </ul>
 * Ids are allocated in creation order, so the numbering in the comments is the real one.
 */
public final class ExportFixture {

    /** The text of d2. Every line is a trap for one of the formats. */
    public static final String HOSTILE_TEXT = "Leak: <script>alert(\"pwned\")</script> & friends\n"
            + "=HYPERLINK(\"http://evil.example\",\"click\"), the spokesman said, adding \"no comment, really\".\n"
            + "- not a list\n"
            + "1. not a list either\n"
            + "# not a heading *not bold* _not italic_ [not a link](http://evil.example) `code` | pipe ~strike~\n"
            + "@SUM(A1:A2) and +1+2 and -3\n"
            + "    indented four spaces\r\n"
            + "form\ffeed and the Ministry of Truth.\n";

    public final Corpus corpus;
    public final Document article;
    public final Document hostile;
    public final Actor unitedStates, pentagon, usOfficials, northKorea, southKorea, skDefenseMinistry, japan, analysts,
            critics, experts, stateMedia, spokesman, truthMinistry;
    public final Claim reassurance, troops, treaties, assets, skWork, skStrengthen, skReadiness, analystsWarn,
            criticsArgue, expertsExpect, sourceless, rejected, formula, leak;

    public ExportFixture() {
        String text = SharedFiles.text(SharedFiles.SAMPLE_ARTICLE);
        CorpusBuilder b = new CorpusBuilder("Pentagon and North Korea, \"sample\"");
        article = b.document(SharedFiles.SAMPLE_ARTICLE, text.substring(0, text.indexOf('\n')), text, null,
                LocalDate.of(2026, 11, 26), "en");

        unitedStates = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington"); // a1
        pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV", "United States Department of Defense"); // a2
        pentagon.setPartOf(unitedStates);
        usOfficials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials"); // a3
        usOfficials.setPartOf(unitedStates);
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang"); // a4
        southKorea = b.actor("South Korea", ActorKind.STATE, "KOR"); // a5
        skDefenseMinistry = b.actor("South Korea\u2019s defense ministry", ActorKind.GOVERNMENT_BODY, "KORGOV"); // a6
        skDefenseMinistry.setPartOf(southKorea);
        japan = b.actor("Japan", ActorKind.STATE, "JPN"); // a7
        analysts = b.actor("analysts", ActorKind.GROUP, null); // a8
        critics = b.actor("Critics", ActorKind.GROUP, null); // a9
        experts = b.actor("experts", ActorKind.GROUP, null); // a10
        stateMedia = b.actor("North Korean state media", ActorKind.MEDIA, "PRKMED", "state media"); // a11
        stateMedia.setPartOf(northKorea);

        b.mention(pentagon, article, "Pentagon", 0); // m1: in the title
        b.mention(pentagon, article, "United States Department of Defense", 0);
        b.mention(pentagon, article, "Pentagon", text.indexOf("the Pentagon\u2019s direct role"));
        b.mention(unitedStates, article, "Washington", 0);
        b.mention(unitedStates, article, "US", 0); // first "US" is in the subtitle
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

        reassurance = b.claim(article).source(usOfficials, "US officials", 0).cue("insist") // c1
                .content("the move does not signal a weakening of commitment to allies")
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        int stressed = text.indexOf("Officials stressed");
        troops = commitment(b, usOfficials, "Officials", stressed, "stressed", "Maintain troop deployments in the region", 0.9); // c2
        treaties = commitment(b, usOfficials, "Officials", stressed, "stressed", "Uphold defense treaties with South Korea and Japan", 0.9); // c3
        treaties.getTargets().addAll(List.of(southKorea, japan));
        assets = commitment(b, usOfficials, "Officials", stressed, "stressed", "Provide strategic assets when necessary", 0.9); // c4
        int stating = text.indexOf("South Korea\u2019s defense ministry responded");
        skWork = commitment(b, skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Work closely with US counterparts", 0.7); // c5
        skWork.getTargets().add(unitedStates);
        skStrengthen = commitment(b, skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Strengthen its independent deterrence capabilities", 0.7); // c6
        skReadiness = commitment(b, skDefenseMinistry, "South Korea\u2019s defense ministry", stating, "stating", "Maintain readiness against potential provocations", 0.7); // c7
        analystsWarn = b.claim(article).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn") // c8
                .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();
        criticsArgue = b.claim(article).source(critics, "Critics", 0).cue("argue") // c9
                .content("North Korea may interpret the move as reduced US resolve")
                .type(ClaimType.ASSESSMENT).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea, unitedStates).build();
        expertsExpect = b.claim(article).source(experts, "experts", 0).cue("expect") // c10
                .content("state media to frame the shift as evidence of US weakness or retreat")
                .type(ClaimType.PREDICTION).modality(Modality.PROBABLE).confidence(0.7).targets(stateMedia).build();
        sourceless = b.claim(article) // c11: the article's own voice, no source, no cue
                .content("Any perception that the US is stepping back\u2014even symbolically\u2014could embolden Pyongyang to test boundaries", 0)
                .type(ClaimType.ASSESSMENT).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();
        rejected = b.claim(article).source(pentagon, "The Pentagon", text.indexOf("The Pentagon emphasized")).cue("emphasized") // c12
                .content("the US nuclear umbrella remains intact").type(ClaimType.REASSURANCE).modality(Modality.CERTAIN)
                .confidence(0.9).targets(northKorea).build();
        rejected.setStatus(ReviewStatus.REJECTED);

        hostile = b.document("https://evil.example/leak?x=<b>&y=\"1\"", "<b>Leak</b> & \"friends\"", HOSTILE_TEXT);
        spokesman = b.actor("@Spokesman, \"Ministry\"", ActorKind.PERSON, "=1+1", "the spokesman;aide", "back\\slash"); // a12
        truthMinistry = b.actor("Ministry of Truth", ActorKind.GOVERNMENT_BODY, null); // a13, id replaced below
        truthMinistry.setId("org:truth/1");
        spokesman.setPartOf(truthMinistry);
        b.mention(spokesman, hostile, "the spokesman", 0);
        b.mention(truthMinistry, hostile, "Ministry of Truth", 0);
        formula = b.claim(hostile) // c13: content before source and cue
                .content("=HYPERLINK(\"http://evil.example\",\"click\")", 0)
                .source(spokesman, "the spokesman", 0).cue("said")
                .type(ClaimType.STATEMENT).modality(Modality.ASSERTED).confidence(1.0).polarity(Polarity.NEUTRAL)
                .targets(truthMinistry).build();
        leak = b.claim(hostile) // c14: multi-line content full of markup, no source
                .content(HOSTILE_TEXT.substring(HOSTILE_TEXT.indexOf("<script>"), HOSTILE_TEXT.indexOf("form\ffeed") + 9), 0)
                .type(ClaimType.ACCUSATION).modality(Modality.PROBABLE).confidence(0.0000001).polarity(Polarity.NEGATIVE)
                .build();
        corpus = b.corpus();
    }

    private Claim commitment(CorpusBuilder b, Actor source, String sourceText, int from, String cue, String content, double confidence) {
        return b.claim(article).source(source, sourceText, from).cue(cue).content(content)
                .type(ClaimType.COMMITMENT).modality(confidence >= 0.9 ? Modality.CERTAIN : Modality.PROBABLE)
                .confidence(confidence).build();
    }

    /** All claims in creation (= corpus) order. */
    public List<Claim> claims() {
        return List.of(reassurance, troops, treaties, assets, skWork, skStrengthen, skReadiness, analystsWarn, criticsArgue,
                expertsExpect, sourceless, rejected, formula, leak);
    }
}
