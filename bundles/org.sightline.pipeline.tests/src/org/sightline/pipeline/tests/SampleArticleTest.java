package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.Contribution;
import org.sightline.core.api.ContributionKind;
import org.sightline.testing.SharedFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sample article through the pipeline assembled from the extension registry, exported by the registered JSON
 * exporter and read back with Gson: every span in the "sightline/1" JSON points at the same bytes of the file.
 */
class SampleArticleTest {

    private static final Path SAMPLE = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);

    @Test
    void theRegistryHoldsTheBuiltInContributions() {
        List<Contribution> all = RealPipeline.registry().contributions();
        Set<String> ids = new HashSet<>();
        all.forEach(c -> ids.add(c.kind().label() + " " + c.id()));
        for (String expected : List.of("importer org.sightline.importer.html", "importer org.sightline.importer.text",
                "importer org.sightline.importer.feed", "exporter org.sightline.export.json", "exporter org.sightline.export.csv",
                "exporter org.sightline.export.graphml", "exporter org.sightline.export.md", "exporter org.sightline.export.html")) {
            assertTrue(ids.contains(expected), expected + " in " + ids);
        }
        assertTrue(all.stream().filter(c -> c.kind() == ContributionKind.EXTRACTOR).count() >= 3, "NLP, actor and claim extractors: " + ids);
        assertTrue(all.stream().anyMatch(c -> c.kind() == ContributionKind.GAZETTEER), "a gazetteer: " + ids);
    }

    @Test
    void jsonSpansLineUpWithTheBytesOfTheFile() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLE);
        RealPipeline.Run run = RealPipeline.run(SAMPLE);
        assertEquals(List.of(), run.errors());
        assertEquals(List.of(), run.warnings());

        JsonObject json = JsonParser.parseString(new String(RealPipeline.export("json", run.corpus()), StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("sightline/1", json.get("schema").getAsString());
        JsonArray documents = json.getAsJsonArray("documents");
        assertEquals(1, documents.size());
        JsonObject doc = documents.get(0).getAsJsonObject();
        assertEquals(SAMPLE.toString(), doc.get("input").getAsString());
        String text = doc.get("text").getAsString();
        // Plain text: the document text is the file itself (the sample has no BOM), so offsets are file offsets.
        assertArrayEquals(file, text.getBytes(StandardCharsets.UTF_8));
        assertTrue(text.chars().anyMatch(c -> c > 0x7f), "the sample has non-ASCII characters, so UTF-16 and byte offsets differ");

        int mentions = 0;
        for (JsonElement a : json.getAsJsonArray("actors")) {
            for (JsonElement m : a.getAsJsonObject().getAsJsonArray("mentions")) {
                JsonObject mention = m.getAsJsonObject();
                assertEquals("d1", mention.get("doc").getAsString());
                assertEquals(mention.get("text").getAsString(), fileSlice(file, text, mention.get("begin").getAsInt(), mention.get("end").getAsInt()),
                        "mention " + mention);
                mentions++;
            }
        }
        JsonArray claims = json.getAsJsonArray("claims");
        for (JsonElement c : claims) {
            JsonObject claim = c.getAsJsonObject();
            assertSpan(file, text, claim, "cue", "cueSpan");
            // a discontinuous content: the content span's text, then each further piece's, joined with " … "
            StringBuilder content = new StringBuilder(slice(file, text, claim.getAsJsonArray("contentSpan")));
            for (JsonElement part : claim.getAsJsonArray("contentParts")) {
                content.append(" \u2026 ").append(slice(file, text, part.getAsJsonArray()));
            }
            assertEquals(claim.get("content").getAsString(), content.toString(), claim.get("id").getAsString() + " content");
            assertTrue(claim.get("rule").getAsString().matches("[a-z-]+"), "rule id " + claim.get("rule"));
            if (!claim.get("sourceSpan").isJsonNull()) {
                assertSpan(file, text, claim, "sourceText", "sourceSpan");
            }
        }
        // The sample's known content: US commitments, South Korea's ministry, analysts' warnings (design.md).
        assertTrue(mentions >= 40, "actor mentions: " + mentions);
        assertTrue(claims.size() >= 15, "claims: " + claims.size());
        Set<String> types = new HashSet<>();
        claims.forEach(c -> types.add(c.getAsJsonObject().get("type").getAsString()));
        assertTrue(types.containsAll(List.of("COMMITMENT", "WARNING", "PREDICTION")), "claim types " + types);
        assertFalse(json.getAsJsonArray("actors").isEmpty());
    }

    private static void assertSpan(byte[] file, String text, JsonObject claim, String field, String spanField) {
        JsonArray span = claim.getAsJsonArray(spanField);
        assertEquals(claim.get(field).getAsString(), fileSlice(file, text, span.get(0).getAsInt(), span.get(1).getAsInt()),
                claim.get("id").getAsString() + " " + spanField);
    }

    private static String slice(byte[] file, String text, JsonArray span) {
        return fileSlice(file, text, span.get(0).getAsInt(), span.get(1).getAsInt());
    }

    /** The file bytes between two UTF-16 offsets of {@code text}, decoded: what a reader of the file sees there. */
    private static String fileSlice(byte[] file, String text, int begin, int end) {
        assertTrue(0 <= begin && begin < end && end <= text.length(), "span [" + begin + ", " + end + ") inside the text");
        int from = text.substring(0, begin).getBytes(StandardCharsets.UTF_8).length;
        int to = from + text.substring(begin, end).getBytes(StandardCharsets.UTF_8).length;
        return new String(file, from, to - from, StandardCharsets.UTF_8);
    }
}
