package org.sightline.importer.base.api;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Source;
import org.sightline.model.Document;

/**
 * The bridge for importers of binary formats (PDF, Word, e-mail): they recognise their input by its
 * leading bytes and read the bytes themselves, where {@link EngineImporter} decodes text first.
 * Documents are made by {@link EngineImporter#toDocument}, the one mapping of engine results to the model.
 *
 * @since 0.2.0
 */
public abstract class BinaryEngineImporter implements Importer {

    /** Whether {@code head} (the first bytes) is this importer's format; {@code name} may break ties. */
    protected abstract boolean recognises(byte[] head, String name);

    /** Reads the whole input into one or more documents; a bad input is an {@link ImportException} naming it. */
    protected abstract List<ImportedText> parse(byte[] bytes, Source source) throws ImportException, IOException;

    @Override
    public int score(Source source, byte[] head) {
        return recognises(head, EngineImporter.nameWithoutGz(source)) ? 100 : 0;
    }

    @Override
    public List<Document> read(Source source) throws ImportException, IOException {
        List<Document> documents = new ArrayList<>();
        Instant now = Instant.now();
        for (ImportedText t : parse(source.bytes(), source)) {
            documents.add(EngineImporter.toDocument(t, source.name(), now));
        }
        return documents;
    }
}
