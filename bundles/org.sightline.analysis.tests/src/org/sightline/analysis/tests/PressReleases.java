package org.sightline.analysis.tests;

import org.sightline.testing.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;

/**
 * A multi-document corpus: the {@link SampleArticle} (undated) plus five US State Department press releases from
 * shared/data/re3d/us-state-department/documents.json, their claims marked as in shared/data/attribution-dev (same
 * cue, source and content spans), with types and targets added by hand.
 * <p>
 * Publication dates: year and month are in each release's state.gov URL (.../ps/2015/08/...); the day is the day of
 * the events the text reports as "today"/"this morning": the Jamila market bombing in Baghdad (2015-08-13), the rocket
 * attack on Camp Hurriya (2015-10-29), the Tel Tamer bombings (2015-12-10), the funeral-tent bombing in Baghdad
 * (2016-10-15) and the Sadr City bombings two days after the Al-Sinek attack of Saturday 31 December 2016 (2017-01-02).
 * <p>
 * New actors: a13 ISIL, a14 Iraq, a15 Government of Iraq (part of Iraq). Claims c21..c32 in the order below.
 */
public final class PressReleases {

    public static final String DOCUMENTS = "data/re3d/us-state-department/documents.json";

    public final SampleArticle sample;
    public final Actor isil, iraq, iraqGovernment;
    public final Document market, hurriya, telTamer, funeral, baghdad;
    /** c21..c32 by number: claims[21] is c21; claims[1..20] are the sample's. */
    public final Claim[] claims = new Claim[33];

    public PressReleases() {
        sample = new SampleArticle();
        System.arraycopy(sample.claims, 0, claims, 0, 21);
        CorpusBuilder b = sample.builder;
        Map<String, String[]> releases = readReleases();
        Actor us = sample.unitedStates;
        isil = b.actor("ISIL", ActorKind.ORGANIZATION, null, "Daesh", "Da\u2019esh", "Dae\u2019sh");   // a13
        iraq = b.actor("Iraq", ActorKind.STATE, "IRQ");                                               // a14
        iraqGovernment = b.actor("Government of Iraq", ActorKind.GOVERNMENT_BODY, "IRQGOV");          // a15
        iraqGovernment.setPartOf(iraq);

        market = document(b, releases, "487C0B93A959D64A34CA2F40EE82C18B", LocalDate.of(2015, 8, 13));
        claims[21] = b.claim(market).source(us, "The United States", 0).cue("condemns in the strongest terms")
                .content("both the ISIL attack this morning at a crowded market place in Baghdad, and the car bomb attacks in Diyala Province on Monday, as well as other recent terrorist attacks against the Iraqi people")
                .type(ClaimType.ACCUSATION).modality(Modality.CERTAIN).confidence(0.95).targets(isil).build();
        claims[22] = b.claim(market).source(us, "We", market.getText().indexOf("We remain")).cue("remain committed to")
                .content("working with Prime Minister Al-Abadi, the Iraqi Security Forces, and our partners in the international community to support the Government of Iraq in defeating ISIL and holding this terrorist organization accountable for the atrocities it has committed")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.9).targets(iraqGovernment, isil).build();

        hurriya = document(b, releases, "6413ED35E27EFB504C689047F2F17B0F", LocalDate.of(2015, 10, 29));
        claims[23] = b.claim(hurriya).source(us, "The United States", 0).cue("strongly condemns")
                .content("today\u2019s brutal, senseless terrorist attack on Camp Hurriya that killed and injured camp residents")
                .type(ClaimType.ACCUSATION).modality(Modality.CERTAIN).confidence(0.95).build();
        claims[24] = b.claim(hurriya).source(us, "We", hurriya.getText().indexOf("We also urge")).cue("also urge")
                .content("the Government of Iraq to provide additional security for the camp\u2019s residents and to find the perpetrators and hold them accountable for the attack, consistent with its obligations under the December 25, 2011 agreement with the United Nations")
                .type(ClaimType.DEMAND).modality(Modality.OBLIGATION).confidence(0.9).targets(iraqGovernment).build();

        telTamer = document(b, releases, "6E62DC65EFDFB1B357175EB255F25C36", LocalDate.of(2015, 12, 10));
        claims[25] = b.claim(telTamer).source(us, "The United States", 0).cue("strongly condemns")
                .content("ISIL\u2019s multiple suicide attacks in the town of Tel Tamer in Hasaka Province, which targeted and killed scores of Syrian civilians, including at a hospital and marketplace")
                .type(ClaimType.ACCUSATION).modality(Modality.CERTAIN).confidence(0.95).targets(isil).build();
        claims[26] = b.claim(telTamer).source(us, "The United States", telTamer.getText().indexOf("The United States remains")).cue("remains committed to")
                .content("working with our partners in Syria, Iraq, and the international community to bring an end to ISIL\u2019s depravity and ultimately destroy this terrorist organization")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.9).targets(isil).build();

        funeral = document(b, releases, "108A8CFC05CC3139A6E65B7A4239F5C6", LocalDate.of(2016, 10, 15));
        claims[27] = b.claim(funeral).source(us, "The United States", 0).cue("strongly condemns")
                .content("the barbaric terrorist attacks in Iraq today, including one in Baghdad claimed by Daesh that specifically targeted mourners inside a funeral tent")
                .type(ClaimType.ACCUSATION).modality(Modality.CERTAIN).confidence(0.95).targets(isil).build();
        claims[28] = b.claim(funeral).source(us, "The United States", funeral.getText().indexOf("The United States remains")).cue("remains committed to")
                .content("that goal").type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.9).build();

        baghdad = document(b, releases, "9DFBD0B607245D1B56B90FD64E9AB952", LocalDate.of(2017, 1, 2));
        claims[29] = b.claim(baghdad).source(us, "We", 0).cue("condemn in the strongest possible terms")
                .content("terrorist attacks this weekend in Baghdad and Najaf")
                .type(ClaimType.ACCUSATION).modality(Modality.CERTAIN).confidence(0.95).targets(isil).build();
        claims[30] = b.claim(baghdad).source(isil, "Dae\u2019sh", 0).cue("claimed")
                .content("dual attacks in the commercial area of the Al-Sinek neighborhood in Baghdad")
                .type(ClaimType.ANNOUNCEMENT).modality(Modality.CERTAIN).confidence(0.9).build();
        claims[31] = b.claim(baghdad).source(us, "The U.S.", 0).cue("reaffirms its commitment")
                .content("to support the government and people of Iraq in this struggle")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.9).targets(iraq).build();
        claims[32] = b.claim(baghdad).source(us, "The U.S.", 0) // one source span for both, as in attribution-dev
               .cue("remains steadfast in its commitment to")
                .content("the Global Coalition efforts to degrade and defeat Da\u2019esh")
                .type(ClaimType.COMMITMENT).modality(Modality.CERTAIN).confidence(0.9).targets(isil).build();
    }

    private static Document document(CorpusBuilder b, Map<String, String[]> releases, String id, LocalDate published) {
        String[] release = releases.get(id);
        if (release == null) {
            throw new IllegalStateException(DOCUMENTS + " has no document " + id);
        }
        return b.document(release[0], release[1].strip(), release[2], "US State Department", published, "en");
    }

    /** {@code _id -> [sourceUrl, title, text]} of every line of documents.json (JSON lines). */
    static Map<String, String[]> readReleases() {
        Map<String, String[]> result = new HashMap<>();
        String json = SharedFiles.text(DOCUMENTS);
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String[] fields = new String[3];
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "_id" -> id = p.getText();
                        case "sourceUrl" -> fields[0] = p.getText();
                        case "title" -> fields[1] = p.getText();
                        case "text" -> fields[2] = p.getText();
                        default -> p.skipChildren();
                    }
                }
                result.put(id, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse shared/" + DOCUMENTS, e);
        }
        return result;
    }
}
