package org.sightline.importer.text.api;

import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.text.internal.TextLayout;

/**
 * Imports plain text. The document text is exactly the input (a leading byte order mark
 * dropped), so offsets line up with the file; the engine only adds a title (the first line) and
 * structure: subtitle, headings, paragraphs, list items and trailing page furniture such as a
 * "Comments" footer left over from copying a web page. Thread-safe and stateless.
 *
 * @since 0.1.0
 */
public final class PlainTextImporter {

    /** Importer id recorded in every {@link ImportedText} this engine makes. */
    public static final String ID = "org.sightline.importer.text";

    /**
     * Imports one text.
     *
     * @param text the decoded file content (see {@code Decoding})
     */
    public ImportedText importText(String text) {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        TextLayout layout = TextLayout.of(t);
        return new ImportedText(t, layout.title(), null, null, null, null, null, layout.structure(), ID);
    }
}
