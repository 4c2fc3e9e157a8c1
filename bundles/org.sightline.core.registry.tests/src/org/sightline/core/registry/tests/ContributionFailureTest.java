package org.sightline.core.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.registry.api.ExtensionRegistryReader;
import org.sightline.core.registry.tests.dynamic.PentagonMentions;
import org.sightline.model.Actor;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.Corpora;
import org.sightline.testing.SharedFiles;

/**
 * Broken contributions, as a third party's plugin.xml brings them in: each is reported naming the
 * contribution and the input, skipped for that document, and the rest of the pipeline goes on.
 */
class ContributionFailureTest {

    private static final String BROKEN = "org.sightline.core.registry.tests.BrokenContributions$";
    private static final String DYNAMIC = "org.sightline.core.registry.tests.dynamic.";

    private final PrivateRegistry registry = new PrivateRegistry();

    @BeforeEach
    void hold() {
        BrokenContributions.release = false;
    }

    @AfterEach
    void close() {
        BrokenContributions.release = true;
        registry.close();
    }

    /** What the listener heard: "id: reason" per contribution failure, "input: reason" per failed input. */
    private static final class Heard implements PipelineListener {
        final List<String> contributions = new ArrayList<>();
        final List<String> inputs = new ArrayList<>();

        @Override
        public void contributionFailed(Contribution c, String input, String reason, Throwable error) {
            contributions.add(c.kind().label() + " " + c.id() + " on " + input + ": " + reason);
        }

        @Override
        public void inputFailed(String input, String reason) {
            inputs.add(input + ": " + reason);
        }
    }

    private RunResult run(Duration timeout, Heard heard, Corpus corpus, String... inputs) {
        Pipeline pipeline = new Pipeline(ExtensionRegistryReader.read(registry.registry), List.of(new FileSources())).threads(2).timeout(timeout);
        return pipeline.run(List.of(inputs), corpus, heard);
    }

    @Test
    void brokenImportersAndExtractorsAreReportedAndTheSampleIsStillAnalysed() {
        registry.contribute("com.example.good", """
                <plugin>
                  <extension point="org.sightline.core.importers">
                    <importer id="good.utf8" name="UTF-8" class="%1$sUtf8Importer"/>
                  </extension>
                  <extension point="org.sightline.core.extractors">
                    <extractor id="good.pentagon" name="Pentagon" class="%1$sPentagonMentions" order="300"/>
                  </extension>
                </plugin>""".formatted(DYNAMIC));
        registry.contribute("com.example.broken", """
                <plugin>
                  <extension point="org.sightline.core.importers">
                    <importer id="broken.score" name="Throws in score" class="%1$sThrowingScore" priority="9"/>
                    <importer id="broken.read" name="Throws in read" class="%1$sThrowingRead"/>
                    <importer id="broken.missing" name="Class missing" class="com.example.Missing"/>
                  </extension>
                  <extension point="org.sightline.core.extractors">
                    <extractor id="broken.extract" name="Throws" class="%1$sThrowingExtractor" order="200"/>
                    <extractor id="broken.missing.extractor" name="Class missing" class="com.example.Missing" order="100"/>
                  </extension>
                </plugin>""".formatted(BROKEN));
        String sample = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE).toString();
        Heard heard = new Heard();
        Corpus corpus = Corpora.create("test");

        RunResult result = run(Pipeline.DEFAULT_TIMEOUT, heard, corpus, sample);

        assertTrue(result.allSucceeded(), heard.inputs.toString());
        Document d = corpus.getDocuments().get(0);
        assertEquals("good.utf8", d.getImporterId(), "the importer that works read the sample");
        assertEquals(SharedFiles.text(SharedFiles.SAMPLE_ARTICLE), d.getText());
        Actor pentagon = corpus.getActors().stream().filter(a -> a.getName().equals(PentagonMentions.NAME)).findFirst().orElseThrow();
        assertTrue(pentagon.getMentions().size() >= 2, "the extractor after the broken one ran: " + pentagon.getMentions().size());

        List<String> expected = List.of(
                "importer broken.score on " + sample + ": failed: an internal error (IllegalStateException: score exploded on " + sample + ")",
                "importer broken.missing on " + sample + ": failed: an internal error (IllegalStateException: contribution broken.missing of com.example.broken cannot be created: ",
                "importer broken.read on " + sample + ": failed: an internal error (IllegalStateException: read exploded on " + sample + ")",
                "extractor broken.missing.extractor on " + sample + ": cannot be created: an internal error (IllegalStateException: contribution broken.missing.extractor of com.example.broken cannot be created: ",
                "extractor broken.extract on " + sample + ": failed: an internal error (IllegalStateException: extract exploded on " + sample + ")");
        assertEquals(expected.size(), heard.contributions.size(), String.join("\n", heard.contributions));
        for (String e : expected) {
            assertTrue(heard.contributions.stream().anyMatch(h -> h.startsWith(e)), "expected a report starting with\n" + e + "\nheard:\n" + String.join("\n", heard.contributions));
        }
        assertEquals(expected.size(), result.contributionFailures().size());
    }

    @Test
    void anImporterThatHangsIsStoppedAtTheLimitAndTheNextBestReadsTheSource() {
        registry.contribute("com.example", """
                <plugin>
                  <extension point="org.sightline.core.importers">
                    <importer id="good.utf8" name="UTF-8" class="%1$sUtf8Importer"/>
                    <importer id="broken.hang" name="Hangs" class="%2$sHangingRead"/>
                  </extension>
                </plugin>""".formatted(DYNAMIC, BROKEN));
        String sample = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE).toString();
        Heard heard = new Heard();
        Corpus corpus = Corpora.create("test");

        long start = System.nanoTime();
        RunResult result = run(Duration.ofSeconds(2), heard, corpus, sample);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(result.allSucceeded(), heard.inputs.toString());
        assertEquals("good.utf8", corpus.getDocuments().get(0).getImporterId());
        assertEquals(List.of("importer broken.hang on " + sample + ": took longer than 2.0 s and was stopped"), heard.contributions);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "the run ends, it does not wait for the hung importer: " + took);
    }

    @Test
    void anImportErrorIsTheInputsFailureNotTheImporters() {
        registry.contribute("com.example", """
                <plugin>
                  <extension point="org.sightline.core.importers">
                    <importer id="good.utf8" name="UTF-8" class="%1$sUtf8Importer"/>
                  </extension>
                </plugin>""".formatted(DYNAMIC));
        Heard heard = new Heard();
        Corpus corpus = Corpora.create("test");
        String sample = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE).toString();
        String missing = sample + ".missing";

        RunResult result = run(Pipeline.DEFAULT_TIMEOUT, heard, corpus, missing, sample);

        assertEquals(List.of(missing + ": no such file or folder"), heard.inputs);
        assertEquals(List.of(), heard.contributions);
        assertEquals(1, corpus.getDocuments().size(), "the other input still went in");
        assertEquals(1, result.failures().size());
    }
}
