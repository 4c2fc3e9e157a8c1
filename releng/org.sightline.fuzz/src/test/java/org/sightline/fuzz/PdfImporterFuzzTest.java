package org.sightline.fuzz;

import org.sightline.importer.pdf.internal.PdfImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The PDF importer (PDFBox 3 text layer, reading order, furniture, notes) on arbitrary bytes. */
class PdfImporterFuzzTest {

    private final PdfImporter importer = new PdfImporter();

    @FuzzTest(maxDuration = "10s")
    void importPdf(byte[] bytes) {
        FuzzChecks.importWith(importer, "fuzz.pdf", bytes);
    }
}
