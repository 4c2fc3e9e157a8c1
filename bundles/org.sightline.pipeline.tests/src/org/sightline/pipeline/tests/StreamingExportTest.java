package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.core.api.StreamingExporter;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.io.Corpora;
import org.sightline.testing.SharedFiles;
import org.sightline.testing.WireCopies;

/**
 * The JSON written document by document while the pipeline runs (what {@code sightline analyze} does
 * without a workspace) is byte for byte the JSON of the whole corpus after the run, near-duplicate
 * marks included, and the run lets go of what it wrote.
 */
class StreamingExportTest {

    @Test
    void theStreamedJsonIsTheJsonOfTheWholeRunAndTheTextsAreLetGo(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inputs"));
        String sample = SharedFiles.text(SharedFiles.SAMPLE_ARTICLE);
        Files.writeString(folder.resolve("01-sample.txt"), sample, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("02-seoul-report.txt"), WireCopies.OTHER_REPORT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("03-outlet-copy.txt"), WireCopies.syndicated(sample), StandardCharsets.UTF_8);
        // Real press releases and news pages, so that actors recur across documents and merge.
        try (Stream<Path> files = Stream.concat(Files.list(SharedFiles.resolve("data/attribution-dev")).filter(f -> f.toString().endsWith(".txt")),
                Files.list(SharedFiles.resolve("data/pages")).filter(f -> f.toString().endsWith(".html.gz")))) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, folder.resolve("04-" + f.getFileName()));
            }
        }

        RealPipeline.Run whole = RealPipeline.run(folder);
        assertEquals(List.of(), whole.errors());
        String expected = new String(RealPipeline.export("json", whole.corpus()), StandardCharsets.UTF_8);
        assertTrue(whole.documents().size() > 20, "documents: " + whole.documents().size());
        assertTrue(whole.documents().stream().anyMatch(d -> d.getDuplicateOf() != null), "the outlet's copy is marked");

        SightlineRegistry registry = RealPipeline.registry();
        StreamingExporter json = (StreamingExporter) registry.exporter("json").orElseThrow().create();
        Corpus corpus = Corpora.create("streamed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamingExporter.Result result;
        try (ExportTarget target = ExportTarget.stream(out); StreamingExporter.Stream stream = json.open(target, registry)) {
            result = StreamingExporter.run(RealPipeline.pipeline(registry, 2), List.of(folder.toString()), corpus, stream, PipelineListener.NONE);
            target.commit();
        }

        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertEquals(whole.corpus().getClaims().size(), result.claims());
        assertEquals(whole.documents().size(), result.run().documents().size());
        // What was written is let go of: no texts, no structure, no claims; the actors stay for the end.
        assertEquals(0, corpus.getClaims().size());
        for (Document d : corpus.getDocuments()) {
            assertNull(d.getText(), d.getInput());
            assertEquals(0, d.getStructure().size(), d.getInput());
        }
        assertEquals(whole.corpus().getActors().size(), corpus.getActors().size());
    }
}
