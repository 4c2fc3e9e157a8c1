package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code sightline search} on a workspace made by {@code analyze --workspace}, and writers of one workspace taking
 * turns: the exit codes, the formats, the index kept up to date, no lost document.
 */
class SearchRunTest {

    @TempDir
    Path dir;

    @Test
    void searchFindsWhatAnalyzeAddedWithItsExitCodes() throws Exception {
        Path workspace = dir.resolve("study.sightline");
        Products.Result analyzed = Products.analyze("--workspace", workspace.toString(), AnalyzeFormatsTest.SAMPLE.toString());
        assertEquals(0, analyzed.exit(), analyzed.err());
        assertTrue(Files.isDirectory(dir.resolve("study.sightline.index")), "analyze --workspace made the index beside it");

        Products.Result hits = search("--workspace", workspace.toString(), "kind:document", "deterrence");
        assertEquals(0, hits.exit(), hits.err());
        String[] first = hits.out().lines().findFirst().orElseThrow().split("\t");
        assertEquals("document", first[0]);
        assertEquals(first[1], first[2], "a document hit is in itself");
        assertTrue(first[4].toLowerCase().contains("**deter"), first[4]);

        Products.Result json = search("--workspace", workspace.toString(), "--format", "json", "--limit", "2", "kind:claim");
        assertEquals(0, json.exit(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertTrue(o.get("total").getAsInt() > 2, json.out());
        assertEquals(2, o.getAsJsonArray("hits").size());
        assertTrue(o.getAsJsonObject("facets").has("type"));

        Products.Result csv = search("--workspace", workspace.toString(), "--format", "csv", "kind:actor");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("kind,document,id,score,snippet\r\nactor,,"), csv.out());

        Products.Result none = search("--workspace", workspace.toString(), "zyxwvutsrq");
        assertEquals(1, none.exit(), none.err());
        assertEquals("", none.out());

        Products.Result bad = search("--workspace", workspace.toString(), "type:(warning");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("error: bad query: Cannot parse 'type:(warning'"), bad.err());

        Products.Result missing = search("--workspace", dir.resolve("nope.sightline").toString(), "x");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.sightline: no such workspace file"), missing.err());

        // A second analyze adds a document; the index follows.
        Path note = Files.writeString(dir.resolve("note.txt"), "Analysts warned that the zanzibarian navy could test a missile.\n");
        assertEquals(0, Products.analyze("--workspace", workspace.toString(), note.toString()).exit());
        Products.Result added = search("--workspace", workspace.toString(), "zanzibarian");
        assertEquals(0, added.exit(), added.err());
    }

    @Test
    void fourWritersOfOneWorkspaceKeepEveryDocument() throws Exception {
        Path workspace = dir.resolve("shared.sightline");
        List<Process> runs = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (int p = 0; p < 4; p++) {
            List<String> files = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                Path f = Files.writeString(dir.resolve("w" + p + "-" + d + ".txt"), "Officials in region " + p + " said talks " + d + " would resume.\n");
                files.add(f.toString());
                expected.add(f.toString());
            }
            List<String> cmd = new ArrayList<>(List.of(Products.headless().resolve("sightline").toString(), "analyze", "--threads", "1",
                    "--format", "csv", "--out", dir.resolve("out" + p).toString() + "/", "--workspace", workspace.toString()));
            cmd.addAll(files);
            runs.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log" + p).toFile()).start());
        }
        for (int p = 0; p < runs.size(); p++) {
            assertTrue(runs.get(p).waitFor(600, TimeUnit.SECONDS), "run " + p + " ended");
            assertEquals(0, runs.get(p).exitValue(), Files.readString(dir.resolve("log" + p)));
        }
        assertEquals(expected, new HashSet<>(Workspaces.documentInputs(workspace)), "all 16 documents of the 4 runs are kept");
    }

    private static Products.Result search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return Products.run(Products.headless(), java.util.Map.of(), all.toArray(String[]::new));
    }
}
