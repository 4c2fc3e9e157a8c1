package org.sightline.importer.word.internal;

import java.nio.charset.StandardCharsets;

import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.ImportedText;

/** Chooses the reader: an OpenDocument package names its type in its first entry, "mimetype". */
public final class WordFormats {

    public static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private WordFormats() {
    }

    public static ImportedText read(byte[] bytes, String name) throws ImportException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        if (head.contains("mimetype") && head.contains("application/vnd.oasis.opendocument.")) {
            if (!head.contains(ODT_MIMETYPE)) {
                throw new ImportException(name, "is an OpenDocument file but not a text document (a spreadsheet or presentation?)");
            }
            return OdtReader.read(bytes, name);
        }
        ImportedText t = DocxReader.read(bytes, name);
        if (t.text().isBlank()) {
            throw new ImportException(name, "is a Word document with no text");
        }
        return t;
    }
}
