package org.sightline.importer.mail.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.core.api.ImportException;
import org.sightline.importer.mail.api.MailTextImporter;
import org.sightline.testing.TestDocuments;
import org.sightline.testing.TestMail;

/** E-mails written for the tests (TestMail): attachments, an HTML-only body, an mbox, bad input. */
class MailTextImporterTest {

    private final MailTextImporter importer = new MailTextImporter();

    @Test
    void messageWithAttachments() throws Exception {
        byte[] pdf = TestDocuments.bytes(TestDocuments.SAMPLE_PDF);
        List<MailTextImporter.Message> messages = importer.importMail(TestMail.withAttachments(pdf, "statement.pdf"), "press.eml");
        assertEquals(1, messages.size());
        MailTextImporter.Message m = messages.get(0);
        assertEquals("press.eml", m.input());
        assertEquals("Statement on deterrence \u2014 background", m.text().title());
        assertEquals("Pentagon Press Desk", m.text().author());
        assertEquals(LocalDate.of(2026, 11, 26), m.text().published(), "the day as the sender wrote it");
        assertEquals("Officials stressed that the United States will continue to maintain troop deployments in the region.\n\n"
                + "The Pentagon\u2019s full statement is attached.", m.text().text());
        assertEquals(2, m.text().structure().size());
        assertEquals(List.of("press.eml#statement.pdf", "press.eml#note.txt"), m.embedded().stream().map(s -> s.name()).toList());
        assertArrayEquals(pdf, m.embedded().get(0).bytes());
    }

    @Test
    void htmlBodyGoesThroughTheHtmlEngine() throws Exception {
        MailTextImporter.Message m = importer.importMail(TestMail.htmlOnly(), "seoul.eml").get(0);
        assertTrue(m.text().text().startsWith("South Korea's defense ministry responded cautiously"), m.text().text());
        assertFalse(m.text().text().contains("Home"), "navigation left in: " + m.text().text());
        assertEquals("Seoul Desk", m.text().author());
        assertEquals(LocalDate.of(2026, 11, 27), m.text().published());
    }

    @Test
    void mboxGivesOneTextPerMessage() throws Exception {
        List<MailTextImporter.Message> messages = importer.importMail(TestMail.mbox(), "inbox.mbox");
        assertEquals(List.of("inbox.mbox#1", "inbox.mbox#2"), messages.stream().map(MailTextImporter.Message::input).toList());
        assertEquals("South Korea responds", messages.get(0).text().title());
        assertEquals("Lawmakers split", messages.get(1).text().title());
        assertTrue(messages.get(1).text().text().contains("\nFrom the floor, others warned"), messages.get(1).text().text());
    }

    /** No silent empties (issue 17, item 7): a message without a text body is its attachments, or an error. */
    @Test
    void aMessageWithoutTextIsItsAttachmentsOrAnError() throws Exception {
        String head = String.join("\r\n", "From: Desk <desk@example.org>", "Subject: Files", "Date: Fri, 27 Nov 2026 08:00:00 +0000", "MIME-Version: 1.0", "");
        ImportException nothing = assertThrows(ImportException.class,
                () -> importer.importMail((head + "\r\n\r\n \r\n").getBytes(StandardCharsets.UTF_8), "blank.eml"));
        assertEquals("blank.eml: is an e-mail with no text and no attachments", nothing.getMessage());

        String onlyAttachment = head + String.join("\r\n", "Content-Type: multipart/mixed; boundary=\"b\"", "", "--b",
                "Content-Type: text/plain; charset=UTF-8", "", "", "--b", "Content-Type: text/plain; name=\"note.txt\"",
                "Content-Disposition: attachment; filename=\"note.txt\"", "", "Officials said the talks would resume.", "--b--", "");
        List<MailTextImporter.Message> messages = importer.importMail(onlyAttachment.getBytes(StandardCharsets.UTF_8), "files.eml");
        assertEquals(1, messages.size());
        assertEquals(null, messages.get(0).text(), "no document of its own");
        assertEquals(List.of("files.eml#note.txt"), messages.get(0).embedded().stream().map(s -> s.name()).toList());
    }

    @Test
    void aDamagedMessageIsSaidInWords() {
        // A multipart message whose boundary never comes: the parser's complaint, without its exception class.
        String cut = String.join("\r\n", "From: Desk <desk@example.org>", "Subject: Cut", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"never\"", "", "no boundary line follows");
        ImportException e = assertThrows(ImportException.class, () -> importer.importMail(cut.getBytes(StandardCharsets.UTF_8), "cut.eml"));
        assertTrue(e.getMessage().startsWith("cut.eml: is a damaged e-mail ("), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void badInputs() {
        ImportException notMail = assertThrows(ImportException.class,
                () -> importer.importMail("Just a line of text.\n".getBytes(StandardCharsets.UTF_8), "x.eml"));
        assertEquals("x.eml: is not an e-mail: it has no From, Subject or Date header", notMail.getMessage());
        ImportException empty = assertThrows(ImportException.class,
                () -> importer.importMail("From nobody Thu Jan  1 00:00:00 1970".getBytes(StandardCharsets.UTF_8), "empty.mbox"));
        assertTrue(empty.getMessage().startsWith("empty.mbox: "), empty.getMessage());
        assertTrue(MailTextImporter.isMail(TestMail.htmlOnly()));
        assertFalse(MailTextImporter.isMail("Title\nFrom: the article text, not a header\n".getBytes(StandardCharsets.UTF_8)));
    }
}
