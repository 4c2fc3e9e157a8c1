package org.sightline.extract.actors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;
import org.sightline.testing.SharedFiles;

/** The actors the sample article must yield, found by the real engines. */
class SampleArticleActorsTest {

    static String text;
    static ActorResult result;

    @BeforeAll
    static void run() throws IOException {
        text = Files.readString(SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE));
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        result = ActorRecognizer.recognize(t);
    }

    private static ActorRef actor(String key) {
        ActorRef a = result.actor(key);
        assertNotNull(a, "no actor " + key + " in " + result.actors().stream().map(ActorRef::key).toList());
        return a;
    }

    @Test
    void statesWithTheirAliases() {
        ActorRef us = actor("USA");
        assertEquals("United States", us.name());
        assertEquals(ActorKind.STATE, us.kind());
        assertTrue(us.aliases().containsAll(List.of("US", "Washington")), us.aliases().toString());
        assertTrue(actor("PRK").aliases().contains("Pyongyang"));
        for (String k : List.of("KOR", "JPN", "CHN", "RUS")) {
            assertEquals(ActorKind.STATE, actor(k).kind());
        }
    }

    @Test
    void bodiesArePartsOfTheirStates() {
        ActorRef dod = actor("USA.DEPARTMENT_OF_DEFENSE");
        assertEquals("USA", dod.partOfKey());
        assertTrue(dod.aliases().contains("Pentagon"));
        assertTrue(dod.aliases().contains("United States Department of Defense"));
        ActorRef mod = actor("KOR.DEFENSE_MINISTRY");
        assertEquals("KOR", mod.partOfKey());
        assertEquals(ActorKind.GOVERNMENT_BODY, mod.kind());
        assertEquals(ActorKind.MEDIA, actor("STATE_MEDIA").kind());
    }

    @Test
    void groups() {
        for (String k : List.of("ANALYSTS", "EXPERTS", "CRITICS", "LAWMAKERS")) {
            assertEquals(ActorKind.GROUP, actor(k).kind());
        }
        ActorRef officials = actor("USA.OFFICIALS");
        assertEquals("USA", officials.partOfKey());
        // "Officials stressed ..." refers back to "US officials"
        int stressed = text.indexOf("Officials stressed");
        assertTrue(result.mentions().stream().anyMatch(m -> m.begin() == stressed && m.key().equals("USA.OFFICIALS")));
    }

    @Test
    void noPlaceOrHeadingIsAnActor() {
        for (String notActor : List.of("Korean Peninsula", "East Asia", "Conclusion", "Comments", "Europe",
                "Indo-Pacific", "What Comes Next")) {
            assertFalse(result.mentions().stream().anyMatch(m -> m.text().contains(notActor)), notActor);
            assertFalse(result.actors().stream().anyMatch(a -> a.name().equals(notActor)), notActor);
        }
    }

    @Test
    void mentionsAreExactSpansOfTheText() {
        result.mentions().forEach(m -> assertEquals(m.text(), text.substring(m.begin(), m.end())));
        assertTrue(result.mentions().size() > 60);
    }
}
