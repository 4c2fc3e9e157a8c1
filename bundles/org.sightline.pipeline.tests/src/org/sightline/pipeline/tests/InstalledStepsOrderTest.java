package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ExtractorNeeds;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;

/** The installed extractors declare what they need and give (plugin.xml), and their order meets every need. */
class InstalledStepsOrderTest {

    @Test
    void theInstalledStepsNeedOnlyWhatEarlierStepsProvide() {
        SightlineRegistry registry = RealPipeline.registry();
        assertEquals(List.of(), ExtractorNeeds.problems(registry));
        Registered<?> claims = registry.extractors().stream().filter(r -> r.id().equals("org.sightline.extract.claims")).findFirst().orElseThrow();
        assertEquals(List.of("tokens", "tags", "parse", "actors"), ExtractorNeeds.declared(claims, ExtractorNeeds.REQUIRES));
    }

    @Test
    void withoutTheOpenNlpStepTheClaimsStepIsReportedOnceBeforeAnythingRuns() {
        SightlineRegistry all = RealPipeline.registry();
        SightlineRegistry.Builder b = SightlineRegistry.builder();
        for (Registered<?> r : all.extractors()) {
            if (!r.id().equals("org.sightline.nlp")) {
                b.extractor(r.id(), r.contribution().bundle(), r.contribution().name(), r.attributes(), () -> {
                    throw new AssertionError("nothing is created when the order is wrong");
                });
            }
        }
        SightlineRegistry withoutNlp = b.build();
        List<String> problems = ExtractorNeeds.problems(withoutNlp);
        // The language-neutral step still gives tokens for any language, so actors are fine; tags and parse are gone.
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Attributed claims (source, cue, content, type, modality) (org.sightline.extract.claims, order 300) needs tags"),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("which no installed step provides"), problems.get(0));
        assertTrue(problems.get(1).contains("needs parse, which no installed step provides"), problems.get(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(withoutNlp, List.of()));
        assertTrue(e.getMessage().startsWith("the extractors cannot run in this order: "), e.getMessage());
    }
}
