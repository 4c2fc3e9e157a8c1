package org.sightline.fuzz;

import org.sightline.importer.mail.internal.MailImporter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The e-mail importer (Jakarta Mail and Angus, .eml and mbox, attachments as sources) on arbitrary bytes. */
class MailImporterFuzzTest {

    private final MailImporter importer = new MailImporter();

    @FuzzTest(maxDuration = "10s")
    void importMail(byte[] bytes) {
        FuzzChecks.importWith(importer, "fuzz.eml", bytes);
    }
}
