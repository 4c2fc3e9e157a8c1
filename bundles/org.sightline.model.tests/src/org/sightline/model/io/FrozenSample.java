package org.sightline.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.TextSpan;
import org.sightline.testing.SampleArticle;

/**
 * What a frozen workspace file of an older release must hold: the hand-marked sample of today's fixture. The files
 * were written from the model tests' own copy of the sample (SampleCorpus, 11 actors and 11 claims); the copies of the
 * fixture had drifted apart, and the one fixture of today (org.sightline.testing.SampleArticle) reconciles them with
 * the article, so a claim's type or targets may differ ("North Korea may interpret..." is now a PREDICTION). What
 * cannot differ is checked: the text, the first eleven actors, and every frozen claim at the very spans of a claim of
 * today, with the same source, cue, content, modality and confidence.
 */
final class FrozenSample {

    private FrozenSample() {
    }

    static void assertHoldsTheSample(Corpus frozen) {
        SampleArticle today = new SampleArticle();
        assertEquals(today.article.getText(), frozen.getDocuments().get(0).getText());
        assertEquals(today.article.getInput(), frozen.getDocuments().get(0).getInput());
        assertEquals(11, frozen.getActors().size());
        for (int i = 0; i < frozen.getActors().size(); i++) {
            assertEquals(actor(today.corpus.getActors().get(i)), actor(frozen.getActors().get(i)));
        }
        List<String> todays = today.corpus.getClaims().stream().map(FrozenSample::spans).toList();
        assertEquals(11, frozen.getClaims().size());
        for (Claim c : frozen.getClaims()) {
            assertTrue(todays.contains(spans(c)), () -> spans(c) + " is no claim of today's fixture: " + todays);
        }
    }

    private static String actor(Actor a) {
        return a.getId() + " | " + a.getName() + " | " + a.getKind() + " | " + a.getCode() + " | " + a.getAliases() + " | "
                + (a.getPartOf() == null ? null : a.getPartOf().getId());
    }

    private static String spans(Claim c) {
        return (c.getSource() == null ? "-" : c.getSource().getName()) + " | " + c.getSourceText() + " " + span(c.getSourceSpan())
                + " | " + c.getCue() + " " + span(c.getCueSpan()) + " | " + c.getContent() + " " + span(c.getContentSpan())
                + " | " + c.getModality() + " | " + c.getConfidence();
    }

    private static String span(TextSpan s) {
        return s == null ? "-" : s.getBegin() + "-" + s.getEnd();
    }
}
