package org.sightline.importer.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.SightlineInfo;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.pdf.api.PdfTextImporter;
import org.sightline.testing.TestDocuments;

/** PDFs made from public-domain texts in several layouts, a real PDF, and broken ones (see TestDocuments). */
class PdfTextImporterTest {

    private final PdfTextImporter importer = new PdfTextImporter();

    /** The sample's lines, as the plain-text importer reads them: one per paragraph, heading or item. */
    static List<String> sampleLines() {
        return Arrays.stream(SightlineInfo.sampleText().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> lines(ImportedText t) {
        return Arrays.stream(t.text().split("\n")).toList();
    }

    @Test
    void sampleWithRunningHeaderAndPageNumbersReadsAsTheTextFile() throws ImportException {
        ImportedText t = importer.importPdf(TestDocuments.bytes(TestDocuments.SAMPLE_PDF), "sample.pdf");
        assertEquals(sampleLines(), lines(t), t.text());
        assertFalse(t.text().contains("Defense Policy Review"), "running header left in the text");
        assertFalse(t.text().matches("(?s).*Page \\d+ of \\d+.*"), "page numbers left in the text");
        assertEquals(sampleLines().get(0), t.title());
        assertEquals("Sightline test (sample article)", t.author());
        assertEquals(LocalDate.of(2026, 12, 4), t.published()); // the PDF's CreationDate: when LibreOffice wrote it
        assertEquals(Structure.Kind.TITLE, t.structure().get(0).kind());
        assertEquals(Structure.Kind.SUBTITLE, t.structure().get(1).kind());
        assertEquals(List.of("What the Pentagon\u2019s Decision Means", "Why the Shift Is Happening Now"),
                t.spans(Structure.Kind.HEADING).stream().map(s -> s.textIn(t.text())).toList().subList(0, 2));
        assertEquals("Maintain troop deployments in the region", t.spans(Structure.Kind.LIST_ITEM).get(0).textIn(t.text()));
    }

    @Test
    void twoColumnsAreReadColumnByColumn() throws ImportException {
        ImportedText t = importer.importPdf(TestDocuments.bytes(TestDocuments.SAMPLE_TWO_COLUMNS_PDF), "two.pdf");
        assertEquals(sampleLines(), lines(t), t.text());
    }

    @Test
    void footnotesGoToTheEndAndParagraphsStayWhole() throws ImportException {
        ImportedText t = importer.importPdf(TestDocuments.bytes(TestDocuments.CENTCOM_PDF), "centcom.pdf");
        List<String> lines = lines(t);
        assertTrue(lines.get(0).startsWith("January 9: Military airstrikes continue"), lines.get(0));
        String text = t.text();
        assertFalse(text.contains("CENTCOM release"), "running header left in the text");
        // The two footnotes, numbered, are the last two lines; every body paragraph comes before them, whole.
        assertEquals(List.of("1 Release from U.S. Central Command, public domain; retrieved for the re3d data set.",
                "2 Strike assessments are based on initial reports."), lines.subList(lines.size() - 2, lines.size()));
        assertTrue(lines.contains("Strike assessments are based on initial reports. All aircraft returned to base safely."), text);
        // Automatic hyphenation is on in this document: no word is left broken at a line end.
        assertFalse(text.matches("(?s).*\\p{Ll}- \\p{Ll}.*"), text);
        assertTrue(text.contains("The destruction of ISIL targets in Syria and Iraq further limits the group's ability"), text);
        assertEquals("U.S. Central Command", t.author());
    }

    @Test
    void aRealPdfFromAnotherTool() throws ImportException {
        ImportedText t = importer.importPdf(TestDocuments.bytes(TestDocuments.REAL_PDF), "spec.pdf");
        assertTrue(t.text().contains("Shared MIME-info Database"), t.text().substring(0, 300));
        assertTrue(t.spans(Structure.Kind.HEADING).size() >= 5, "headings: " + t.spans(Structure.Kind.HEADING).size());
        assertTrue(lines(t).stream().noneMatch(l -> l.strip().matches("\\d{1,3}")), "a lone page number left in the text");
    }

    @Test
    void brokenPdfsFailWithTheNameAndTheReason() {
        ImportException scanned = assertThrows(ImportException.class,
                () -> importer.importPdf(TestDocuments.bytes(TestDocuments.SCANNED_PDF), "scan.pdf"));
        assertEquals("scan.pdf: has no text layer (a scanned or image-only PDF): run OCR on it first", scanned.getMessage());
        ImportException encrypted = assertThrows(ImportException.class,
                () -> importer.importPdf(TestDocuments.bytes(TestDocuments.ENCRYPTED_PDF), "locked.pdf"));
        assertEquals("locked.pdf: is an encrypted PDF: it needs a password to open", encrypted.getMessage());
        ImportException truncated = assertThrows(ImportException.class,
                () -> importer.importPdf(TestDocuments.bytes(TestDocuments.TRUNCATED_PDF), "cut.pdf"));
        assertTrue(truncated.getMessage().startsWith("cut.pdf: is a damaged PDF"), truncated.getMessage());
        ImportException garbage = assertThrows(ImportException.class,
                () -> importer.importPdf("%PDF-1.7\n%\u00e2\u00e3 not a PDF at all".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "fake.pdf"));
        assertTrue(garbage.getMessage().startsWith("fake.pdf: is a damaged PDF"), garbage.getMessage());
    }

    @Test
    void hyphenationAtLineEndsIsJoinedButCompoundsKeepTheirHyphen() {
        StringBuilder b = new StringBuilder("the strategy of deter-");
        org.sightline.importer.pdf.internal.PdfReader.joinLine(b, "rence works", true);
        assertEquals("the strategy of deterrence works", b.toString());
        StringBuilder c = new StringBuilder("the day-to-");
        org.sightline.importer.pdf.internal.PdfReader.joinLine(c, "day work", true);
        assertEquals("the day-to-day work", c.toString());
        StringBuilder d = new StringBuilder("North Korea-");
        org.sightline.importer.pdf.internal.PdfReader.joinLine(d, "South Korea talks", true);
        assertEquals("North Korea- South Korea talks", d.toString()); // capital: not a broken word
        StringBuilder e = new StringBuilder("confidence-");
        org.sightline.importer.pdf.internal.PdfReader.joinLine(e, "building measures", false);
        assertEquals("confidence-building measures", e.toString()); // a document without hyphenation
        StringBuilder f = new StringBuilder("\u00adregional deter\u00ad");
        org.sightline.importer.pdf.internal.PdfReader.joinLine(f, "rence", false);
        assertEquals("\u00adregional deterrence", f.toString()); // a soft hyphen always goes
    }
}
