package org.sightline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.CorpusMerge;
import org.sightline.core.api.PersonNames;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Corpus;
import org.sightline.model.SightlineFactory;

/** Name variants of one person are one actor across documents (issue 12, part 6). */
class PersonNamesTest {

    private static final SightlineFactory F = SightlineFactory.eINSTANCE;

    private static Corpus corpus(String... people) {
        Corpus c = F.createCorpus();
        for (String p : people) {
            Actor a = F.createActor();
            a.setKind(ActorKind.PERSON);
            a.setName(p);
            c.getActors().add(a);
        }
        return c;
    }

    private static List<String> merged(Corpus target, String... people) {
        CorpusMerge.copyInto(corpus(people), target);
        return target.getActors().stream().map(Actor::getName).toList();
    }

    @Test
    void titlesInitialsAndTransliterationsShareOneKey() {
        assertEquals(PersonNames.key("Donald Trump"), PersonNames.key("Mr. Donald J. Trump"));
        assertEquals(PersonNames.key("Trump"), PersonNames.key("Mr. Trump"));
        assertEquals(PersonNames.key("Volodymyr Zelensky"), PersonNames.key("Volodymyr Zelenskyy"));
        assertEquals(PersonNames.key("Zelenskiy"), PersonNames.key("Zelenskyy"));
        assertEquals(PersonNames.key("Zelenskyi"), PersonNames.key("Zelensky"));
        assertNotEquals(PersonNames.key("Joe Biden"), PersonNames.key("Hunter Biden"));
        assertEquals("volker", PersonNames.surname("Ambassador Kurt Volker".replace("Ambassador ", "")));
    }

    @Test
    void aSurnameJoinsTheOneFullNameWithIt() {
        assertEquals(List.of("Kurt Volker"), merged(corpus("Kurt Volker"), "Volker"));
        assertEquals(List.of("Donald Trump"), merged(corpus("Donald Trump"), "Mr. Trump"));
        assertEquals(List.of("Volodymyr Zelensky"), merged(corpus("Volodymyr Zelensky"), "Zelenskiy", "Zelenskyy"));
    }

    @Test
    void aFullNameJoinsAndNamesThePersonKnownBySurname() {
        Corpus c = corpus("Volker");
        assertEquals(List.of("Kurt Volker"), merged(c, "Kurt Volker"));
        assertTrue(c.getActors().get(0).getAliases().contains("Volker"));
    }

    @Test
    void twoFullNamesWithOneSurnameStayApart() {
        assertEquals(List.of("Joe Biden", "Hunter Biden", "Biden"), merged(corpus("Joe Biden", "Hunter Biden"), "Biden"));
    }
}
