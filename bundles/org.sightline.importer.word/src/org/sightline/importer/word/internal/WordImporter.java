package org.sightline.importer.word.internal;

import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.importer.base.api.BinaryEngineImporter;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.word.api.WordTextImporter;

/** The Word and OpenDocument importer as a pipeline contribution. */
public final class WordImporter extends BinaryEngineImporter {

    private final WordTextImporter engine = new WordTextImporter();

    @Override
    protected boolean recognises(byte[] head, String name) {
        return WordTextImporter.isWordDocument(head, name);
    }

    @Override
    protected List<ImportedText> parse(byte[] bytes, Source source) throws ImportException {
        return List.of(engine.importDocument(bytes, source.name()));
    }
}
