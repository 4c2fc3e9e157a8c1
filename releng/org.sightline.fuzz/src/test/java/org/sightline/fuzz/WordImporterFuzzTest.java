package org.sightline.fuzz;

import org.sightline.importer.word.internal.WordImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The Word and OpenDocument importer (bounded zip, hardened StAX) on arbitrary bytes. */
class WordImporterFuzzTest {

    private final WordImporter importer = new WordImporter();

    @FuzzTest(maxDuration = "10s")
    void importWord(byte[] bytes) {
        FuzzChecks.importWith(importer, "fuzz.docx", bytes);
    }
}
