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

    // ---- suggested merges: the same rule, on actors a workspace already holds apart -------------------

    private static List<String> names(CorpusMerge.Suggestion s) {
        return s.actors().stream().map(Actor::getName).toList();
    }

    @Test
    void theActorsTheMergeRuleWouldJoinAreSuggestedWithTheFullNameKept() {
        Corpus c = corpus("Donald Trump", "Volodymyr Zelensky", "Trump", "Zelenskiy", "Zelenskyy", "Volodymyr Zelenskyi", "Joe Biden",
                "Hunter Biden", "Biden");
        Actor usa = F.createActor();
        usa.setKind(ActorKind.STATE);
        usa.setName("United States");
        usa.setCode("USA");
        c.getActors().add(usa);
        Actor us = F.createActor();
        us.setKind(ActorKind.STATE);
        us.setName("US");
        us.setCode("USA");
        c.getActors().add(us);

        List<CorpusMerge.Suggestion> s = CorpusMerge.suggestions(c);
        assertEquals(3, s.size(), s.toString());
        assertEquals(List.of("Donald Trump", "Trump"), names(s.get(0)));
        assertEquals("surname of the one full name", s.get(0).reason());
        assertEquals("Donald Trump", s.get(0).kept().getName());
        assertEquals(List.of("Volodymyr Zelensky", "Zelenskiy", "Zelenskyy", "Volodymyr Zelenskyi"), names(s.get(1)),
                "four spellings of one person are one suggestion");
        assertEquals("Volodymyr Zelensky", s.get(1).kept().getName());
        assertEquals(List.of("United States", "US"), names(s.get(2)));
        assertEquals("same country code", s.get(2).reason());
    }

    @Test
    void hiddenActorsAndTwoFullNamesForOneSurnameAreNotSuggested() {
        Corpus c = corpus("Joe Biden", "Hunter Biden", "Biden", "Kurt Volker", "Volker");
        assertTrue(CorpusMerge.suggestions(c).stream().noneMatch(s -> names(s).contains("Biden")), "Biden is ambiguous");
        c.getActors().get(4).setHidden(true);
        assertEquals(List.of(), CorpusMerge.suggestions(c), "a hidden actor is not offered");
    }
}
