package org.sightline.extract.actors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.actors.api.BundledGazetteers;
import org.sightline.extract.actors.api.Gazetteer;
import org.sightline.extract.actors.api.GazetteerEntry;
import org.sightline.extract.actors.api.TsvGazetteer;
import org.sightline.nlp.api.NlpModels;

class GazetteerTest {

    private static ActorResult recognize(String text, List<Gazetteer> gazetteers) {
        return ActorRecognizer.recognize(NlpModels.shared().newAnnotator().annotate(text), gazetteers);
    }

    @Test
    void phoenixDerivedEntriesKeepCapitalsAndDropOtherCities() {
        GazetteerEntry prk = BundledGazetteers.phoenix().entries().stream()
                .filter(e -> "PRK".equals(e.code()) && e.kind() == ActorKind.STATE).findFirst().orElseThrow();
        assertTrue(prk.aliases().contains("Pyongyang"));
        GazetteerEntry usa = BundledGazetteers.phoenix().entries().stream()
                .filter(e -> "USA".equals(e.code()) && e.kind() == ActorKind.STATE).findFirst().orElseThrow();
        assertTrue(usa.aliases().contains("Washington"));
        assertTrue(!usa.aliases().contains("Chicago") && !usa.aliases().contains("New York"), usa.aliases().toString());
        assertTrue(usa.adjectives().contains("American"));
    }

    @Test
    void capitalsStandForStatesAdjectivesOnlyBeforeActorNouns() {
        ActorResult r = recognize("Moscow rejected the plan, while Chinese officials met in the Korean Peninsula. "
                + "The US says us Americans agree.", BundledGazetteers.defaults());
        List<String> keys = r.mentions().stream().map(ActorMention::key).toList();
        assertTrue(keys.contains("RUS"), keys.toString());
        assertTrue(keys.contains("CHN.OFFICIALS"), keys.toString());
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().contains("Korean")), r.mentions().toString());
        assertEquals(1, r.mentions().stream().filter(m -> m.key().equals("USA")).count(), "'us' is not the US");
    }

    @Test
    void peopleByTitleLaterBySurnameAndPronoun() {
        ActorResult r = recognize("Gen. Joseph Votel, commander of U.S. Central Command, visited troops. "
                + "Votel said he was proud.", BundledGazetteers.defaults());
        List<ActorMention> votel = r.mentions().stream().filter(m -> m.key().equals("PERSON.JOSEPH_VOTEL")).toList();
        assertEquals(List.of("Gen. Joseph Votel", "Votel", "he"), votel.stream().map(ActorMention::text).toList());
        assertEquals("commander of U.S. Central Command", r.actor("PERSON.JOSEPH_VOTEL").role());
        assertEquals("USA", r.actor("USA.U_S_CENTRAL_COMMAND").partOfKey());
    }

    @Test
    void thirdPartyGazetteerWinsWhenListedFirst() {
        Gazetteer custom = TsvGazetteer.read("custom", new ByteArrayInputStream(
                "ORGANIZATION\tACME\t\tAcme Analytics\t\tAcme\t\n".getBytes(StandardCharsets.UTF_8)), "custom.tsv");
        ActorResult r = recognize("Acme warned of risks.", List.of(custom, BundledGazetteers.phoenix()));
        assertEquals("ACME_ANALYTICS", r.mentions().get(0).key());
    }

    @Test
    void badGazetteerLineNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsvGazetteer.read("bad",
                new ByteArrayInputStream("# c\nSTATE\tX\n".getBytes(StandardCharsets.UTF_8)), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:2:"), e.getMessage());
    }
}
