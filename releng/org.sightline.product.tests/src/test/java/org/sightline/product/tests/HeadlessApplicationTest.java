package org.sightline.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The materialized products' headless application, started through the product's own script. */
class HeadlessApplicationTest {

    @Test
    void versionPrintsTheBuildVersionWithoutADisplay() throws Exception {
        Products.Result r = Products.run(Products.workbench(), Products.noDisplay(), "analyze", "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("sightline 0\\.1\\.0\\.\\d{12}\\R"), "version line: " + r.out());
    }

    @Test
    void helpDescribesTheCommandContract() throws Exception {
        Products.Result r = Products.run(Products.workbench(), Products.noDisplay(), "analyze", "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage: sightline analyze [--format json|csv|graphml|md|html] [--out FILE] INPUT..."), r.out());
        assertTrue(r.out().contains("Exit status: 0"), r.out());
    }

    @Test
    void listExtensionsPrintsTabSeparatedContributionsIncludingTheDocumentView() throws Exception {
        Products.Result r = Products.run(Products.workbench(), Products.noDisplay(), "analyze", "--list-extensions");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("view\torg.sightline.ui.views.document\torg.sightline.ui\tDocument"), r.out());
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertEquals(4, f.length, "four tab-separated fields: " + line);
            assertTrue(List.of("importer", "extractor", "gazetteer", "analysis", "exporter", "view").contains(f[0]), line);
        }
    }

    @Test
    void theOverviewListsTheCommandsAndAnUnknownCommandIsAUsageError() throws Exception {
        Products.Result help = Products.run(Products.headless(), Products.noDisplay(), "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: sightline "), help.out());
        assertTrue(help.out().lines().anyMatch(l -> l.startsWith("  analyze  ")), help.out());
        Products.Result unknown = Products.run(Products.headless(), Products.noDisplay(), "analyse", "x.txt");
        assertEquals(2, unknown.exit(), unknown.err());
        assertEquals(0, unknown.stdout().length);
        assertTrue(unknown.err().startsWith("sightline: unknown command 'analyse'; the commands are: analyze"), unknown.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Products.Result r = Products.run(Products.workbench(), Products.noDisplay(), "analyze", "--no-such-option");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void theWorkbenchWithoutADisplaySaysSoInOneLineAndPointsToAnalyze() throws Exception {
        Products.Result r = Products.run(Products.workbench(), Products.noDisplay());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("no display") && r.err().contains("analyze"), r.err());
    }

    @Test
    void theHeadlessProductHasNoSwtOrUiBundleAndRuns() throws Exception {
        Path headless = Products.headless();
        try (Stream<Path> plugins = Files.list(headless.resolve("plugins"))) {
            List<String> ui = plugins.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("org.eclipse.swt") || n.startsWith("org.eclipse.jface") || n.startsWith("org.eclipse.ui")
                            || n.startsWith("org.eclipse.e4.ui") || n.startsWith("org.sightline.ui"))
                    .toList();
            assertEquals(List.of(), ui, "the headless core feature pulls in no UI bundle");
        }
        Products.Result r = Products.run(headless, Products.noDisplay(), "analyze", "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("sightline 0.1.0."), r.out());
    }

    @Test
    void theProductShipsTheSampleArticleInsideTheCoreBundle() throws IOException {
        try (Stream<Path> plugins = Files.list(Products.workbench().resolve("plugins"))) {
            assertTrue(plugins.anyMatch(p -> p.getFileName().toString().startsWith("org.sightline.core_")), "core bundle installed");
        }
    }
}
