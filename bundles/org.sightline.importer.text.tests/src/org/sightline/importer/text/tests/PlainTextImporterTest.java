package org.sightline.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.importer.base.api.Decoding;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.base.api.Structure.Kind;
import org.sightline.testing.SharedFiles;
import org.sightline.importer.text.api.PlainTextImporter;

class PlainTextImporterTest {

    private final PlainTextImporter importer = new PlainTextImporter();

    private static String sample() throws IOException {
        byte[] bytes = Files.readAllBytes(SharedFiles.resolve("samples/pentagon-north-korea-deterrence.txt"));
        return Decoding.decode(bytes, null);
    }

    private static List<String> texts(ImportedText doc, Kind kind) {
        return doc.spans(kind).stream().map(s -> s.textIn(doc.text())).toList();
    }

    @Test
    void sampleArticleTextIsTheFileContent() throws IOException {
        String file = sample();
        ImportedText doc = importer.importText(file);
        assertEquals(file, doc.text());
        assertEquals(PlainTextImporter.ID, doc.importerId());
        assertEquals("Pentagon to Reduce Its Role in Deterrence of North Korea", doc.title());
    }

    @Test
    void sampleArticleStructure() throws IOException {
        ImportedText doc = importer.importText(sample());
        assertEquals(List.of("Pentagon to Reduce Its Role in Deterrence of North Korea"), texts(doc, Kind.TITLE));
        List<String> subtitles = texts(doc, Kind.SUBTITLE);
        assertEquals(1, subtitles.size());
        assertTrue(subtitles.get(0).contains("US shifts deterrence strategy toward regional allies"));

        assertEquals(List.of("What the Pentagon\u2019s Decision Means", "Why the Shift Is Happening Now",
                "Reassurance to Allies", "Concerns Over Miscalculation", "North Korea\u2019s Likely Response",
                "A Broader Shift in US Defense Strategy", "Domestic Political Reaction", "What Comes Next",
                "Conclusion"), texts(doc, Kind.HEADING));

        List<String> items = texts(doc, Kind.LIST_ITEM);
        assertEquals(15, items.size(), items::toString);
        assertEquals("Maintain troop deployments in the region", items.get(0));
        assertEquals("Work closely with US counterparts", items.get(3));
        assertEquals("How clearly the US communicates its continued commitment", items.get(14));

        assertEquals(List.of("Comments", "There are no comments for this story",
                "Be the first to respond and start the conversation."), texts(doc, Kind.FURNITURE));

        List<String> paragraphs = texts(doc, Kind.PARAGRAPH);
        assertTrue(paragraphs.contains("Officials stressed that the United States will continue to:"));
        assertTrue(paragraphs.contains("Several factors have contributed to the Pentagon\u2019s decision."));
        assertTrue(paragraphs.stream().noneMatch(p -> p.startsWith("Comments")));
    }

    @Test
    void spansAreOrderedDisjointAndTrimmed() throws IOException {
        ImportedText doc = importer.importText(sample());
        int previousEnd = 0;
        for (Structure s : doc.structure()) {
            assertTrue(s.begin() >= previousEnd, s::toString);
            String covered = s.textIn(doc.text());
            assertEquals(covered.strip(), covered);
            assertTrue(!covered.isEmpty() && !covered.contains("\n"), s::toString);
            previousEnd = s.end();
        }
    }

    @Test
    void byteOrderMarkIsDroppedAndCrLfKeepsOffsets() {
        String body = "Title line\r\nA paragraph that ends.\r\n";
        ImportedText doc = importer.importText(Decoding.decode(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8), null));
        assertEquals(body, doc.text());
        Structure paragraph = doc.spans(Kind.PARAGRAPH).get(0);
        assertEquals("A paragraph that ends.", paragraph.textIn(doc.text()));
        assertEquals(body.indexOf("A paragraph"), paragraph.begin());
    }

    @Test
    void hardWrappedParagraphsBecomeOneSpanEach() {
        String text = """
                A Title

                This paragraph was wrapped at a fixed width by an old mail client, so its
                sentences continue on the next line until a blank line ends the paragraph.

                The second paragraph is wrapped the same way and it also runs over several
                lines of roughly the same width, as plain-text archives of news often do.
                It ends here after a third line of text that is also quite long indeed.
                """;
        ImportedText doc = importer.importText(text);
        List<Structure> paragraphs = doc.spans(Kind.PARAGRAPH);
        assertEquals(2, paragraphs.size(), doc.structure()::toString);
        assertTrue(paragraphs.get(1).textIn(text).endsWith("quite long indeed."));
    }

    @Test
    void emptyAndBlankTextsHaveNoTitle() {
        assertNull(importer.importText("").title());
        ImportedText blank = importer.importText("\n \n");
        assertNull(blank.title());
        assertTrue(blank.structure().isEmpty());
    }

    @Test
    void bulletedItemsAreListItemsWithoutAColon() {
        String text = "Notes\n\n- first point\n- second point\n\nA closing sentence.\n";
        ImportedText doc = importer.importText(text);
        assertEquals(List.of("- first point", "- second point"), texts(doc, Kind.LIST_ITEM));
    }

    /** Issue 19: 36 of 40 imported texts had no date. A text has no metadata: its dateline dates it. */
    @Test
    void aPlainTextIsDatedByItsDateline() throws Exception {
        org.sightline.importer.text.internal.TextImporter reader = new org.sightline.importer.text.internal.TextImporter();
        var dated = reader.read(org.sightline.core.api.Source.of("kyiv.txt",
                "Kyiv Talks\nKYIV, March 3, 2026 - Talks go on.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(java.time.LocalDate.of(2026, 3, 3), dated.get(0).getPublished());
        var undated = reader.read(org.sightline.core.api.Source.of("plain.txt",
                "Talks go on.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(null, undated.get(0).getPublished(), "no date in the text: none made up");
    }
}
