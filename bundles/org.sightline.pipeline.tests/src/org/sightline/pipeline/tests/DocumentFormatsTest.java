package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.io.Corpora;
import org.sightline.testing.SharedFiles;
import org.sightline.testing.TestDocuments;

/**
 * Issue 16's "done when": the sample article saved as a PDF with a running header and page numbers,
 * as a two-column PDF, as a .docx and as an .odt gives the same actors and claims as the .txt, through
 * the real pipeline, and no header or page number is in the document text.
 */
class DocumentFormatsTest {

    @Test
    void theSampleAsPdfAndWordGivesTheActorsAndClaimsOfTheText(@TempDir Path dir) throws Exception {
        Path txt = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
        List<String> files = List.of(TestDocuments.SAMPLE_PDF, TestDocuments.SAMPLE_TWO_COLUMNS_PDF, TestDocuments.SAMPLE_DOCX,
                TestDocuments.SAMPLE_ODT);
        RealPipeline.Run plain = RealPipeline.run(txt);
        assertEquals(List.of(), plain.errors());
        List<String> expectedClaims = claims(plain.corpus(), plain.documents().get(0));
        TreeSet<String> expectedActors = actors(plain.corpus(), plain.documents().get(0));
        assertTrue(expectedClaims.size() >= 10, "the sample's claims: " + expectedClaims);

        for (String f : files) {
            Path p = dir.resolve(f);
            Files.write(p, TestDocuments.bytes(f));
            RealPipeline.Run run = RealPipeline.run(p);
            assertEquals(List.of(), run.errors(), f);
            assertEquals(List.of(), run.warnings(), f);
            Document d = run.documents().get(0);
            assertEquals("en", d.getLanguage(), f);
            assertFalse(d.getText().contains("Defense Policy Review"), f + ": running header in the text");
            assertFalse(d.getText().matches("(?s).*Page \\d+ of \\d+.*"), f + ": page number in the text");
            assertEquals(expectedClaims, claims(run.corpus(), d), f);
            assertEquals(expectedActors, actors(run.corpus(), d), f);
        }
    }

    /** Each claim as source text | cue | content | type | modality, in text order. */
    static List<String> claims(Corpus corpus, Document d) {
        return corpus.getClaims().stream().filter(c -> c.getDocument() == d)
                .sorted(java.util.Comparator.comparingInt((Claim c) -> c.getCueSpan().getBegin()))
                .map(c -> c.getSourceText() + " | " + c.getCue() + " | " + c.getContent() + " | " + c.getType() + " | " + c.getModality())
                .toList();
    }

    /** Each actor with the surface texts of its mentions in this document. */
    static TreeSet<String> actors(Corpus corpus, Document d) {
        TreeSet<String> out = new TreeSet<>();
        for (Mention m : Corpora.mentionsIn(corpus, d)) {
            out.add(m.getActor().getName() + " (" + m.getActor().getKind() + "): " + m.getText());
        }
        return out;
    }
}
