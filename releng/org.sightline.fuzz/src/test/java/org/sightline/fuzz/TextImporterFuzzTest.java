package org.sightline.fuzz;

import org.sightline.importer.text.internal.TextImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The plain-text importer (title, headings, lists) on arbitrary bytes. */
class TextImporterFuzzTest {

    private final TextImporter importer = new TextImporter();

    @FuzzTest(maxDuration = "10s")
    void importText(byte[] text) {
        FuzzChecks.importWith(importer, "fuzz.txt", text);
    }
}
