package org.sightline.importer.pdf.internal;

import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.importer.base.api.BinaryEngineImporter;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.pdf.api.PdfTextImporter;

/** The PDF importer as a pipeline contribution. */
public final class PdfImporter extends BinaryEngineImporter {

    private final PdfTextImporter engine = new PdfTextImporter();

    @Override
    protected boolean recognises(byte[] head, String name) {
        return PdfTextImporter.isPdf(head);
    }

    @Override
    protected List<ImportedText> parse(byte[] bytes, Source source) throws ImportException {
        return List.of(engine.importPdf(bytes, source.name()));
    }
}
