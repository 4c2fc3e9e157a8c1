package org.sightline.importer.pdf.api;

import org.sightline.core.api.ImportException;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.pdf.internal.PdfReader;

/**
 * The text layer of a PDF (Apache PDFBox 3) in reading order: columns, running headers and
 * footers and page numbers dropped, hyphenation joined, one line per paragraph, headings and list
 * items as structure, footnotes at the end; title, author and date from the metadata or the first
 * page. Plain Java, thread-safe. Errors name the input: encrypted, damaged, no text layer.
 *
 * @since 0.2.0
 */
public final class PdfTextImporter {

    public static final String ID = "org.sightline.importer.pdf";

    /** Reads a PDF. */
    public ImportedText importPdf(byte[] bytes, String name) throws ImportException {
        return PdfReader.read(bytes, name);
    }

    /** Whether {@code head} starts like a PDF: "%PDF-" within the first 1024 bytes, as readers allow. */
    public static boolean isPdf(byte[] head) {
        int n = Math.min(head.length, 1024) - 5;
        for (int i = 0; i <= n; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }
}
