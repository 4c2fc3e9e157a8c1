package org.sightline.extract.actors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.nlp.api.NlpModels;

/**
 * People without a title, short references to bodies ("the ministry") and subject pronouns of speech
 * verbs ("it said", "they said"), on sentences written for this test.
 */
class ReferenceTest {

    private static ActorResult recognize(String text) {
        return ActorRecognizer.recognize(NlpModels.shared().newAnnotator().annotate(text));
    }

    /** The mention covering the n-th occurrence (0-based) of the word, or null. */
    private static ActorMention mentionAt(String text, ActorResult r, String word, int occurrence) {
        int at = -1;
        for (int k = 0; k <= occurrence; k++) {
            at = text.indexOf(word, at + 1);
        }
        int b = at;
        return r.mentions().stream().filter(m -> m.begin() <= b && b < m.end()).findFirst().orElse(null);
    }

    @Test
    void untitledSpeakerAndLaterSurname() {
        String text = "Mohammed Shia al-Sudani told the BBC that Iraq would stay neutral. Sudani also said more.";
        ActorResult r = recognize(text);
        ActorMention full = mentionAt(text, r, "Mohammed", 0);
        assertNotNull(full, r.mentions().toString());
        assertEquals(ActorKind.PERSON, r.actor(full.key()).kind());
        ActorMention later = mentionAt(text, r, "Sudani", 1);
        assertNotNull(later, r.mentions().toString());
        assertEquals(full.key(), later.key());
    }

    @Test
    void untitledNameWithRoleAppositiveOrInverted() {
        String text = "“It is dangerous,” said Anna Weber, a researcher at the institute. Weber has studied the region.";
        ActorResult r = recognize(text);
        ActorMention m = mentionAt(text, r, "Anna", 0);
        assertNotNull(m, r.mentions().toString());
        assertEquals("Anna Weber", m.text());
        assertEquals(ActorKind.PERSON, r.actor(m.key()).kind());
        assertEquals(m.key(), mentionAt(text, r, "Weber", 1).key());
    }

    @Test
    void aPlaceBeforeASpeechVerbIsNoPerson() {
        for (String text : List.of("Diyala Province reported no casualties.", "Fox News reported the strike.",
                "Camp Taji said nothing.")) {
            ActorResult r = recognize(text);
            assertTrue(r.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON), text + " -> " + r.actors());
        }
    }

    @Test
    void theMinistryIsTheLastMinistryNamed() {
        String text = "South Korea’s Unification Ministry said it had received no reply. "
                + "The Pentagon was silent. The ministry added that the hotline stays open.";
        ActorResult r = recognize(text);
        ActorMention named = mentionAt(text, r, "Unification Ministry", 0);
        assertNotNull(named, r.mentions().toString());
        ActorMention later = mentionAt(text, r, "ministry", 0);
        assertNotNull(later, r.mentions().toString());
        assertEquals("The ministry", later.text());
        assertEquals(named.key(), later.key());
    }

    @Test
    void itAndTheyAsSubjectsOfSpeechVerbs() {
        String text = "The International Atomic Energy Agency met on Monday. It said access was restricted. "
                + "Iraqi officials visited the site. They said the damage was limited.";
        ActorResult r = recognize(text);
        ActorMention agency = mentionAt(text, r, "International Atomic Energy Agency", 0);
        assertNotNull(agency, r.mentions().toString());
        ActorMention it = mentionAt(text, r, "It said", 0);
        assertNotNull(it, r.mentions().toString());
        assertEquals(agency.key(), it.key());
        ActorMention officials = mentionAt(text, r, "Iraqi officials", 0);
        ActorMention they = mentionAt(text, r, "They said", 0);
        assertNotNull(they, r.mentions().toString());
        assertEquals(officials.key(), they.key());
        assertEquals(ActorKind.GROUP, r.actor(they.key()).kind());
    }

    @Test
    void itWithoutAnActorNearbyStaysUnresolved() {
        String text = "The weather was cold for days. It said nothing about the talks.";
        ActorResult r = recognize(text);
        assertNull(mentionAt(text, r, "It said", 0), r.mentions().toString());
    }
}
