package org.sightline.ui.tests.session;

import java.time.LocalDate;

import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;

/**
 * The bundled sample article (SightlineInfo.sampleText) with actors and claims an analyst would
 * mark in it, spans located in the real text: what the workbench shows before the extractors are
 * installed in this branch. Each call builds a fresh corpus.
 */
public final class SampleWorkspace {

    public final Corpus corpus;
    public final Document article;
    public final Actor unitedStates, pentagon, usOfficials, northKorea, southKorea, skDefenseMinistry, japan, analysts;
    public final Claim reassurance, troops, skWork, analystsWarn;

    public SampleWorkspace() {
        this(new CorpusBuilder("pentagon"), SightlineInfo.sampleText());
    }

    /** Adds the article with its own actors and claims to {@code b}'s corpus. */
    public SampleWorkspace(CorpusBuilder b, String text) {
        article = b.document(SightlineInfo.SAMPLE_NAME, text.substring(0, text.indexOf('\n')), text, "Sample Wire",
                LocalDate.of(2026, 11, 26), "en");
        unitedStates = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");
        pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV");
        pentagon.setPartOf(unitedStates);
        usOfficials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");
        usOfficials.setPartOf(unitedStates);
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");
        southKorea = b.actor("South Korea", ActorKind.STATE, "KOR");
        skDefenseMinistry = b.actor("South Korea\u2019s defense ministry", ActorKind.GOVERNMENT_BODY, "KORGOV");
        skDefenseMinistry.setPartOf(southKorea);
        japan = b.actor("Japan", ActorKind.STATE, "JPN");
        analysts = b.actor("analysts", ActorKind.GROUP, null);
        b.mention(pentagon, article, "Pentagon", 0);
        b.mention(unitedStates, article, "Washington", 0);
        b.mention(usOfficials, article, "US officials", 0);
        b.mention(northKorea, article, "North Korea", 0);
        b.mention(northKorea, article, "Pyongyang", 0);
        b.mention(southKorea, article, "South Korea", 0);
        b.mention(skDefenseMinistry, article, "South Korea\u2019s defense ministry", 0);
        b.mention(japan, article, "Japan", 0);
        b.mention(analysts, article, "analysts", 0);
        reassurance = b.claim(article).source(usOfficials, "US officials", 0).cue("insist")
                .content("the move does not signal a weakening of commitment to allies")
                .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
        int stressed = text.indexOf("Officials stressed");
        troops = b.claim(article).source(usOfficials, "Officials", stressed).cue("stressed").content("Maintain troop deployments in the region")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.93).build();
        int stating = text.indexOf("South Korea\u2019s defense ministry responded");
        skWork = b.claim(article).source(skDefenseMinistry, "South Korea\u2019s defense ministry", stating).cue("stating")
                .content("Work closely with US counterparts").type(ClaimType.COMMITMENT).modality(Modality.PROBABLE).confidence(0.75).build();
        analystsWarn = b.claim(article).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();
        corpus = b.corpus();
    }
}
