package org.sightline.ui.tests.bench;

import java.time.LocalDate;

import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;

/**
 * A workspace of N copies of the sample article, each with 9 mentions and 10 claims (spans located
 * in the real text), sharing one set of 8 actors as a merged corpus would: 10,000 documents make
 * 100,000 claims.
 */
final class BigWorkspace {

    static final int CLAIMS_PER_DOCUMENT = 10;

    private BigWorkspace() {
    }

    static Corpus build(int documents) {
        String text = SightlineInfo.sampleText();
        CorpusBuilder b = new CorpusBuilder("bench-" + documents);
        Actor us = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");
        Actor pentagon = b.actor("Pentagon", ActorKind.GOVERNMENT_BODY, "USAGOV");
        pentagon.setPartOf(us);
        Actor officials = b.actor("US officials", ActorKind.GROUP, "USAGOV", "Officials");
        officials.setPartOf(us);
        Actor northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");
        Actor southKorea = b.actor("South Korea", ActorKind.STATE, "KOR");
        Actor ministry = b.actor("South Korea\u2019s defense ministry", ActorKind.GOVERNMENT_BODY, "KORGOV");
        ministry.setPartOf(southKorea);
        Actor japan = b.actor("Japan", ActorKind.STATE, "JPN");
        Actor analysts = b.actor("analysts", ActorKind.GROUP, null);
        int stressed = text.indexOf("Officials stressed");
        int stating = text.indexOf("South Korea\u2019s defense ministry responded");
        for (int i = 0; i < documents; i++) {
            Document d = b.document("bench/" + i + ".txt", "Report " + i + ": " + text.substring(0, text.indexOf('\n')), text,
                    i % 3 == 0 ? "Wire A" : "Wire B", LocalDate.of(2026, 1, 1).plusDays(i % 330), "en");
            b.mention(pentagon, d, "Pentagon", 0);
            b.mention(us, d, "Washington", 0);
            b.mention(officials, d, "US officials", 0);
            b.mention(northKorea, d, "North Korea", 0);
            b.mention(northKorea, d, "Pyongyang", 0);
            b.mention(southKorea, d, "South Korea", 0);
            b.mention(ministry, d, "South Korea\u2019s defense ministry", 0);
            b.mention(japan, d, "Japan", 0);
            b.mention(analysts, d, "analysts", 0);
            b.claim(d).source(officials, "US officials", 0).cue("insist").content("the move does not signal a weakening of commitment to allies")
                    .type(ClaimType.REASSURANCE).modality(Modality.ASSERTED).confidence(0.8).targets(southKorea, japan).build();
            for (String c : new String[] { "Maintain troop deployments in the region", "Uphold defense treaties with South Korea and Japan",
                    "Provide strategic assets when necessary" }) {
                b.claim(d).source(officials, "Officials", stressed).cue("stressed").content(c).type(ClaimType.COMMITMENT)
                        .modality(Modality.CERTAIN).confidence(0.93).build();
            }
            for (String c : new String[] { "Work closely with US counterparts", "Strengthen its independent deterrence capabilities",
                    "Maintain readiness against potential provocations" }) {
                b.claim(d).source(ministry, "South Korea\u2019s defense ministry", stating).cue("stating").content(c)
                        .type(ClaimType.COMMITMENT).modality(Modality.PROBABLE).confidence(0.75).build();
            }
            b.claim(d).source(analysts, "analysts", text.indexOf("some analysts warn")).cue("warn")
                    .content("reducing the Pentagon\u2019s visible role could increase the risk of miscalculation by North Korea")
                    .type(ClaimType.WARNING).modality(Modality.POSSIBLE).confidence(0.5).targets(northKorea).build();
            b.claim(d).source(us, "Washington", 0).cue("pushed").content("for greater burden-sharing among allies")
                    .type(ClaimType.DEMAND).modality(Modality.OBLIGATION).confidence(0.9).build();
            b.claim(d).content("Pyongyang now possesses a more advanced missile arsenal", 0).type(ClaimType.ASSESSMENT)
                    .modality(Modality.ASSERTED).confidence(1.0).targets(northKorea).build();
        }
        return b.corpus();
    }
}
