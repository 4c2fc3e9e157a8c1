package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.internal.rules.LearnedCues;
import org.sightline.extract.claims.internal.rules.LearnedCues.Candidate;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;

/**
 * The learned cue scorer (docs/extraction.md, "A learned cue"): the shipped model resource, and rule
 * {@code learned-cue} and step {@code learned-veto} with it on, on sentences written for this test. Both are off
 * by default (no cross-validated gain), which the default claim finder shows.
 */
class LearnedCueTest {

    private static AnnotatedText annotate(String text) {
        return NlpModels.shared().newAnnotator().annotate(text);
    }

    /** The claims with the shipped model on (threshold and veto as chosen), as "&lt;rule&gt; [source] [cue] [content]". */
    private static List<String> learned(String text) {
        AnnotatedText t = annotate(text);
        return LearnedCues.find(t, ActorRecognizer.recognize(t), LearnedCues.shared(), LearnedCues.THRESHOLD, LearnedCues.VETO)
                .stream().map(c -> ClaimText.withRule(text, c)).toList();
    }

    /** The claims of the default claim finder. */
    private static List<String> byDefault(String text) {
        return ClaimText.withRules(text);
    }

    /** The shipped model's probability for the candidate token {@code word} of {@code text}. */
    private static double probability(String text, String word) {
        AnnotatedText t = annotate(text);
        ActorResult actors = ActorRecognizer.recognize(t);
        for (Candidate c : LearnedCues.candidates(t, actors)) {
            if (text.substring(c.begin(), c.end()).equals(word)) {
                return LearnedCues.shared().probability(c.features());
            }
        }
        throw new AssertionError(word + " is no candidate in: " + text);
    }

    @Test
    void shippedModelReadsAndWritesTheSameBytes() throws IOException {
        LearnedCues model = LearnedCues.shared();
        assertTrue(model.features() > 1000, "features: " + model.features());
        byte[] resource;
        try (InputStream in = LearnedCues.class.getResourceAsStream(LearnedCues.RESOURCE)) {
            resource = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LearnedCues.read(new ByteArrayInputStream(resource)).write(out);
        assertArrayEquals(resource, out.toByteArray());
        String[] features = {"bias", "w=say", "p=VERB", "lex=SPEECH", "c=ccomp>"};
        assertEquals(model.probability(features), LearnedCues.read(new ByteArrayInputStream(resource)).probability(features));
        double p = model.probability(features);
        assertTrue(p >= 0 && p <= 1, "probability " + p);
    }

    @Test
    void somethingElseIsRefusedWithTheReason() {
        IOException e = assertThrows(IOException.class,
                () -> LearnedCues.read(new ByteArrayInputStream("cue\tno\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("not a learned cue model"), e.getMessage());
    }

    @Test
    void trainingIsReproducibleAndLearnsTheLabels() throws IOException {
        List<String[]> features = List.of(new String[] {"bias", "w=vow", "c=ccomp>"}, new String[] {"bias", "w=eat", "c=obj>"},
                new String[] {"bias", "w=vow", "c=xcomp>"}, new String[] {"bias", "w=eat", "c=obl>"});
        boolean[] cue = {true, false, true, false};
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LearnedCues first = LearnedCues.train(features, cue);
        first.write(a);
        LearnedCues.train(features, cue).write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        assertTrue(first.probability(new String[] {"bias", "w=vow"}) > first.probability(new String[] {"bias", "w=eat"}));
        assertThrows(IllegalArgumentException.class, () -> LearnedCues.train(features, new boolean[] {true}));
    }

    @Test
    void learnedCueTakesAFrameTheLexiconLacks() {
        // "volunteer" is a lexicon cue without the infinitive frame: the hand rules leave its infinitive, the scorer takes
        // it ("opt", the example until round 13, now has the frame)
        String text = "The mayor has volunteered to keep the curfew.";
        assertEquals(List.of(), byDefault(text));
        assertEquals(List.of("<learned-cue> [The mayor] [has volunteered] [to keep the curfew]"), learned(text));
    }

    @Test
    void scorerRatesAnUnlistedCueAboveNearMisses() {
        // "distance oneself from" is in no lexicon entry; the scorer takes it as a cue. (Below the threshold until round 10;
        // since the reflexive is no noun-phrase content, the reading it scores is the from-phrase, rated higher.)
        double distanced = probability("Two ministers distanced themselves from the decision to close the border.", "distanced");
        assertTrue(distanced >= LearnedCues.THRESHOLD, "distanced " + distanced);
        for (String[] nearMiss : List.of(new String[] {"The report attracted much criticism.", "attracted"},
                new String[] {"The company provides data to its clients.", "provides"},
                new String[] {"The board has chosen not to renew his contract.", "renew"})) {
            double p = probability(nearMiss[0], nearMiss[1]);
            assertTrue(p < 0.3, nearMiss[1] + " " + p);
            assertEquals(List.of(), learned(nearMiss[0]));
        }
    }

    @Test
    void vetoDropsAHandRuleClaimTheScorerRatesVeryLow() {
        String text = "It will take months before negotiators decide to compromise.";
        assertEquals(List.of("<verb-cue> [negotiators] [decide] [to compromise]"), byDefault(text));
        assertEquals(List.of(), learned(text));
        // a claim the scorer trusts stays
        assertEquals(List.of("<verb-cue> [Analysts] [called] [the merger a mistake]"), learned("Analysts called the merger a mistake."));
    }
}
