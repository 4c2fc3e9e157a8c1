package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.model.Document;
import org.sightline.testing.TestDocuments;
import org.sightline.testing.TestMail;

/**
 * E-mails through the real pipeline: each message is a document, each attachment a document of its
 * own read by its own importer (a PDF by the PDF importer); a broken attachment is reported under its
 * name while the message and the other inputs go in.
 */
class MailInputTest {

    @Test
    void attachmentsAreDocumentsAndABrokenOneIsReported(@TempDir Path dir) throws Exception {
        Path press = Files.write(dir.resolve("press.eml"), TestMail.withAttachments(TestDocuments.bytes(TestDocuments.SAMPLE_PDF), "statement.pdf"));
        Path broken = Files.write(dir.resolve("broken.eml"), TestMail.withAttachments(TestDocuments.bytes(TestDocuments.TRUNCATED_PDF), "cut.pdf"));
        Path inbox = Files.write(dir.resolve("inbox.mbox"), TestMail.mbox());

        RealPipeline.Run run = RealPipeline.run(press, broken, inbox);
        Map<String, List<Document>> byInput = run.documentsByInput();
        assertEquals(List.of(press.toString(), press + "#statement.pdf", press + "#note.txt", broken.toString(), broken + "#note.txt",
                inbox + "#1", inbox + "#2"), List.copyOf(byInput.keySet()));
        assertEquals("org.sightline.importer.mail", byInput.get(press.toString()).get(0).getImporterId());
        Document statement = byInput.get(press + "#statement.pdf").get(0);
        assertEquals("org.sightline.importer.pdf", statement.getImporterId());
        assertEquals("Pentagon to Reduce Its Role in Deterrence of North Korea", statement.getTitle());
        assertEquals("org.sightline.importer.text", byInput.get(press + "#note.txt").get(0).getImporterId());
        assertEquals("Pentagon Press Desk", byInput.get(press.toString()).get(0).getAuthor());
        assertEquals(1, run.result().failures().size(), run.errors().toString());
        assertEquals(broken + "#cut.pdf", run.result().failures().get(0).input());
        assertTrue(run.result().failures().get(0).reason().startsWith("is a damaged PDF"), run.errors().toString());
        assertTrue(run.corpus().getClaims().stream().anyMatch(c -> c.getDocument() == statement), "the attached statement is analysed");
    }
}
