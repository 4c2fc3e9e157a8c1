package org.sightline.importer.word.api;

import java.nio.charset.StandardCharsets;

import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.word.internal.WordFormats;

/**
 * Word (.docx) and OpenDocument (.odt) text documents: paragraphs, headings, list items, tables (a
 * row per line, cells tab-separated) and footnotes (at the end), one line per block; title, author
 * and date from the document properties; running headers and footers left out. Read with the JDK's
 * XML parser, hardened against external entities, inside zip bounds. Plain Java, thread-safe.
 * <p>
 * Written on the JDK rather than Apache POI or docx4j: the text of a document needs four XML parts,
 * while POI brings about 20 MB in eight jars without OSGi manifests (poi, poi-ooxml, the 6 MB
 * ooxml-lite schemas, xmlbeans, commons-compress, -collections4, -math3, log4j-api) and docx4j a JAXB
 * runtime; neither reads .odt.
 *
 * @since 0.2.0
 */
public final class WordTextImporter {

    public static final String ID = "org.sightline.importer.word";

    /** Reads a .docx or .odt. */
    public ImportedText importDocument(byte[] bytes, String name) throws ImportException {
        return WordFormats.read(bytes, name);
    }

    /** Whether {@code head} (the first bytes) is a zip package that holds a Word or OpenDocument text document. */
    public static boolean isWordDocument(byte[] head, String name) {
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        return ascii.contains("word/") || ascii.contains(WordFormats.ODT_MIMETYPE) || n.endsWith(".docx") || n.endsWith(".odt");
    }
}
