package org.sightline.fuzz;

import org.sightline.importer.html.internal.HtmlImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The HTML article importer (Jsoup, block segmentation, metadata, JSON-LD) on arbitrary bytes. */
class HtmlImporterFuzzTest {

    private final HtmlImporter importer = new HtmlImporter();

    @FuzzTest(maxDuration = "10s")
    void importHtml(byte[] page) {
        FuzzChecks.importWith(importer, "fuzz.html", page);
    }
}
