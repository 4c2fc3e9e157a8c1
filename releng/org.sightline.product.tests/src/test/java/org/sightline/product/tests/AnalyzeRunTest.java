package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.testing.SharedFiles;

import com.google.gson.JsonParser;

/**
 * How {@code sightline analyze} runs: the same inputs give the same bytes whatever the number of threads, progress on
 * standard error (a bar on a terminal, lines otherwise), the workspace option, the list of contributions.
 */
class AnalyzeRunTest {

    @TempDir
    Path dir;

    /** A small mixed corpus from the test data: the sample, attribution press releases, pages of press releases. */
    private Path mixedFolder(int texts, int pages) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(AnalyzeFormatsTest.SAMPLE, folder.resolve("sample.txt"));
        try (var list = Files.list(SharedFiles.resolve("data/attribution-dev"))) {
            for (Path p : list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(texts).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        Path html = Files.createDirectories(folder.resolve("pages"));
        try (var list = Files.list(SharedFiles.resolve("data/pages")).filter(p -> p.toString().endsWith(".html.gz"))) {
            for (Path p : list.sorted().limit(pages).toList()) {
                Files.copy(p, html.resolve(p.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void theSameInputsGiveTheSameBytesOnOneThreadAndOnMany() throws Exception {
        Path folder = mixedFolder(6, 4);
        Products.Result first = Products.analyze("--threads", "4", folder.toString(), AnalyzeFormatsTest.SAMPLE.toString());
        assertEquals(0, first.exit(), first.err());
        Products.Result second = Products.analyze("--threads", "4", folder.toString(), AnalyzeFormatsTest.SAMPLE.toString());
        Products.Result single = Products.analyze("--threads", "1", folder.toString(), AnalyzeFormatsTest.SAMPLE.toString());
        assertArrayEquals(first.stdout(), second.stdout(), "two runs, identical bytes");
        assertArrayEquals(first.stdout(), single.stdout(), "one thread or four, identical bytes");
        int documents = JsonParser.parseString(first.out()).getAsJsonObject().getAsJsonArray("documents").size();
        assertEquals(1 + 6 + 4 + 1, documents, "the folder's 11 documents and the sample again");

        Products.Result report = Products.analyze("--format", "html", folder.toString());
        Products.Result reportAgain = Products.analyze("--format", "html", "--threads", "1", folder.toString());
        assertArrayEquals(report.stdout(), reportAgain.stdout(), "the HTML report too");
    }

    @Test
    void progressIsAFewLinesWhenStandardErrorIsNotATerminal() throws Exception {
        Path folder = mixedFolder(10, 0);
        Products.Result r = Products.analyze(folder.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> progress = r.err().lines().filter(l -> l.startsWith("progress: ")).toList();
        assertFalse(progress.isEmpty(), r.err());
        assertTrue(progress.size() <= 10, "at most one line per tenth: " + progress);
        assertTrue(progress.get(progress.size() - 1).startsWith("progress: 11/11 inputs (100%)"), progress.toString());
        assertFalse(r.err().contains("\r"), "no carriage returns in a log");
    }

    @Test
    void progressIsABarOnATerminal() throws Exception {
        Path script = Path.of("/usr/bin/script");
        if (!Files.isExecutable(script)) {
            System.out.println("AnalyzeRunTest.progressIsABarOnATerminal skipped: no /usr/bin/script (util-linux) to give the command a terminal");
        }
        Assumptions.assumeTrue(Files.isExecutable(script), "no /usr/bin/script (util-linux) to give the command a terminal");
        Path folder = mixedFolder(3, 0);
        Path out = dir.resolve("out.json");
        // script(1) runs the command on a pseudo-terminal: standard error is a terminal, standard output goes to a file.
        String command = "'" + Products.workbench().resolve("sightline") + "' analyze '" + folder + "' > '" + out + "'";
        Products.Result r = Products.exec(List.of(script.toString(), "-qec", command, "/dev/null"), Products.noDisplay());
        assertEquals(0, r.exit(), r.out() + r.err());
        String terminal = r.out();
        assertTrue(terminal.contains("\r[##############################] 4/4 inputs"), "a full bar redrawn in place: " + terminal);
        assertFalse(terminal.contains("progress: "), terminal);
        assertEquals(4, JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonArray("documents").size());
    }

    @Test
    void workspaceSavesTheCorpusAndAddsToAnExistingOne() throws Exception {
        Path workspace = dir.resolve("study.sightline");
        Path note = Files.writeString(dir.resolve("note.txt"), "Analysts warned that North Korea could test a missile.\n");
        Products.Result first = Products.analyze("--workspace", workspace.toString(), AnalyzeFormatsTest.SAMPLE.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of(AnalyzeFormatsTest.SAMPLE.toString()), workspaceInputs(workspace));
        Products.Result second = Products.analyze("--workspace", workspace.toString(), "--format", "md", note.toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals(List.of(AnalyzeFormatsTest.SAMPLE.toString(), note.toString()), workspaceInputs(workspace));
        assertTrue(second.out().startsWith("# "), "the export still goes to standard output");
    }

    /** The inputs of the documents in a saved workspace, read with the product's model bundle. */
    private static List<String> workspaceInputs(Path workspace) throws Exception {
        return Workspaces.documentInputs(workspace);
    }

    @Test
    void listExtensionsNamesEveryBuiltInContribution() throws Exception {
        Products.Result r = Products.analyze("--list-extensions");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        for (String expected : List.of("importer\torg.sightline.importer.html\torg.sightline.importer.html\t",
                "importer\torg.sightline.importer.text\torg.sightline.importer.text\t",
                "importer\torg.sightline.importer.feed\torg.sightline.importer.feed\t",
                "exporter\torg.sightline.export.json\torg.sightline.export\t", "exporter\torg.sightline.export.csv\torg.sightline.export\t",
                "exporter\torg.sightline.export.graphml\torg.sightline.export\t", "exporter\torg.sightline.export.md\torg.sightline.export\t",
                "exporter\torg.sightline.export.html\torg.sightline.export\t")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)), expected + " in\n" + r.out());
        }
        for (String kind : List.of("extractor", "gazetteer", "analysis", "view")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(kind + "\t")), kind + " in\n" + r.out());
        }
    }
}
