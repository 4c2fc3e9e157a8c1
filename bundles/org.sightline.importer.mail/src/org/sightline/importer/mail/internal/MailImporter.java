package org.sightline.importer.mail.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sightline.core.api.ContainerImporter;
import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.importer.base.api.EngineImporter;
import org.sightline.importer.mail.api.MailTextImporter;
import org.sightline.model.Document;

/** The e-mail importer as a pipeline contribution: messages are documents, attachments embedded sources. */
public final class MailImporter implements ContainerImporter {

    private final MailTextImporter engine = new MailTextImporter();

    @Override
    public int score(Source source, byte[] head) {
        return MailTextImporter.isMail(head) ? 100 : 0;
    }

    @Override
    public Contents readContents(Source source) throws ImportException, IOException {
        List<Document> documents = new ArrayList<>();
        List<Source> embedded = new ArrayList<>();
        Instant now = Instant.now();
        for (MailTextImporter.Message m : engine.importMail(source.bytes(), source.name())) {
            if (m.text() != null) {
                documents.add(EngineImporter.toDocument(m.text(), m.input(), now));
            }
            embedded.addAll(m.embedded());
        }
        return new Contents(documents, embedded);
    }
}
