package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Document;
import org.sightline.testing.SharedFiles;
import org.sightline.testing.WireCopies;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** A batch run over the sample, an outlet's copy of it and another report: the copy is marked, in the model and in the JSON. */
class NearDuplicateInputTest {

    @Test
    void aSyndicatedCopyIsMarkedInABatchRun(@TempDir Path dir) throws Exception {
        Path sample = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
        String text = SharedFiles.text(SharedFiles.SAMPLE_ARTICLE);
        Path copy = Files.writeString(dir.resolve("outlet-copy.txt"), WireCopies.syndicated(text), StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve("seoul-report.txt"), WireCopies.OTHER_REPORT, StandardCharsets.UTF_8);

        RealPipeline.Run run = RealPipeline.run(sample, other, copy);
        assertEquals(List.of(), run.errors());
        List<Document> docs = run.documents();
        assertEquals(3, docs.size());
        assertNull(docs.get(0).getDuplicateOf());
        assertNull(docs.get(1).getDuplicateOf());
        assertSame(docs.get(0), docs.get(2).getDuplicateOf());
        assertTrue(run.corpus().getClaims().stream().anyMatch(c -> c.getDocument() == docs.get(2)), "the copy keeps its own claims");

        JsonArray json = JsonParser.parseString(new String(RealPipeline.export("json", run.corpus()), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonArray("documents");
        assertEquals("d1", json.get(2).getAsJsonObject().get("duplicateOf").getAsString());
        assertTrue(json.get(1).getAsJsonObject().get("duplicateOf").isJsonNull());
    }
}
