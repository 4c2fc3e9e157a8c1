package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real product's {@code sightline export --workspace} on a saved workspace (issue 19): {@code analyze --workspace}
 * makes it, the analyst's hypotheses and ratings are added and saved as the workbench saves them, and each export
 * format carries the ACH matrix: a section of the Markdown and HTML reports, ach.csv beside the CSV of claims.
 */
class ExportRunTest {

    @TempDir
    Path dir;

    @Test
    void exportOfASavedWorkspaceCarriesTheAchMatrixInEveryReportAndTheCsv() throws Exception {
        Path workspace = dir.resolve("study.sightline");
        Products.Result analyzed = Products.analyze("--workspace", workspace.toString(), AnalyzeFormatsTest.SAMPLE.toString());
        assertEquals(0, analyzed.exit(), analyzed.err());
        List<String> claims = Workspaces.addHypotheses(workspace, List.of("Deterrence holds", "Alliance weakens"),
                List.of(List.of("CC", "I"), List.of("I", "C")));
        assertEquals(2, claims.size(), "two claims rated");

        Path md = dir.resolve("report.md");
        Products.Result r = export(workspace, "md", md.toString());
        assertEquals(0, r.exit(), r.err());
        String report = Files.readString(md, StandardCharsets.UTF_8);
        int at = report.indexOf("\n## Analysis of competing hypotheses\n");
        assertTrue(at > 0, report);
        String ach = report.substring(at);
        assertTrue(ach.contains("| Evidence | Deterrence holds | Alliance weakens |\n"), ach);
        assertTrue(ach.contains("(" + claims.get(0) + ") | CC | I |\n"), ach);
        assertTrue(ach.contains("(" + claims.get(1) + ") | I | C |\n"), ach);
        assertTrue(ach.contains("- rank 1: Deterrence holds (inconsistency 1, consistency 2)\n- rank 1: Alliance weakens (inconsistency 1, consistency 1)\n"),
                "a tie shares rank 1: " + ach);

        Path html = dir.resolve("report.html");
        r = export(workspace, "html", html.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<table class=\"ach-matrix\">"), page);
        assertTrue(page.contains("data-claim=\"" + claims.get(1) + "\""), page);

        Path folder = dir.resolve("csv");
        r = export(workspace, "csv", folder + "/");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(folder.resolve("ach.csv"), StandardCharsets.UTF_8))).getRecords();
        assertEquals(4, rows.size(), "two claims times two hypotheses");
        assertEquals(List.of("CC", "I", "I", "C"), rows.stream().map(x -> x.get("consistency")).toList());
        assertEquals(List.of("Deterrence holds", "Alliance weakens", "Deterrence holds", "Alliance weakens"),
                rows.stream().map(x -> x.get("hypothesisLabel")).toList());
        assertTrue(Files.exists(folder.resolve("claims.csv")));

        Path plain = dir.resolve("plain.sightline");
        assertEquals(0, Products.analyze("--workspace", plain.toString(), AnalyzeFormatsTest.SAMPLE.toString()).exit());
        Path none = dir.resolve("none.md");
        assertEquals(0, export(plain, "md", none.toString()).exit());
        assertFalse(Files.readString(none, StandardCharsets.UTF_8).contains("competing hypotheses"), "no hypotheses, no section");
    }

    private static Products.Result export(Path workspace, String format, String out) throws Exception {
        return Products.run(Products.headless(), Map.of(), "export", "--workspace", workspace.toString(), "--format", format, "--out", out);
    }
}
