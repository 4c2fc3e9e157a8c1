package org.sightline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ExtractorNeeds;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;

/** Extractors' requires/provides: the order is checked once, when the pipeline is built. */
class ExtractorNeedsTest {

    private static final String B = "org.sightline.core.tests";

    private static SightlineRegistry.Builder words(String languages) {
        return SightlineRegistry.builder().importer("test.text", B, "Text", Map.of(), TestContributions.TextImporter::new)
                .extractor("test.words", B, "Words", Map.of("order", "100", "languages", languages, "provides", "sentences, Tokens"), () -> c -> {
                });
    }

    private static Map<String, String> actors(String order) {
        return Map.of("order", order, "requires", "tokens", "provides", "actors");
    }

    private static Map<String, String> claims(String order) {
        return Map.of("order", order, "requires", "tokens,actors", "provides", "claims", "languages", "en");
    }

    @Test
    void stepsInTheirOrderHaveNoProblemAndTheRunGoesOn() {
        SightlineRegistry r = words("*").extractor("test.actors", B, "Actors", actors("200"), TestContributions.WordActors::new)
                .extractor("test.claims", B, "Claims", claims("300"), TestContributions.SaidClaims::new).build();
        assertEquals(List.of(), ExtractorNeeds.problems(r));
        Corpus corpus = Corpora.create("t");
        new Pipeline(r, List.of(TestContributions.memory(Map.of("a.txt", "US said that all is well.\n")))).threads(1).run(List.of("a.txt"), corpus, null);
        assertEquals(1, corpus.getClaims().size());
    }

    @Test
    void aStepBeforeTheOneItNeedsIsReportedWithTheOrderThatWorks() {
        SightlineRegistry r = words("*").extractor("test.actors", B, "Actors", actors("200"), TestContributions.WordActors::new)
                .extractor("test.claims", B, "Claims", claims("150"), TestContributions.SaidClaims::new).build();
        String expected = "Claims (test.claims, order 150) needs actors, which Actors (test.actors, order 200) provides only after it: "
                + "give test.claims an order above 200";
        assertEquals(List.of(expected), ExtractorNeeds.problems(r));
        // Checked once, when the pipeline is built: nothing runs, no extractor fails on every document.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(r, List.of()));
        assertEquals("the extractors cannot run in this order: " + expected, e.getMessage());
    }

    @Test
    void aNeedNoStepProvidesIsReported() {
        SightlineRegistry r = words("*").extractor("test.claims", B, "Claims", claims("300"), TestContributions.SaidClaims::new).build();
        assertEquals(List.of("Claims (test.claims, order 300) needs actors, which no installed step provides"), ExtractorNeeds.problems(r));
    }

    @Test
    void aStepForAnyLanguageNeedsAProviderForAnyLanguage() {
        // Tokens only for English: actors (any language) would fail on a German document.
        SightlineRegistry english = words("en").extractor("test.actors", B, "Actors", actors("200"), TestContributions.WordActors::new).build();
        assertEquals(List.of("Actors (test.actors, order 200) needs tokens for its languages (*), but the earlier test.words provides it only for en"),
                ExtractorNeeds.problems(english));
        // An English-only step is served by an English-only provider (en-GB counts as en).
        SightlineRegistry claimsOnly = words("en-GB").extractor("test.actors", B, "Actors", Map.of("order", "200", "requires", "tokens",
                "provides", "actors", "languages", "en"), TestContributions.WordActors::new)
                .extractor("test.claims", B, "Claims", claims("300"), TestContributions.SaidClaims::new).build();
        assertEquals(List.of(), ExtractorNeeds.problems(claimsOnly));
    }

    @Test
    void undeclaredStepsAreNotJudged() {
        assertEquals(List.of(), ExtractorNeeds.problems(TestContributions.standard().build()));
        assertEquals(List.of("sentences", "tokens"), ExtractorNeeds.declared(words("*").build().extractors().get(0), ExtractorNeeds.PROVIDES));
    }
}
