package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.extract.claims.api.Modality;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

/** The claims the sample article must yield, found by the real engines. */
class SampleArticleClaimsTest {

    static String text;
    static List<ClaimRecord> claims;

    @BeforeAll
    static void run() throws IOException {
        text = Files.readString(SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE));
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        ActorResult actors = ActorRecognizer.recognize(t);
        claims = ClaimFinder.find(t, actors);
    }

    /** The claim whose main content starts with the given words. */
    private static ClaimRecord claim(String contentStart) {
        for (ClaimRecord c : claims) {
            if (c.contentSpan().of(text).startsWith(contentStart)) {
                return c;
            }
        }
        fail("no claim with content starting '" + contentStart + "' among "
                + claims.stream().map(c -> c.contentSpan().of(text)).toList());
        return null;
    }

    private static String cue(ClaimRecord c) {
        return c.cueSpan().of(text);
    }

    @Test
    void threeUsCommitmentsAfterOfficialsStressed() {
        for (String item : List.of("Maintain troop deployments in the region", "Uphold defense treaties with South Korea",
                "Provide strategic assets when necessary")) {
            ClaimRecord c = claim(item);
            assertEquals("stressed", cue(c));
            assertEquals("USA.OFFICIALS", c.sourceKey());
            assertEquals(ClaimType.COMMITMENT, c.type());
            assertEquals(Modality.CERTAIN, c.modality());
        }
        assertTrue(claim("Uphold defense treaties").targetKeys().containsAll(List.of("KOR", "JPN")));
    }

    @Test
    void threeSouthKoreanCommitments() {
        for (String item : List.of("Work closely with US counterparts", "Strengthen its independent deterrence",
                "Maintain readiness against potential provocations")) {
            ClaimRecord c = claim(item);
            assertEquals("KOR.DEFENSE_MINISTRY", c.sourceKey());
            assertEquals("South Korea’s defense ministry", c.sourceSpan().of(text));
            assertEquals(ClaimType.COMMITMENT, c.type());
            assertEquals(Modality.PROBABLE, c.modality()); // "it would:"
        }
    }

    @Test
    void japanReiteratesItsCommitment() {
        ClaimRecord c = claim("regional stability");
        assertEquals("JPN", c.sourceKey());
        assertTrue(cue(c).startsWith("reiterated its commitment"), cue(c));
        assertEquals(ClaimType.COMMITMENT, c.type());
    }

    @Test
    void analystsWarnOfMiscalculation() {
        ClaimRecord c = claim("that reducing the Pentagon’s visible role could increase the risk of miscalculation");
        assertEquals("ANALYSTS", c.sourceKey());
        assertEquals("warn", cue(c));
        assertEquals(ClaimType.WARNING, c.type());
        assertEquals(Modality.POSSIBLE, c.modality());
        assertTrue(c.targetKeys().contains("PRK"));
    }

    @Test
    void criticsThreePredictions() {
        for (String item : List.of("North Korea may interpret the move", "Regional allies could feel pressured",
                "Diplomatic channels could become more strained")) {
            ClaimRecord c = claim(item);
            assertEquals("CRITICS", c.sourceKey());
            assertEquals("argue", cue(c));
            assertEquals(Modality.POSSIBLE, c.modality());
            assertEquals(ClaimType.PREDICTION, c.type());
        }
    }

    @Test
    void expertsExpectStateMedia() {
        ClaimRecord c = claim("state media to frame the shift");
        assertEquals("EXPERTS", c.sourceKey());
        assertEquals(Modality.PROBABLE, c.modality());
        assertTrue(c.targetKeys().contains("STATE_MEDIA"));
    }

    @Test
    void analystsSuggestRenewedDiplomacy() {
        ClaimRecord c = claim("the move could open space for renewed diplomacy");
        assertEquals("ANALYSTS", c.sourceKey());
        assertEquals("suggest", cue(c));
        assertEquals(Modality.POSSIBLE, c.modality());
    }

    @Test
    void lawmakersTwoOpposedPositions() {
        ClaimRecord welcome = claim("the move as a realistic reassessment");
        assertEquals("LAWMAKERS", welcome.sourceKey());
        ClaimRecord must = claim("that allies must take greater responsibility");
        assertEquals("LAWMAKERS", must.sourceKey());
        assertEquals(Modality.OBLIGATION, must.modality());
        ClaimRecord others = claim("that any perceived reduction in deterrence could undermine");
        assertEquals("Others", others.sourceSpan().of(text));
        assertEquals("LAWMAKERS", others.sourceKey());
        assertEquals(ClaimType.WARNING, others.type());
        assertTrue(!welcome.polarity().equals(others.polarity()), "opposed positions differ in polarity");
    }

    @Test
    void callForCongressionalOversight() {
        ClaimRecord c = claim("greater transparency and congressional oversight");
        assertEquals("called for", cue(c));
        assertEquals("CRITICS", c.sourceKey());
        assertEquals(ClaimType.DEMAND, c.type());
        assertEquals(Modality.OBLIGATION, c.modality());
    }

    @Test
    void pentagonSaysPolicyWillBeReviewed() {
        ClaimRecord c = claim("that the policy will be reviewed regularly");
        assertEquals("has indicated", cue(c));
        assertEquals("USA.DEPARTMENT_OF_DEFENSE", c.sourceKey());
        assertEquals(Modality.CERTAIN, c.modality());
    }

    @Test
    void spansAreTrimmedAndInsideTheText() {
        for (ClaimRecord c : claims) {
            String content = c.contentSpan().of(text);
            assertTrue(!content.endsWith(".") && !content.endsWith(":") && content.strip().equals(content), content);
        }
    }
}
