package org.sightline.search.tests;

import java.time.LocalDate;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;

/** Three short news texts written for these tests, with their actors, mentions and claims marked by hand. */
final class NewsCorpus {

    static final String TEXT_1 = "The Pentagon said on Tuesday it will reduce its direct role in deterring North Korea. "
            + "US officials stressed that Washington will maintain troop deployments in the region. "
            + "Analysts warned that Pyongyang could misread the change as weakness.";
    static final String TEXT_2 = "South Korea's defense ministry said it would expand joint drills with the United States. "
            + "North Korea denied that it had tested a new missile.";
    static final String TEXT_3 = "Lawmakers in Seoul demanded a briefing on the troop plans. "
            + "Experts expect state media in Pyongyang to call the move a sign of weakness.";

    final Corpus corpus;
    final Document pentagon;
    final Document drills;
    final Document seoul;
    final Actor us;
    final Actor northKorea;
    final Actor southKorea;
    final Actor analysts;
    final Claim troops;
    final Claim misread;
    final Claim denial;
    final Claim briefing;

    NewsCorpus() {
        CorpusBuilder b = new CorpusBuilder("news");
        corpus = b.corpus();
        pentagon = b.document("pentagon.txt", "Pentagon to reduce its role in deterring North Korea", TEXT_1, "Defense Daily",
                LocalDate.of(2026, 11, 24), "en");
        drills = b.document("drills.txt", "Seoul to expand drills", TEXT_2, "Korea Wire", LocalDate.of(2026, 12, 2), "en");
        seoul = b.document("seoul.txt", "Lawmakers ask for a briefing", TEXT_3, "Korea Wire", LocalDate.of(2026, 12, 15), "en");
        us = b.actor("United States", ActorKind.STATE, "USA", "US", "Washington");
        northKorea = b.actor("North Korea", ActorKind.STATE, "PRK", "Pyongyang");
        southKorea = b.actor("South Korea", ActorKind.STATE, "KOR", "Seoul");
        analysts = b.actor("analysts", ActorKind.GROUP, null);
        b.mention(us, pentagon, "US", 0);
        b.mention(northKorea, pentagon, "North Korea", 0);
        b.mention(northKorea, pentagon, "Pyongyang", 0);
        b.mention(southKorea, drills, "South Korea", 0);
        b.mention(northKorea, drills, "North Korea", 0);
        b.mention(southKorea, seoul, "Seoul", 0);
        troops = b.claim(pentagon).source(us, "US officials", 0).cue("stressed").content("Washington will maintain troop deployments in the region")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).build();
        misread = b.claim(pentagon).source(analysts, "Analysts", 0).cue("warned").content("Pyongyang could misread the change as weakness")
                .type(ClaimType.WARNING).modality(Modality.POSSIBLE).targets(northKorea).build();
        denial = b.claim(drills).source(northKorea, "North Korea", 0).cue("denied").content("it had tested a new missile")
                .type(ClaimType.DENIAL).modality(Modality.ASSERTED).build();
        briefing = b.claim(seoul).cue("demanded").content("a briefing on the troop plans").type(ClaimType.DEMAND)
                .modality(Modality.ASSERTED).targets(southKorea).build();
    }
}
