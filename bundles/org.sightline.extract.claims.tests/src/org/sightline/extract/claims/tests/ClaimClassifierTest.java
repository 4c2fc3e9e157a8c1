package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.extract.claims.api.Modality;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;

/**
 * Claim type and modality (the classifier, after the rules found the spans) on sentences written for this
 * test: a would/could in indirect speech after a past-tense cue is the speaker's tense shifted back, not a
 * prediction by itself; a modal before "have" + participle speaks of the past.
 */
class ClaimClassifierTest {

    /** The only claim of a one-sentence text. */
    private static ClaimRecord only(String text) {
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        List<ClaimRecord> all = ClaimFinder.find(t, ActorRecognizer.recognize(t));
        assertEquals(1, all.size(), "claims of: " + text);
        return all.get(0);
    }

    @Test
    void backshiftedWouldAfterPastCueIsAStatement() {
        ClaimRecord c = only("The spokesman said the border would stay open.");
        assertEquals(ClaimType.STATEMENT, c.type());
        assertEquals(Modality.PROBABLE, c.modality()); // the modality still reads the modal
    }

    @Test
    void backshiftedCouldOrMightAfterPastCueIsAStatement() {
        assertEquals(ClaimType.STATEMENT, only("The analyst said the merger could collapse.").type());
        assertEquals(ClaimType.STATEMENT, only("The minister said that prices might fall.").type());
    }

    @Test
    void wouldAfterPresentCueIsAPrediction() {
        assertEquals(ClaimType.PREDICTION, only("The analyst says the merger would collapse without new funding.").type());
    }

    @Test
    void willAfterPastCueIsStillAPrediction() {
        assertEquals(ClaimType.PREDICTION, only("The analyst said the merger will collapse.").type());
    }

    @Test
    void backshiftedModalWithAWordPointingAheadIsAPrediction() {
        assertEquals(ClaimType.PREDICTION, only("The minister said prices would rise next year.").type());
    }

    @Test
    void quotationKeepsTheSpeakersTense() {
        assertEquals(ClaimType.PREDICTION, only("“The talks could fail,” the envoy said.").type());
    }

    @Test
    void modalPerfectSpeaksOfThePast() {
        assertEquals(ClaimType.STATEMENT, only("The report says the fire could have been prevented.").type());
        // "have" as the main verb is no perfect: a possibility ahead
        assertEquals(ClaimType.PREDICTION, only("The mayor says the city could have a new stadium.").type());
    }

    @Test
    void reportedIntentionOfTheSourceIsACommitment() {
        assertEquals(ClaimType.COMMITMENT, only("The company said it would cut 500 jobs.").type());
    }
}
