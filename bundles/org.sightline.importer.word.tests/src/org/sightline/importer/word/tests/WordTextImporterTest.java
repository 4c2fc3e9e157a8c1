package org.sightline.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.SightlineInfo;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.word.api.WordTextImporter;
import org.sightline.testing.TestDocuments;

/** Word and OpenDocument files LibreOffice made from public-domain texts (TestDocuments), and bad ones built here. */
class WordTextImporterTest {

    private final WordTextImporter importer = new WordTextImporter();

    static List<String> sampleLines() {
        return Arrays.stream(SightlineInfo.sampleText().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void sampleDocxReadsAsTheTextFileWithoutHeaderAndFooter() throws ImportException {
        for (String file : List.of(TestDocuments.SAMPLE_DOCX, TestDocuments.SAMPLE_ODT)) {
            ImportedText t = importer.importDocument(TestDocuments.bytes(file), file);
            assertEquals(sampleLines(), Arrays.asList(t.text().split("\n")), file);
            assertFalse(t.text().contains("Defense Policy Review"), file + ": running header in the text");
            assertFalse(t.text().contains("Page "), file + ": footer in the text");
            assertEquals(sampleLines().get(0), t.title(), file);
            assertEquals("Sightline test (sample article)", t.author(), file);
            assertEquals(LocalDate.of(2026, 11, 26), t.published(), file);
            assertEquals(Structure.Kind.TITLE, t.structure().get(0).kind(), file);
            assertEquals(Structure.Kind.SUBTITLE, t.structure().get(1).kind(), file);
            assertEquals("What the Pentagon\u2019s Decision Means", t.spans(Structure.Kind.HEADING).get(0).textIn(t.text()), file);
            assertEquals(List.of("Maintain troop deployments in the region", "Uphold defense treaties with South Korea and Japan",
                    "Provide strategic assets when necessary"),
                    t.spans(Structure.Kind.LIST_ITEM).subList(0, 3).stream().map(s -> s.textIn(t.text())).toList(), file);
        }
    }

    @Test
    void footnotesComeLastNumbered() throws ImportException {
        ImportedText t = importer.importDocument(TestDocuments.bytes(TestDocuments.CENTCOM_DOCX), "centcom.docx");
        List<String> lines = Arrays.asList(t.text().split("\n"));
        assertTrue(lines.get(0).startsWith("January 9: Military airstrikes continue"), lines.get(0));
        assertEquals(List.of("1 Release from U.S. Central Command, public domain; retrieved for the re3d data set.",
                "2 Strike assessments are based on initial reports."), lines.subList(lines.size() - 2, lines.size()));
        assertEquals("U.S. Central Command", t.author());
    }

    @Test
    void tablesAreRowsWithTabSeparatedCellsAndHiddenOrDeletedTextIsLeftOut() throws Exception {
        String body = "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Strikes by area</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Syria</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>22</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>Iraq</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>"
                + "<w:del><w:r><w:delText>deleted </w:delText></w:r></w:del><w:r><w:t>text.</w:t></w:r></w:p>";
        ImportedText t = importer.importDocument(docx(body), "table.docx");
        assertEquals("Strikes by area\nSyria\t22\nIraq\t12\nKept text.", t.text());
        assertEquals(Structure.Kind.HEADING, t.structure().get(0).kind());
    }

    @Test
    void badInputsFailWithTheNameAndTheReason() throws Exception {
        byte[] good = TestDocuments.bytes(TestDocuments.SAMPLE_DOCX);
        ImportException cut = assertThrows(ImportException.class,
                () -> importer.importDocument(Arrays.copyOf(good, good.length / 2), "cut.docx"));
        assertTrue(cut.getMessage().startsWith("cut.docx: is a damaged"), cut.getMessage());

        ImportException notWord = assertThrows(ImportException.class,
                () -> importer.importDocument(zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                        "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8))), "sheet.docx"));
        assertEquals("sheet.docx: is an Office Open XML package but not a Word document (no word/document.xml)", notWord.getMessage());

        ImportException empty = assertThrows(ImportException.class, () -> importer.importDocument(docx(""), "empty.docx"));
        assertEquals("empty.docx: is a Word document with no text", empty.getMessage());

        // An external entity must never be read: the DTD is refused.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        ImportException entity = assertThrows(ImportException.class,
                () -> importer.importDocument(zip(Map.of("word/document.xml", xxe.getBytes(StandardCharsets.UTF_8))), "xxe.docx"));
        assertTrue(entity.getMessage().startsWith("xxe.docx: is a damaged Word document"), entity.getMessage());
        assertFalse(entity.getMessage().contains("root:"), entity.getMessage());

        // A zip bomb: 60 MiB of zeros in document.xml compress to a few dozen KiB.
        ImportException bomb = assertThrows(ImportException.class,
                () -> importer.importDocument(zip(Map.of("word/document.xml", new byte[60 << 20])), "bomb.docx"));
        assertEquals("bomb.docx: has a part (word/document.xml) that decompresses to more than the limit of 50 MiB", bomb.getMessage());
    }

    static byte[] docx(String body) throws IOException {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + body + "</w:body></w:document>";
        return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "word/document.xml",
                doc.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
