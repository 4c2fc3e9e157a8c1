package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.io.Corpora;
import org.sightline.testing.SharedFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A German report beside the English sample through the real pipeline: every document gets its
 * language; the English-only steps (OpenNLP, claims) run on the sample only; the German one gets
 * gazetteer actors, and the JSON and the summary say so.
 */
class LanguageInputTest {

    /** Written for this test: a short German wire report. */
    static final String GERMAN = """
            NATO verstärkt Präsenz an der Ostflanke

            Die NATO hat am Donnerstag angekündigt, ihre Truppen in Polen und Litauen zu verstärken. \
            Der Generalsekretär sagte, das Bündnis werde jeden Zentimeter seines Gebiets verteidigen. \
            Russland warnte vor einer weiteren Eskalation, während das Pentagon zusätzliche Einheiten nach Europa verlegt.
            """;

    @Test
    void otherLanguagesGetGazetteerActorsOnlyAndSaySo(@TempDir Path dir) throws Exception {
        Path sample = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
        Path german = dir.resolve("nato-ostflanke.txt");
        Files.writeString(german, GERMAN, StandardCharsets.UTF_8);

        RealPipeline.Run run = RealPipeline.run(sample, german);
        assertEquals(List.of(), run.errors());
        assertEquals(List.of(), run.warnings());
        Map<String, Document> byInput = run.documents().stream().collect(Collectors.toMap(Document::getInput, d -> d));
        Document en = byInput.get(sample.toString());
        Document de = byInput.get(german.toString());
        assertEquals("en", en.getLanguage());
        assertEquals("de", de.getLanguage());

        // The English sample is analysed fully, as without the German document.
        RealPipeline.Run alone = RealPipeline.run(sample);
        assertEquals(alone.corpus().getClaims().size(), claimsOf(run, en), "the sample's claims");
        assertTrue(claimsOf(run, en) >= 10, "the sample's claims: " + claimsOf(run, en));

        // The German one: actors from the gazetteers, no claims.
        assertEquals(0, claimsOf(run, de));
        List<String> actors = Corpora.mentionsIn(run.corpus(), de).stream().map(Mention::getActor)
                .map(a -> a.getName()).distinct().sorted().toList();
        assertTrue(actors.stream().anyMatch(a -> a.contains("NATO") || a.contains("North Atlantic")), "actors found in German: " + actors);
        assertTrue(actors.stream().anyMatch(a -> a.contains("Pentagon") || a.contains("Department of Defense")), "actors found in German: " + actors);

        String note = LanguageCoverage.note(RealPipeline.registry(), de);
        assertNotNull(note);
        assertTrue(note.startsWith("de: steps for any language only (gazetteer actors); not run: "), note);
        assertTrue(note.contains("[en]"), note);
        assertNull(LanguageCoverage.note(RealPipeline.registry(), en));
        String summary = LanguageCoverage.summary(RealPipeline.registry(), run.documents());
        assertTrue(summary.startsWith("1 of 2 document(s) in languages not every step handles (de 1): "), summary);

        JsonObject json = JsonParser.parseString(new String(RealPipeline.export("json", run.corpus()), StandardCharsets.UTF_8)).getAsJsonObject();
        for (JsonElement e : json.getAsJsonArray("documents")) {
            JsonObject d = e.getAsJsonObject();
            if (d.get("input").getAsString().equals(german.toString())) {
                assertEquals("de", d.get("language").getAsString());
                assertEquals(note, d.get("analysis").getAsString());
            } else {
                assertEquals("en", d.get("language").getAsString());
                assertFalse(d.has("analysis"), "the fully analysed sample has no note");
            }
        }
    }

    private static long claimsOf(RealPipeline.Run run, Document d) {
        return run.corpus().getClaims().stream().filter(c -> c.getDocument() == d).count();
    }
}
